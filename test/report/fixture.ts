// Plans in plain data for the report tests: two weeks, three agents and one short hour; and eight weeks that fall short.
import { DateTime } from "luxon";
import { defaultConfig } from "../../src/config.js";
import type { ForecastRow } from "../../src/forecast/types.js";
import { agentSeason, buildReportData, dailyFromForecast, shiftCodes } from "../../src/plan/report-data.js";
import type { ReportData } from "../../src/report/types.js";
import type { DayDiagnosis } from "../../src/schedule/diagnose.js";
import type { Agent, RosterRow } from "../../src/schedule/types.js";
import type { RequirementRow } from "../../src/staff/types.js";

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
      peakSeniorShort: { hours: 1, seniorHours: 2, worst: [{ hour: "2026-11-27T17:00:00+02:00", onShift: 1, needed: 3 }] },
      weekendSpread: { min: 1, max: 3, mean: 2 },
      solverStatus: "optimal",
      changedShifts: 0,
    },
    verdict: { acceptable: true, reasons: [] },
    shortDays: [{ date: "2026-11-27", weekday: "Fri", event: "black-friday", agentHours: 2, seniorHours: 0, reasons: ["not enough agents available"] }],
    shiftTypes: shiftCodes(defaultConfig().shifts),
    season: agentSeason([], [], "Europe/Helsinki"),
    eventDays: [],
  };
}

const NAMES = ["Sanna", "Sven", "Siiri", "Eero", "Elsa", "Emil", "Enni", "Erik", "Ella", "Noora", "Niko", "Aino"];

/**
 * Eight weeks of a store that cannot cover the peak, built through the same functions `plan` uses: twelve agents on
 * a rotating pattern, a forecast that triples on Black Friday, and a shortfall worst on Black Friday and Cyber
 * Monday though they are not first in date order.
 */
export function peakReport(): ReportData {
  const zone = "Europe/Helsinki";
  const start = DateTime.fromISO("2026-11-09", { zone });
  const { shifts } = defaultConfig();
  const agents: Agent[] = NAMES.map((name, i) => ({ id: `a${String(i + 1).padStart(2, "0")}`, name, seniority: i < 3 ? "senior" : i < 9 ? "experienced" : "new", maxDaysPerWeek: 5, maxHoursPerWeek: 40, weekends: true, onCall: true, hourlyCost: i < 3 ? 32 : 26 }));
  const roster: RosterRow[] = [];
  const rows: ForecastRow[] = [];
  const requirements: RequirementRow[] = [];
  const shortBy: Record<string, number> = { "2026-11-27": 38, "2026-11-30": 31, "2026-11-16": 4, "2026-12-18": 12, "2026-11-28": 9 };
  for (let d = 0; d < 56; d++) {
    const day = start.plus({ days: d });
    const date = day.toISODate() ?? "";
    const peak = date === "2026-11-27" || date === "2026-11-30" ? 3 : date >= "2026-11-23" && date <= "2026-12-20" ? 1.8 : 1;
    for (let h = 7; h < 22; h++) {
      const hourStart = day.set({ hour: h }).toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? "";
      const volume = 20 * peak * (h >= 12 && h < 14 ? 1.4 : 1);
      rows.push({ hourStart, channel: "chat", volume, p10: volume * 0.8, p50: volume, p90: volume * 1.25, event: date === "2026-11-27" ? "black-friday" : date === "2026-11-30" ? "cyber-monday" : date === "2026-12-18" ? "last-shipping-day" : "", method: "seasonal" });
      requirements.push({ hourStart, agents: Math.ceil(volume / 5), seniors: 1, standby: 0, byChannel: {} });
    }
    agents.forEach((a, i) => {
      if ((d + i) % 7 >= 5) return;
      const t = shifts[(d + i) % shifts.length] ?? shifts[0];
      if (!t) return;
      const s = day.set({ hour: Number(t.start.slice(0, 2)) });
      const e = day.set({ hour: Number(t.end.slice(0, 2)) });
      const iso = (x: DateTime): string => x.toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? "";
      roster.push({ date, agentId: a.id, name: a.name, seniority: a.seniority, shift: t.name, start: iso(s), end: iso(e), hours: 8, cost: 8 * a.hourlyCost });
    });
    if (d % 3 === 0) roster.push({ date, agentId: "a04", name: "Eero", seniority: "experienced", shift: "on-call", start: "", end: "", hours: 0, cost: 52 });
  }
  const days = dailyFromForecast(rows, zone);
  for (const day of days) if (["2026-11-27", "2026-11-30", "2026-12-18"].includes(day.date)) day.anchor = true;
  const diagnosis: DayDiagnosis[] = Object.entries(shortBy).map(([date, agentHours]) => ({ date, agentHours, seniorHours: date === "2026-11-27" ? 3 : 0, standby: 0, reasons: date === "2026-11-16" ? ["no shift template covers 21:00"] : ["not enough agents available: 12 of 12 already work", "seniors needed 3 but 2 available"] }));
  const shortfall = Object.values(shortBy).reduce((a, b) => a + b, 0);
  return buildReportData({
    title: "Holiday support plan 2026-11-09 to 2027-01-03",
    zone,
    window: { from: days[0]?.date ?? "", to: days.at(-1)?.date ?? "" },
    days,
    requirements,
    roster,
    agents,
    figures: { cost: roster.reduce((s, r) => s + r.cost, 0), agentHours: roster.reduce((s, r) => s + r.hours, 0), shortfallHours: shortfall, seniorShortfallHours: 3, pairingShortfallHours: 0, peakSeniorShort: { hours: 0, seniorHours: 0, worst: [] }, weekendSpread: { min: 4, max: 8, mean: 6 }, solverStatus: "optimal", changedShifts: 0 },
    verdict: { acceptable: false, reasons: [`shortfall ${shortfall} agent-hours is above the limit of 40`, "3 senior-hours are missing"] },
    diagnosis,
    shiftTemplates: shifts,
  });
}
