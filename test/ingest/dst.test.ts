// DST days: 23 and 25 clock-hour buckets, contiguous, counts conserved, and the one rule for gaps and repeats.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ZoneClock } from "../../src/ingest/clock.js";
import { formatHourKey } from "../../src/time/hours.js";
import { ingestExport } from "../../src/ingest/read.js";
import { hourKey } from "../../src/time/hours.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-dst-"));
let n = 0;
function csv(lines: string[]): string {
  const file = join(dir, `f${n++}.csv`);
  writeFileSync(file, `id,created_at,channel\n${lines.join("\n")}\n`);
  return file;
}

/** One naive ticket at every quarter hour of the local day (wall clock), plus offset-exact ones. */
function wallDay(date: string): string[] {
  const out: string[] = [];
  let id = 1;
  for (let h = 0; h < 24; h++) for (const m of [0, 15, 30, 45]) out.push(`${id++},${date} ${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00,email`);
  return out;
}

function hoursOfDay(hours: string[], date: string): string[] {
  return hours.filter((h) => h.startsWith(date));
}

function contiguous(hours: string[]): boolean {
  for (let i = 1; i < hours.length; i++) {
    const a = DateTime.fromISO(hours[i - 1] as string, { setZone: true }).toMillis();
    const b = DateTime.fromISO(hours[i] as string, { setZone: true }).toMillis();
    if (b - a !== 3_600_000) return false;
  }
  return true;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe("DST days", () => {
  it("2026-03-29 Europe/Helsinki: 23 buckets, 03:xx does not exist and moves forward to 04:xx", async () => {
    const r = await ingestExport(csv(wallDay("2026-03-29")), { zone: "Europe/Helsinki" });
    const day = hoursOfDay(r.series.hours, "2026-03-29");
    expect(day).toHaveLength(23);
    expect(day).not.toContain("2026-03-29T03:00+02:00");
    expect(day).toContain("2026-03-29T04:00+03:00");
    expect(contiguous(r.series.hours)).toBe(true);
    expect(sum(r.series.counts.get("email") ?? [])).toBe(96);
    expect(r.summary.dstGap).toBe(4);
    // 04:00 holds its own four tickets plus the four shifted from 03:xx
    expect(r.series.counts.get("email")?.[day.indexOf("2026-03-29T04:00+03:00")]).toBe(8);
  });

  it("2025-10-26 Europe/Helsinki: 25 buckets, the repeated 03:xx is read as the earlier (summer-time) hour", async () => {
    const exact = ["900,2025-10-26T03:30:00+02:00,chat"];
    const r = await ingestExport(csv([...wallDay("2025-10-26"), ...exact]), { zone: "Europe/Helsinki" });
    const day = hoursOfDay(r.series.hours, "2025-10-26");
    expect(day).toHaveLength(25);
    expect(day.filter((h) => h.startsWith("2025-10-26T03:00"))).toEqual(["2025-10-26T03:00+03:00", "2025-10-26T03:00+02:00"]);
    expect(contiguous(r.series.hours)).toBe(true);
    const email = r.series.counts.get("email") ?? [];
    const chat = r.series.counts.get("chat") ?? [];
    expect(email[day.indexOf("2025-10-26T03:00+03:00")]).toBe(4);
    expect(email[day.indexOf("2025-10-26T03:00+02:00")]).toBe(0);
    expect(chat[day.indexOf("2025-10-26T03:00+02:00")]).toBe(1); // an offset is exact
    expect(sum(email) + sum(chat)).toBe(97);
    expect(r.summary.dstAmbiguous).toBe(4);
  });

  it("2025-11-02 America/New_York: 25 buckets with 01:00 twice, counts conserved", async () => {
    const r = await ingestExport(csv(wallDay("2025-11-02")), { zone: "America/New_York" });
    const day = hoursOfDay(r.series.hours, "2025-11-02");
    expect(day).toHaveLength(25);
    expect(day.filter((h) => h.startsWith("2025-11-02T01:00"))).toEqual(["2025-11-02T01:00-04:00", "2025-11-02T01:00-05:00"]);
    expect(contiguous(r.series.hours)).toBe(true);
    expect(sum(r.series.counts.get("email") ?? [])).toBe(96);
  });

  it("hour keys match time/hours.ts hourKey and luxon's own text", () => {
    const clock = new ZoneClock("America/New_York");
    for (const iso of ["2025-11-02T05:00:00Z", "2025-11-02T06:00:00Z", "2026-03-08T07:00:00Z"]) {
      const ms = Date.parse(iso);
      const dt = DateTime.fromMillis(ms, { zone: "America/New_York" });
      expect(formatHourKey(ms, clock.offsetAt(ms))).toBe(hourKey(dt));
      expect(formatHourKey(ms, clock.offsetAt(ms))).toBe(dt.toFormat("yyyy-MM-dd'T'HH:mmZZ")); // hourKey now formats with formatHourKey
    }
  });
});

describe("bucketing conserves counts across zones (property)", () => {
  const zones = ["Europe/Helsinki", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC", "Pacific/Chatham", "America/Sao_Paulo"];
  it("every exact timestamp lands in exactly one contiguous clock hour", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...zones),
        // Windows around the autumn and spring changes of both hemispheres keep each series short.
        fc.array(
          fc.oneof(
            fc.integer({ min: Date.parse("2025-09-25T00:00:00Z"), max: Date.parse("2025-11-05T00:00:00Z") }),
            fc.integer({ min: Date.parse("2026-03-05T00:00:00Z"), max: Date.parse("2026-04-08T00:00:00Z") }),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        fc.boolean(),
        async (zone, stamps, naive) => {
          const lines = stamps.map((ms, i) => {
            const text = naive ? DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd HH:mm:ss") : new Date(ms).toISOString();
            return `${i + 1},${text},${i % 2 ? "chat" : "email"}`;
          });
          const r = await ingestExport(csv(lines), { zone });
          const total = [...r.series.counts.values()].reduce((n, c) => n + sum(c), 0);
          expect(total).toBe(stamps.length);
          expect(new Set(r.series.hours).size).toBe(r.series.hours.length);
          for (const counts of r.series.counts.values()) expect(counts).toHaveLength(r.series.hours.length);
        },
      ),
      { numRuns: 40, seed: 20251026 },
    );
  }, 60_000);
});
