// A channel opened weeks before the season, in a store whose other channels hold last season, carries the store's
// season (store-season.ts); a channel with a last season of its own is forecast exactly as before.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { forecastSeason } from "../../src/forecast/index.js";
import { addDays } from "../../src/forecast/series.js";
import type { HourlySeries } from "../../src/ingest/types.js";
import { RETAIL, seasonStore } from "./seasons.js";
import { expectedDay, synthSeries } from "./synthetic.js";

// A store whose season rises about 3x through November and December (the reviewer's), two channels, one last season.
const { options, truth } = seasonStore({ ...RETAIL, ramp: 3 }, { from: "2024-08-01", to: "2025-10-31", base: 300, seed: 91, channels: { email: 0.6, chat: 0.4 } });
const full = synthSeries(options);
const window = { from: "2025-11-01", to: "2026-01-15" } as const;
// Chat opened 5 weeks before the history ends: no row of it before.
const opened = addDays("2025-10-31", -34);
const newChat: HourlySeries = { ...full, counts: new Map([...full.counts].map(([c, v]) => [c, c !== "chat" ? v : v.map((n, i) => ((full.hours[i] ?? "") < opened ? 0 : n))])) };

const chatTruth = (from: string, to: string): number => {
  let sum = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) sum += 0.4 * expectedDay(truth, d);
  return sum;
};
const chatForecast = (r: ReturnType<typeof forecastSeason>, from: string, to: string): number =>
  r.rows.filter((row) => row.channel === "chat" && row.hourStart.slice(0, 10) >= from && row.hourStart.slice(0, 10) <= to).reduce((s, row) => s + row.volume, 0);

describe("a channel without a last season of its own, in a store that has one", () => {
  const r = forecastSeason(newChat, window);

  it("follows the store's season: within 15 % of the truth over the season and on Black Friday week", () => {
    const season = chatForecast(r, window.from, window.to) / chatTruth(window.from, window.to) - 1;
    expect(Math.abs(season)).toBeLessThan(0.15);
    // Black Friday 2025 is 28 November: its week runs Monday 24 to Sunday 30.
    const week = chatForecast(r, "2025-11-24", "2025-11-30") / chatTruth("2025-11-24", "2025-11-30") - 1;
    expect(Math.abs(week)).toBeLessThan(0.15);
    expect(r.rows.filter((row) => row.channel === "chat" && row.method !== "closed").every((row) => row.method === "store-season")).toBe(true);
  });

  it("is named once, with how far the store's season lifts it, and not as a channel 'with no last season'", () => {
    const lines = r.notes.filter((n) => n.startsWith("chat:"));
    expect(lines).toEqual([expect.stringMatching(/^chat: no last season of its own \(from 2025-09-2\d\); its season follows the store's: x\d\.\d on Black Friday week, x\d\.\d over 1-23 December, against its own level of the last weeks$/)]);
    expect(r.exportWarnings).toEqual(lines);
    expect(r.notes.some((n) => n.includes("had no last season"))).toBe(false);
  });

  it("has a band wider than the store's channels' own year-over-year days", () => {
    const spread = (channel: string) => {
      const rows = r.rows.filter((row) => row.channel === channel && row.hourStart.startsWith("2025-12-10"));
      const sum = (k: "p10" | "p90" | "volume") => rows.reduce((s, row) => s + row[k], 0);
      return (sum("p90") - sum("p10")) / sum("volume");
    };
    expect(spread("chat")).toBeGreaterThan(spread("email"));
  });
});

describe("a channel opened three weeks before the history ends", () => {
  it("is levelled on its own recent weeks, not a trend fitted on its jump from 0 (within 10 %; +39 % before)", () => {
    const late = addDays("2025-10-31", -20);
    const series: HourlySeries = { ...full, counts: new Map([...full.counts].map(([c, v]) => [c, c !== "chat" ? v : v.map((n, i) => ((full.hours[i] ?? "") < late ? 0 : n))])) };
    const r = forecastSeason(series, window);
    expect(Math.abs(chatForecast(r, window.from, window.to) / chatTruth(window.from, window.to) - 1)).toBeLessThan(0.1);
  });
});

describe("a store where every channel has its own last season", () => {
  it("is forecast byte for byte as before the store's season was borrowed (rows as at 85a1265)", () => {
    const r = forecastSeason(full, window);
    expect(r.rows.some((row) => row.method === "store-season")).toBe(false);
    const hash = createHash("sha256").update(JSON.stringify(r.rows)).digest("hex");
    expect(hash).toBe("2bb3f75ff9a4de1a1a04a8fd35f7b36b23aaffde231e1463ca886529f3ea3b47");
  });
});
