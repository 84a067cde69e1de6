// The coverage heatmap on the autumn clock change: the repeated hour shares its cell and is not dropped.
import { describe, expect, it } from "vitest";
import { coverageHeatmap } from "../../src/report/charts.js";
import type { ReportHour } from "../../src/report/types.js";

const hour = (key: string, required: number, scheduled: number): ReportHour => ({
  date: key.slice(0, 10), hour: Number(key.slice(11, 13)), key, required, scheduled,
});

describe("coverage heatmap on a fall-back day", () => {
  // Europe 2026-10-25: 03:00 comes twice, first at +03:00, then at +02:00 (24-hour store).
  const hours = [
    hour("2026-10-25T02:00+03:00", 1, 1),
    hour("2026-10-25T03:00+03:00", 1, 1),
    hour("2026-10-25T03:00+02:00", 2, 0),
    hour("2026-10-25T04:00+02:00", 1, 1),
  ];
  const svg = coverageHeatmap(hours);
  const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);

  it("draws one cell per clock hour and names the repeated hour in the 03:00 cell's tooltip", () => {
    expect(titles).toHaveLength(3);
    expect(titles[1]).toBe("2026-10-25 03:00 required 1, scheduled 1; again after the clocks go back: required 2, scheduled 0, short 2");
  });

  it("colours the shared cell by the worse of its two hours, so a short repeated hour shows red", () => {
    expect(svg.match(/class="short"/g)).toHaveLength(1);
  });
});
