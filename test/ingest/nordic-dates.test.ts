// The Nordic and European timestamp forms: detection, exact instants in the store zone, day/month decided by the values.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { detectDateFormat } from "../../src/ingest/date-detect.js";
import { parseWith } from "../../src/ingest/dates.js";
import { ingestExport } from "../../src/ingest/read.js";
import { apportion } from "../../src/ingest/spread.js";

const wall = (f: Parameters<typeof parseWith>[0], s: string): string | undefined => {
  const p = parseWith(f, s);
  return p ? `${new Date(p.ms).toISOString().slice(0, 19)}${p.offset === null ? "" : ` ${p.offset}`}` : undefined;
};

describe("hand parsers", () => {
  it.each([
    ["dotted-dmy", "1.9.2024 6.34", "2024-09-01T06:34:00"],
    ["dotted-dmy", "28.11.2025 klo 9.05", "2025-11-28T09:05:00"],
    ["dotted-dmy", "01.09.2024 kl. 06.34.59", "2024-09-01T06:34:59"],
    ["dotted-dmy", "01.09.2024 kl 06:34", "2024-09-01T06:34:00"],
    ["dash-dmy", "01-09-2024 06:34", "2024-09-01T06:34:00"],
    ["dash-mdy", "09-01-2024 06:34", "2024-09-01T06:34:00"],
    ["ymd-slash", "2012/10/09 14:50:17.000", "2012-10-09T14:50:17"],
    ["ymd-dot", "2024.9.1 6:34", "2024-09-01T06:34:00"],
    ["iso", "2024-09-01 06:34:12,5", "2024-09-01T06:34:12"],
    ["twitter", "Tue Oct 31 23:36:20 +0000 2017", "2017-10-31T23:36:20 0"],
  ] as const)("%s reads %s", (format, text, expected) => {
    expect(wall(format, text)).toBe(expected);
  });

  it("refuses what is not a time", () => {
    expect(wall("dotted-dmy", "1.9.2024 klo")).toBeUndefined();
    expect(wall("dotted-dmy", "31.2.2024 10.00")).toBeUndefined();
    expect(wall("dash-dmy", "01-09-2024 25:00")).toBeUndefined();
  });
});

describe("detection", { timeout: 30_000 }, () => {
  it("a value above 12 decides day/month; none asks; date-only says so", () => {
    expect(detectDateFormat(["02-10-2017 11:07", "26-07-2018 03:24"])).toEqual({ format: "dash-dmy" });
    expect(detectDateFormat(["02-10-2017 11:07", "07-26-2018 03:24"])).toEqual({ format: "dash-mdy" });
    expect(detectDateFormat(["02-10-2017 11:07"])).toEqual({ ambiguous: "02-10-2017 11:07" });
    expect(detectDateFormat(["2025-11-28", "2025-11-29"])).toEqual({ dateOnly: "2025-11-28" });
    expect(detectDateFormat(["28.11.2025"])).toEqual({ dateOnly: "28.11.2025" });
  });

  const dir = mkdtempSync(join(tmpdir(), "peakplan-dates-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a file whose first 500 rows cannot tell day from month is decided further down", async () => {
    const rows = Array.from({ length: 800 }, (_, i) => `${i},${i < 700 ? "05-11-2025 10:00" : "13-11-2025 10:00"},email`);
    const path = join(dir, "late.csv");
    writeFileSync(path, `id,created,channel\n${rows.join("\n")}\n`);
    const r = await ingestExport(path, { zone: "Europe/Helsinki", now: Date.UTC(2026, 0, 1) });
    expect(r.summary.dateFormat).toBe("dd-MM-yyyy HH:mm");
    expect(r.summary.firstTicket).toBe("2025-11-05T10:00:00+02:00");
    expect(r.summary.lastTicket).toBe("2025-11-13T10:00:00+02:00");
  });

  it("date-only: refused naming --spread-days; spread keeps each day's total", async () => {
    const path = join(dir, "days.csv");
    writeFileSync(path, `id,created,channel\n${Array.from({ length: 50 }, (_, i) => `${i},2025-11-${i < 30 ? "27" : "28"},phone`).join("\n")}\n`);
    const refused = await ingestExport(path, { zone: "Europe/Helsinki" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).message).toMatch(/days\.csv:2: "2025-11-27" is a date without a time of day.*--spread-days/);
    const r = await ingestExport(path, { zone: "Europe/Helsinki", spreadDays: true });
    const phone = r.series.counts.get("phone") ?? [];
    const byDay = new Map<string, number>();
    r.series.hours.forEach((h, i) => byDay.set(h.slice(0, 10), (byDay.get(h.slice(0, 10)) ?? 0) + (phone[i] ?? 0)));
    expect(Object.fromEntries(byDay)).toEqual({ "2025-11-27": 30, "2025-11-28": 20 });
    expect(r.summary.spreadDays).toBe(true);
  });

  it("apportion deals whole tickets by largest remainder", () => {
    expect(apportion(10, [0.5, 0.25, 0.25])).toEqual([5, 3, 2]);
    expect(apportion(3, [0.2, 0.2, 0.6]).reduce((a, b) => a + b, 0)).toBe(3);
  });
});
