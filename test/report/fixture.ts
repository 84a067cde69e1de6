// A small plan in plain data, for the report tests: two weeks, three agents, one short hour.
import type { ReportData } from "../../src/report/types.js";

export function smallReport(): ReportData {
  const dates = Array.from({ length: 14 }, (_, i) => `2026-11-${String(20 + i > 30 ? 20 + i - 30 : 20 + i).padStart(2, "0")}`).map((d, i) => (i > 10 ? d.replace("2026-11", "2026-12") : d));
  const days = dates.map((date, i) => ({
    date,
    weekday: ["Fri", "Sat", "Sun", "Mon", "Tue", "Wed", "Thu"][i % 7] ?? "",
    event: date === "2026-11-27" ? "black-friday" : "",
    expected: 400 + i * 20,
    p10: 350 + i * 18,
    p90: 460 + i * 22,
    lastSeason: 380 + i * 15,
  }));
  const hours = dates.flatMap((date) =>
    Array.from({ length: 15 }, (_, k) => ({ date, hour: 7 + k, key: `${date}T${String(7 + k).padStart(2, "0")}:00+02:00`, required: 3, scheduled: date === "2026-11-27" && k === 5 ? 1 : 3 })),
  );
  return {
    title: "Holiday plan <test & co>",
    zone: "Europe/Helsinki",
    window: { from: dates[0] ?? "", to: dates.at(-1) ?? "" },
    days,
    hours,
    agents: [
      { id: "a1", name: "Ana <Senior>", seniority: "senior" },
      { id: "a2", name: "Ben", seniority: "experienced" },
      { id: "a3", name: "Cleo", seniority: "new" },
    ],
    shifts: { a1: { [dates[0] ?? ""]: "early", [dates[1] ?? ""]: "on-call" }, a3: { [dates[2] ?? ""]: "evening" } },
    figures: {
      cost: 12345,
      agentHours: 456,
      shortfallHours: 2,
      seniorShortfallHours: 0,
      pairingShortfallHours: 0,
      seniorsOnPeakHours: 16,
      weekendSpread: { min: 1, max: 3, mean: 2 },
      solverStatus: "optimal",
      changedShifts: 0,
    },
  };
}
