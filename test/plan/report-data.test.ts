import { describe, expect, it } from "vitest";
import type { ForecastRow } from "../../src/forecast/types.js";
import { dailyFromForecast, scheduledByHour } from "../../src/plan/report-data.js";
import { defaultConfig } from "../../src/config.js";
import { summarizeRoster } from "../../src/schedule/summary.js";
import type { Agent, RosterRow } from "../../src/schedule/types.js";
import type { RequirementRow } from "../../src/staff/types.js";

const agent = (id: string, weekends = true): Agent => ({ id, name: id, seniority: "experienced", maxDaysPerWeek: 5, maxHoursPerWeek: 40, weekends, onCall: true, hourlyCost: 25 });
const row = (agentId: string, date: string, shift: string, start: string, end: string): RosterRow => ({ date, agentId, name: agentId, seniority: "experienced", shift, start, end, hours: 8, cost: 200 });
const req = (hourStart: string, agents: number): RequirementRow => ({ hourStart, agents, seniors: 1, standby: 0, byChannel: {} });

describe("report data", () => {
  it("sums hourly forecast rows into days and bands in the store's zone", () => {
    const rows: ForecastRow[] = [
      { hourStart: "2026-11-27T23:00+02:00", channel: "chat", volume: 4, p10: 2, p50: 4, p90: 7, event: "black-friday", method: "event-aligned" },
      { hourStart: "2026-11-28T00:00+02:00", channel: "chat", volume: 3, p10: 1, p50: 3, p90: 5, event: "", method: "seasonal" },
      { hourStart: "2026-11-27T23:00+02:00", channel: "email", volume: 6, p10: 4, p50: 6, p90: 9, event: "black-friday", method: "event-aligned" },
    ];
    const days = dailyFromForecast(rows, "Europe/Helsinki", [{ date: "2026-11-27", lastSeason: 11 }]);
    expect(days).toHaveLength(2);
    expect(days[0]).toMatchObject({ date: "2026-11-27", weekday: "Fri", event: "black-friday", expected: 10, p10: 6, p90: 16, lastSeason: 11 });
    expect(days[1]).toMatchObject({ date: "2026-11-28", expected: 3 });
  });

  it("counts an agent in every hour their shift spans whole, and never an on-call row", () => {
    const requirements = ["07", "08", "09", "10"].map((h) => req(`2026-12-01T${h}:00+02:00`, 1));
    const roster = [
      row("a", "2026-12-01", "early", "2026-12-01T07:00+02:00", "2026-12-01T09:00+02:00"),
      row("b", "2026-12-01", "on-call", "2026-12-01T00:00+02:00", "2026-12-02T00:00+02:00"),
    ];
    const hours = scheduledByHour(requirements, roster, "Europe/Helsinki");
    expect(hours.map((h) => h.scheduled)).toEqual([1, 1, 0, 0]);
    expect(hours.map((h) => h.hour)).toEqual([7, 8, 9, 10]);
  });

  it("counts a shift in a half-hour-offset zone: 07:00-15:00+05:30 is 8 hours on shift (its hours fall at :30 UTC)", () => {
    const requirements = Array.from({ length: 10 }, (_, i) => req(`2025-11-10T${String(6 + i).padStart(2, "0")}:00+05:30`, 1));
    const roster = [row("a", "2025-11-10", "early", "2025-11-10T07:00+05:30", "2025-11-10T15:00+05:30")];
    const hours = scheduledByHour(requirements, roster, "Asia/Kolkata");
    expect(hours.map((h) => h.scheduled)).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(hours.map((h) => h.hour)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it("keeps the repeated fall-back hour apart by its offset", () => {
    const requirements = [req("2025-10-26T03:00+03:00", 1), req("2025-10-26T03:00+02:00", 1)];
    const roster = [row("a", "2025-10-26", "x", "2025-10-26T03:00+02:00", "2025-10-26T04:00+02:00")];
    expect(scheduledByHour(requirements, roster, "Europe/Helsinki").map((h) => h.scheduled)).toEqual([0, 1]);
  });

  it("spreads weekend shifts only over agents who may work weekends (the schedule's summary, which plan reports)", () => {
    const roster = [row("a", "2026-12-05", "day", "x", "y"), row("a", "2026-12-06", "day", "x", "y"), row("b", "2026-12-07", "day", "x", "y")];
    const { shifts, rules } = defaultConfig();
    const input = { requirements: [req("2026-12-05T09:00+02:00", 1)], agents: [agent("a"), agent("b"), agent("c", false)], shifts, rules, timezone: "Europe/Helsinki" };
    expect(summarizeRoster(roster, input).weekendShifts).toMatchObject({ min: 0, max: 2, mean: 1 });
  });
});

describe("event markers", () => {
  it("marks each event on its own day: Black Friday on the Friday, the last shipping day on the configured date", async () => {
    const { eventAnchors } = await import("../../src/plan/assemble.js");
    const dates = ["2026-11-11", "2026-11-23", "2026-11-27", "2026-11-30", "2026-12-17", "2026-12-18", "2026-12-25", "2027-01-02"];
    const anchors = eventAnchors(dates, "12-18", [{ name: "winter-sale", date: "2026-12-05", days: 2 }]);
    for (const d of ["2026-11-11", "2026-11-27", "2026-11-30", "2026-12-18", "2026-12-25", "2027-01-02", "2026-12-05"]) expect(anchors.has(d), d).toBe(true);
    for (const d of ["2026-11-23", "2026-12-17", "2026-12-06"]) expect(anchors.has(d), d).toBe(false);
  });
});

describe("what the report tells a lead", () => {
  it("codes each shift by the start of its name that no other shift shares, and on-call as OC", async () => {
    const { shiftCodes } = await import("../../src/plan/report-data.js");
    const codes = shiftCodes(defaultConfig().shifts).map((s) => `${s.code}=${s.name}`);
    expect(codes).toEqual(["Ea=early", "D=day", "Ev=evening", "OC=on-call"]);
    expect(shiftCodes([{ name: "night", start: "22:00", end: "06:00" }, { name: "noon", start: "11:00", end: "19:00" }]).map((s) => s.code)).toEqual(["Ni", "No", "OC"]);
  });

  it("sums each agent's season: hours, weekend and late shifts, on-call days and cost, most hours first", async () => {
    const { agentSeason } = await import("../../src/plan/report-data.js");
    const roster = [
      { ...row("a", "2026-12-05", "evening", "2026-12-05T14:00+02:00", "2026-12-05T22:00+02:00"), cost: 240 }, // Saturday, late
      row("a", "2026-12-07", "early", "2026-12-07T07:00+02:00", "2026-12-07T15:00+02:00"),
      row("b", "2026-12-07", "day", "2026-12-07T09:00+02:00", "2026-12-07T17:00+02:00"),
      { ...row("b", "2026-12-08", "on-call", "2026-12-08T00:00+02:00", "2026-12-09T00:00+02:00"), hours: 0, cost: 50 },
    ];
    const season = agentSeason(roster, [agent("b"), agent("a"), agent("c")], "Europe/Helsinki");
    expect(season.map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(season[0]).toMatchObject({ shifts: 2, hours: 16, weekendShifts: 1, lateShifts: 1, onCallDays: 0, cost: 440 });
    expect(season[1]).toMatchObject({ shifts: 1, hours: 8, weekendShifts: 0, lateShifts: 0, onCallDays: 1, cost: 250 });
    expect(season[2]).toMatchObject({ shifts: 0, hours: 0, cost: 0 });
  });

  it("names who works each event's own day, seniors first and on-call last", async () => {
    const { eventDayCrews } = await import("../../src/plan/report-data.js");
    const days = [
      { date: "2026-11-27", weekday: "Fri", event: "black-friday", expected: 1, p10: 1, p90: 1, anchor: true },
      { date: "2026-11-28", weekday: "Sat", event: "black-friday", expected: 1, p10: 1, p90: 1 },
    ];
    const roster = [
      row("e", "2026-11-27", "day", "2026-11-27T09:00+02:00", "x"),
      { ...row("s", "2026-11-27", "evening", "2026-11-27T14:00+02:00", "x"), seniority: "senior" as const },
      row("o", "2026-11-27", "on-call", "2026-11-27T00:00+02:00", "x"),
      row("z", "2026-11-28", "day", "2026-11-28T09:00+02:00", "x"),
    ];
    const crews = eventDayCrews(days, roster);
    expect(crews).toHaveLength(1);
    expect(crews[0]?.onShift.map((p) => p.name)).toEqual(["s", "e", "o"]);
  });
});

describe("short days, worst first", () => {
  const diag = (date: string, agentHours: number, seniorHours = 0) => ({ date, agentHours, seniorHours, standby: 0, reasons: [`r${date.slice(8)}`] });
  it("orders by missing agent-hours, then senior-hours, then date, and leaves out covered days", async () => {
    const { worstDaysFirst } = await import("../../src/plan/short-days.js");
    const days = [diag("2026-11-16", 4), diag("2026-11-27", 38), diag("2026-11-28", 4, 2), diag("2026-11-29", 0), diag("2026-11-30", 31)];
    expect(worstDaysFirst(days).map((d) => d.date)).toEqual(["2026-11-27", "2026-11-30", "2026-11-28", "2026-11-16"]);
  });
  it("lists the first N and says how many more", async () => {
    const { shortDayLines } = await import("../../src/plan/short-days.js");
    const days = Array.from({ length: 14 }, (_, i) => diag(`2026-12-${String(i + 1).padStart(2, "0")}`, i + 1));
    const lines = shortDayLines(days, 10, () => "Day");
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe("2026-12-14 Day: 14 agent-hours short (r14)");
    expect(lines[10]).toBe("... 4 more short days (all in report.html and summary.json)");
    expect(shortDayLines(days.slice(0, 3), 10)).toHaveLength(3);
  });
});

describe("short days in an event's window", () => {
  it("say how far they are from the event's own day", async () => {
    const { reportShortDays } = await import("../../src/plan/report-data.js");
    const { eventText } = await import("../../src/report/tables.js");
    const day = (date: string, anchor = false) => ({ date, weekday: "", event: "black-friday", expected: 1, p10: 1, p90: 1, ...(anchor ? { anchor } : {}) });
    const days = [day("2026-11-26"), day("2026-11-27", true), day("2026-11-29")];
    const short = reportShortDays([{ date: "2026-11-29", agentHours: 16, seniorHours: 0, standby: 0, reasons: [] }, { date: "2026-11-27", agentHours: 10, seniorHours: 0, standby: 0, reasons: [] }, { date: "2026-11-26", agentHours: 3, seniorHours: 0, standby: 0, reasons: [] }], days);
    expect(short.map(eventText)).toEqual(["2 days after Black Friday", "Black Friday", "1 day before Black Friday"]);
  });
});

describe("an event day the store is closed", () => {
  it("is marked closed rather than left to read as nobody covering it", async () => {
    const { buildReportData } = await import("../../src/plan/report-data.js");
    const days = ["2026-12-24", "2026-12-25"].map((date) => ({ date, weekday: "", event: "christmas", expected: 1, p10: 1, p90: 1, anchor: date === "2026-12-25" }));
    const data = buildReportData({
      title: "t", zone: "Europe/Helsinki", window: { from: "2026-12-24", to: "2026-12-25" }, days,
      requirements: [req("2026-12-24T09:00+02:00", 2), req("2026-12-25T09:00+02:00", 0)],
      roster: [], agents: [agent("a")],
      figures: { cost: 0, agentHours: 0, shortfallHours: 0, seniorShortfallHours: 0, pairingShortfallHours: 0, peakSeniorShort: { hours: 0, seniorHours: 0, worst: [] }, weekendSpread: { min: 0, max: 0, mean: 0 }, solverStatus: "optimal", changedShifts: 0 },
      verdict: { acceptable: true, reasons: [] }, diagnosis: [], shiftTemplates: defaultConfig().shifts,
    });
    expect(data.eventDays).toEqual([{ date: "2026-12-25", event: "christmas", closed: true, onShift: [] }]);
  });
});
