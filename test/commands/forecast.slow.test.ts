// `peakplan forecast` and `peakplan backtest` called in-process on a generated two-season history: the files they
// write, what they print, and the input errors they refuse before reading the export.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { backtestCommand } from "../../src/commands/backtest.js";
import { forecastCommand } from "../../src/commands/forecast.js";
import { InputError } from "../../src/errors.js";
import { FORECAST_COLUMNS } from "../../src/forecast/types.js";
import { readForecastCsv } from "../../src/io/forecast-csv.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { sampleChunks } from "../../src/sample/generate.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-forecast-"));
const history = join(dir, "tickets.csv");

beforeAll(() => {
  // Two seasons at a twentieth of the sample's volume (about 6,200 rows): small enough to read quickly, with every event in it.
  writeFileSync(history, [...sampleChunks({ seed: 5, from: "2024-09-01", to: "2025-12-31", zone: "Europe/Helsinki", scale: 0.05, dirty: false })].join(""));
});

describe("peakplan forecast", () => {
  it("writes forecast.csv that staff can read: one row per clock hour and channel, bands ordered", async () => {
    const out = join(dir, "forecast.csv");
    const printer = memoryPrinter();
    const r = await forecastCommand({ history, out, from: "2026-11-23", to: "2026-11-29" }, printer);
    const rows = await readForecastCsv(out);
    expect(rows).toHaveLength(7 * 24 * r.channels.length);
    expect(rows.find((x) => x.hourStart === "2026-11-27T12:00+02:00")).toMatchObject({ event: "black-friday", method: "event-aligned" });
    const text = printer.stdout.join("\n");
    expect(text).toMatch(/Growth used: x\d\.\d{3} \(year-over-year/);
    expect(text).toContain("event-aligned");
    expect(text).toMatch(/2026-11-27 │ Fri │ black-friday/);
  });

  // One season run serves the next two tests (a forecast from the two seasons costs a third of a second of CPU):
  // its forecast.csv shows the columns, its stdout the JSON. Events off, so the first row's event cell is empty.
  let seasonRun: Promise<{ out: string; stdout: string }> | undefined;
  const season = (): Promise<{ out: string; stdout: string }> =>
    (seasonRun ??= (async () => {
      const printer = memoryPrinter();
      const out = join(dir, "f3.csv");
      await forecastCommand({ history, out, season: 2026, json: true, events: "none" }, printer);
      return { out, stdout: printer.stdout.join("") };
    })());

  it("writes the named columns first", async () => {
    const { out } = await season();
    const [header, first] = readFileSync(out, "utf8").split("\n");
    expect(header).toBe(FORECAST_COLUMNS.join(","));
    expect(first).toMatch(/^2026-11-01T00:00\+02:00,\w+,[\d.]+,[\d.]+,[\d.]+,[\d.]+,,year-over-year$/);
  });

  it("prints JSON for machines", async () => {
    const json = JSON.parse((await season()).stdout) as { window: { from: string }; daily: unknown[]; growth: { source: string } };
    expect(json.window.from).toBe("2026-11-01");
    expect(json.daily).toHaveLength(76);
    expect(json.growth.source).toMatch(/^year-over-year/);
  });

  it("adds a store's own events from a file", async () => {
    const events = join(dir, "events.json");
    writeFileSync(events, JSON.stringify([{ name: "winter-sale", date: "2026-11-05", days: 2 }]));
    const r = await forecastCommand({ history, out: join(dir, "f4.csv"), from: "2026-11-04", to: "2026-11-07", events }, memoryPrinter());
    expect(r.daily.map((d) => d.event)).toEqual(["", "winter-sale", "winter-sale", ""]);
  });

  it.each([
    [{ from: "2026-13-01" }, /^--from: "2026-13-01"; expected a date YYYY-MM-DD$/],
    [{ from: "2026-12-10", to: "2026-12-01" }, /^--to: 2026-12-01 is before --from 2026-12-10/],
    [{ growth: -1 }, /^--growth: -1; expected a number above 0/],
    [{ season: 26 }, /^--season: 26; expected a year/],
    [{ tz: "Mars/Olympus" }, /^--tz: "Mars\/Olympus" is not an IANA time zone/],
  ])("refuses %j with an input error and writes nothing", async (opts, message) => {
    const out = join(dir, `bad-${Math.random().toString(36).slice(2)}.csv`);
    const err = await forecastCommand({ history, out, ...opts }, memoryPrinter()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ["not json", /is not valid JSON/],
    ['{"name": "x"}', /expected a JSON array/],
    ['[{"name": "sale", "date": "2026-11-31"}]', /\[0\]\.date: "2026-11-31"; expected a date YYYY-MM-DD/],
    ['[{"name": "sale", "date": "2026-11-05", "days": 0}]', /\[0\]\.days: 0; expected a whole number from 1 to 60/],
  ])("names the events file and what was expected for %s", async (text, message) => {
    const events = join(dir, `ev-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(events, text);
    const err = await forecastCommand({ history, out: join(dir, "never.csv"), events }, memoryPrinter()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message.startsWith(events)).toBe(true);
    expect((err as Error).message).toMatch(message);
    expect(existsSync(join(dir, "never.csv"))).toBe(false);
  });

  it("refuses a window the history already covers", async () => {
    // The refusal comes after the forecast, so three months of history around the window make it cheaper to reach.
    const recent = join(dir, "recent.csv");
    writeFileSync(recent, [...sampleChunks({ seed: 5, from: "2025-09-01", to: "2025-11-30", zone: "Europe/Helsinki", scale: 0.05, dirty: false })].join(""));
    const err = await forecastCommand({ history: recent, out: join(dir, "past.csv"), from: "2025-10-01", to: "2025-10-31" }, memoryPrinter()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/already reaches 2025-10-31/);
  });
});

describe("peakplan backtest", () => {
  it("scores peakplan and both baselines on the held-out days and replays last season", async () => {
    const printer = memoryPrinter();
    const r = await backtestCommand({ history, holdoutDays: 28 }, printer);
    expect(r.holdout?.scores.map((s) => s.model)).toEqual(["peakplan", "last-week", "8-week-average"]);
    expect(r.holdout?.days).toBe(28);
    expect(r.replay?.season).toBe(2025);
    for (const s of [...(r.holdout?.scores ?? []), ...(r.replay?.scores ?? [])]) expect(Number.isFinite(s.hourlyWape) && Number.isFinite(s.bias)).toBe(true);
    // Replaying a season from the weeks before it is where the baselines fall far behind.
    const [model, lastWeek, avg8] = r.replay?.scores ?? [];
    expect(model?.dailyWape).toBeLessThan(Math.min(lastWeek?.dailyWape ?? 0, avg8?.dailyWape ?? 0));
    expect(printer.stdout.join("\n")).toContain("Season 2025 replayed");
  });

  it("refuses a holdout of zero days", async () => {
    await expect(backtestCommand({ history, holdoutDays: 0 }, memoryPrinter())).rejects.toThrow(/^--holdout-days: 0; expected a whole number/);
  });
});
