// What the plan report shows, as plain data gathered by `plan` from the forecast, requirements and roster.
import type { DailyForecast } from "../forecast/daily.js";

/** A day of the forecast chart: the forecast's daily summary (forecast/daily.ts), and whether it is an event's own day. */
export type ReportDay = Pick<DailyForecast, "date" | "weekday" | "event" | "expected" | "p10" | "p90" | "lastSeason" | "actual"> & {
  /** the event's own day (Black Friday itself, not the Monday of its week): where the chart puts the marker */
  anchor?: boolean;
};

export interface ReportHour {
  /** YYYY-MM-DD local */
  date: string;
  /** local clock hour 0..23 (a fall-back day has one hour twice; the later one is kept apart by `key`) */
  hour: number;
  key: string;
  required: number;
  scheduled: number;
}

export interface ReportAgent {
  id: string;
  name: string;
  seniority: "senior" | "experienced" | "new";
}

export interface ReportFigures {
  cost: number;
  agentHours: number;
  shortfallHours: number;
  seniorShortfallHours: number;
  pairingShortfallHours: number;
  /** days whose on-call standby is not filled, with their dates; absent when every day's is (the figure is shown then) */
  onCallShort?: { days: number; dates: string[] };
  /** peak hours (the busiest tenth) with fewer seniors on shift than needed, the senior-hours missing in them, the worst first */
  peakSeniorShort: { hours: number; seniorHours: number; worst: Array<{ hour: string; onShift: number; needed: number }> };
  /** weekend shifts per agent: min, max and mean over agents who may work weekends */
  weekendSpread: { min: number; max: number; mean: number };
  solverStatus: string;
  /** actual over forecast for days already seen, when the history reaches into the season */
  tracking?: number;
  changedShifts: number;
}

/** The verdict at the top of the report: acceptable or not, and why. */
export interface ReportVerdict {
  acceptable: boolean;
  reasons: string[];
  /** loud, not blocking: days a re-plan keeps as published that fall short */
  notes?: string[];
}

/** A day the roster falls short, with what the schedule's diagnosis says caused it. */
export interface ReportShortDay {
  date: string;
  weekday: string;
  /** the event the day belongs to ("" for none) */
  event: string;
  /** days from the event's own day (Sunday after Black Friday: 2); absent when the report has no anchor for it */
  eventOffset?: number;
  agentHours: number;
  seniorHours: number;
  reasons: string[];
}

/** A shift template as the legend shows it: its code in the grid, name and local times. */
export interface ReportShift {
  name: string;
  code: string;
  start: string;
  end: string;
}

/** One agent's season: who carries the peak. */
export interface ReportAgentSeason {
  id: string;
  name: string;
  seniority: ReportAgent["seniority"];
  shifts: number;
  hours: number;
  weekendShifts: number;
  /** shifts ending after 20:00 or overnight */
  lateShifts: number;
  onCallDays: number;
  cost: number;
}

/** An event's own day and who is on shift then (Black Friday: who works it). */
export interface ReportEventDay {
  date: string;
  event: string;
  /** no hour of the day needs an agent (Christmas Day in many stores): an empty crew is then right */
  closed?: boolean;
  onShift: Array<{ name: string; shift: string; seniority: ReportAgent["seniority"] }>;
}

export interface ReportData {
  title: string;
  zone: string;
  /** the season; plannedFrom when a mid-season re-plan covers only its rest (every figure is from that day on) */
  window: { from: string; to: string; plannedFrom?: string };
  days: ReportDay[];
  hours: ReportHour[];
  agents: ReportAgent[];
  /** agent id -> date -> shift name ("on-call" for standby) */
  shifts: Record<string, Record<string, string>>;
  figures: ReportFigures;
  verdict: ReportVerdict;
  /** the warnings the run printed (the export, the forecast, the staffing), shown under the verdict */
  warnings?: string[];
  /** worst first */
  shortDays: ReportShortDay[];
  /** the config's shift templates, with the code each shows in the roster grid */
  shiftTypes: ReportShift[];
  season: ReportAgentSeason[];
  eventDays: ReportEventDay[];
}
