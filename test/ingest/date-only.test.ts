// Date columns in disguise: times that all read 00:00:00 (a date exported as a datetime) and a --date-format without
// a time of day are date-only exports: refused unless spreadDays, then spread over the day like plain dates.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { datesInDisguise, formatHasTime } from "../../src/ingest/date-detect.js";
import { ingestExport } from "../../src/ingest/read.js";
import type { IngestResult } from "../../src/ingest/types.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-date-only-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = Date.UTC(2027, 0, 1);
/** `n` rows a day for `days` days from 1 August 2026; `time(day, k)` writes the created time. */
function exportOf(name: string, days: number, n: number, time: (day: number, k: number) => string): string {
  const rows: string[] = [];
  for (let d = 0; d < days; d++) for (let k = 0; k < n; k++) rows.push(`${rows.length + 1},${time(d, k)},${k % 2 ? "Chat" : "Phone"}`);
  const path = join(dir, name);
  writeFileSync(path, `Ticket ID,Created at,Channel\n${rows.join("\n")}\n`);
  return path;
}
const dd = (d: number): string => String(d + 1).padStart(2, "0");
const refusal = (path: string, options: Parameters<typeof ingestExport>[1]): Promise<unknown> => ingestExport(path, options).catch((e: unknown) => e);

function perDay(r: IngestResult): Record<string, number> {
  const out: Record<string, number> = {};
  r.series.hours.forEach((h, i) => {
    const n = r.series.channels.reduce((s, ch) => s + (r.series.counts.get(ch)?.[i] ?? 0), 0);
    out[h.slice(0, 10)] = (out[h.slice(0, 10)] ?? 0) + n;
  });
  return out;
}
const atHour = (r: IngestResult, hour: string): number =>
  r.series.hours.reduce((s, h, i) => (h.slice(11, 13) === hour ? s + r.series.channels.reduce((t, ch) => t + (r.series.counts.get(ch)?.[i] ?? 0), 0) : s), 0);

describe("a date column exported as datetime (every time 00:00:00)", () => {
  const midnight = exportOf("midnight.csv", 10, 6, (d) => `2026-08-${dd(d)} 00:00:00`);

  it("stops with the date-only refusal naming --spread-days", async () => {
    const e = await refusal(midnight, { zone: "Europe/Helsinki", now: NOW });
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/^.*midnight\.csv:2: "2026-08-01 00:00:00" is a date without a time of day .*--spread-days/);
    expect((e as InputError).message).not.toContain("\n");
  });

  it("with spreadDays, each day's tickets are spread over the day and its total kept", async () => {
    const r = await ingestExport(midnight, { zone: "Europe/Helsinki", now: NOW, spreadDays: true });
    expect(r.summary.spreadDays).toBe(true);
    expect(Object.values(perDay(r))).toEqual(new Array(10).fill(6));
    expect(atHour(r, "00")).toBeLessThan(60);
  });

  it("olist's estimated delivery date (dd-MM-yyyy 00:00) is one too", async () => {
    const path = exportOf("olist.csv", 20, 2, (d) => `${dd(d)}-08-2026 00:00`);
    expect(((await refusal(path, { zone: "UTC", now: NOW })) as Error).message).toMatch(/olist\.csv:2: "01-08-2026 00:00" is a date without a time of day/);
  });

  it("an export with a few midnight tickets among real times reads as written", async () => {
    const path = exportOf("few.csv", 10, 20, (d, k) => `2026-08-${dd(d)} ${k < 2 ? "00:00:00" : `${String(8 + (k % 12)).padStart(2, "0")}:${String(k).padStart(2, "0")}:00`}`);
    const r = await ingestExport(path, { zone: "Europe/Helsinki", now: NOW });
    expect(r.summary.spreadDays).toBeUndefined();
    expect(r.summary.rowsUsed).toBe(200);
    expect(atHour(r, "00")).toBe(20);
  });

  it("a handful of rows, all at midnight, is too few to call a date column and reads as written", async () => {
    const path = exportOf("tiny.csv", 5, 2, (d) => `2026-08-${dd(d)} 00:00:00`);
    const r = await ingestExport(path, { zone: "Europe/Helsinki", now: NOW });
    expect(atHour(r, "00")).toBe(10);
  });
});

describe("a --date-format without a time of day", () => {
  const donly = exportOf("donly.csv", 10, 6, (d) => `${dd(d)}.08.2026`);

  it("stops like a detected date-only export", async () => {
    const e = await refusal(donly, { zone: "Europe/Helsinki", now: NOW, dateFormat: "dd.MM.yyyy" });
    expect((e as InputError).message).toMatch(/donly\.csv:2: "01\.08\.2026" is a date without a time of day.*--spread-days/);
  });

  it("is spread with spreadDays", async () => {
    const r = await ingestExport(donly, { zone: "Europe/Helsinki", now: NOW, dateFormat: "dd.MM.yyyy", spreadDays: true });
    expect(r.summary.spreadDays).toBe(true);
    expect(Object.values(perDay(r))).toEqual(new Array(10).fill(6));
    // The summary names what was read: dates, spread; not an "HH:mm" the file never had.
    expect(r.summary.dateFormat).toBe("dd.MM.yyyy, dates only, each day spread over the day");
  });

  it("a format with hours whose values all read 00:00 stops too", async () => {
    const path = exportOf("lux-midnight.csv", 10, 6, (d) => `${dd(d)}.08.2026 klo 0.00`);
    const e = await refusal(path, { zone: "Europe/Helsinki", now: NOW, dateFormat: "dd.MM.yyyy 'klo' H.mm" });
    expect((e as InputError).message).toMatch(/lux-midnight\.csv:2: "01\.08\.2026 klo 0\.00" is a date without a time of day/);
  });
});

describe("the rules", () => {
  const DAY = 86_400_000;
  const walls = (midnights: number, others: number): number[] => [
    ...Array.from({ length: midnights }, (_, i) => i * DAY),
    ...Array.from({ length: others }, (_, i) => i * DAY + 9 * 3_600_000),
  ];

  it("95 % of at least 20 readable times at 00:00:00 make a date column", () => {
    expect(datesInDisguise(walls(19, 1))).toEqual({ midnight: 19, read: 20 });
    expect(datesInDisguise(walls(18, 2))).toBeUndefined();
    expect(datesInDisguise(walls(19, 0))).toBeUndefined();
    expect(datesInDisguise([...walls(20, 0), Number.NaN])).toEqual({ midnight: 20, read: 20 });
    expect(datesInDisguise(walls(20, 0).map((w) => w + 1000))).toBeUndefined();
  });

  it("a luxon format has a time of day when it has an hour, minute, second, macro or epoch token outside quotes", () => {
    expect(formatHasTime("dd.MM.yyyy")).toBe(false);
    expect(formatHasTime("yyyy-MM-dd 'at start'")).toBe(false);
    expect(formatHasTime("dd.MM.yyyy 'klo' H.mm")).toBe(true);
    expect(formatHasTime("MM/dd/yyyy h:mm a")).toBe(true);
    expect(formatHasTime("f")).toBe(true);
    expect(formatHasTime("X")).toBe(true);
  });
});
