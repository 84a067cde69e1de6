// "vs last season" compares the channels that had a last season that day; one without it no longer blanks the column.
import { describe, expect, it } from "vitest";
import { forecastSeason } from "../../src/forecast/index.js";
import type { HourlySeries } from "../../src/ingest/types.js";
import { synthSeries } from "./synthetic.js";

const off = { enabled: false } as const;
const window = { events: off, from: "2025-11-01", to: "2025-11-30" } as const;
// Two autumns of email and chat; a third channel that only began this August (zero before).
function store(newShare: number): HourlySeries {
  const s = synthSeries({ from: "2024-09-01", to: "2025-10-31", base: 400, channels: { email: 0.5, chat: 0.5 - newShare, social: newShare }, seed: 71 });
  const counts = new Map(s.counts);
  counts.set("social", (s.counts.get("social") ?? []).map((c, i) => ((s.hours[i] ?? "") < "2025-08-01" ? 0 : c)));
  return { ...s, counts };
}

describe("a channel without a last season", () => {
  it("is left out of both sides of the change, which the other channels still give", () => {
    const r = forecastSeason(store(0.004), window);
    const days = r.daily.filter((d) => d.change !== undefined);
    expect(days.length).toBe(r.daily.length);
    for (const d of days) {
      expect(d.lastSeasonChannels).toEqual(["email", "chat"]);
      const compared = r.rows.filter((row) => row.hourStart.startsWith(d.date) && row.channel !== "social").reduce((s, row) => s + row.volume, 0);
      expect(d.change).toBeCloseTo(compared / (d.lastSeason ?? 1) - 1, 9);
    }
    // Under 1 % of the volume: no note.
    expect(r.notes).toEqual([]);
  });

  it("is named in a note when it holds 1 % of the volume or more: as following the store's season (store-season.ts)", () => {
    const r = forecastSeason(store(0.2), window);
    expect(r.daily.every((d) => d.change !== undefined)).toBe(true);
    expect(r.notes).toEqual([expect.stringMatching(/^social: no last season of its own \(from 2025-08-0\d\); its season follows the store's: x1\.0 over 30 days, against its own level of the last weeks$/)]);
  });
});
