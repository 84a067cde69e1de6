// Pure end of `plan`: from forecast, requirements, roster and the verdict (verdict.ts) to summary.json and report.html.
import type { ShiftTemplate } from "../config/types.js";
import type { ForecastResult } from "../forecast/index.js";
import type { IngestSummary } from "../ingest/types.js";
import { renderReport } from "../report/html.js";
import type { RosterResult } from "../schedule/index.js";
import type { Agent } from "../schedule/types.js";
import type { StaffResult } from "../staff/requirements.js";
import { seasonEvents, seasonYearOf } from "../time/events.js";
import { buildReportData, dailyFromForecast } from "./report-data.js";
import type { Verdict } from "./verdict.js";

export interface PlanParts {
  title: string;
  zone: string;
  ingest: IngestSummary;
  forecast: ForecastResult;
  staff: StaffResult;
  agents: readonly Agent[];
  schedule: RosterResult;
  freezeUntil: string;
  maxShortfallHours: number;
  /** on-call days the roster may leave unfilled (plan.maxOnCallShortDays, --max-on-call-short) */
  maxOnCallShortDays: number;
  /** schedule.maxGap: a roster stopped further from its bound is not acceptable */
  maxGap: number;
  /** ingest.singleChannel: an export without a channel column is meant to be one channel */
  singleChannel: boolean;
  lastShippingDay: string;
  /** the store's own events from the config, so the report marks them too */
  customEvents?: ReadonlyArray<{ name: string; date: string; days?: number }>;
  /** the config's shift templates, for the roster grid's codes and legend */
  shiftTemplates?: readonly ShiftTemplate[];
  /** the history as the config names it (relative to the config's folder when inside it), for summary.json */
  historyShown?: string;
  /** every warning the run printed (ingest, forecast, staff), for summary.json and the report */
  warnings?: readonly string[];
}

/** The report shows the verdict plan decided on (every reason), never one of its own. */
export function renderPlanReport(parts: PlanParts, verdict: Verdict): string {
  const { forecast, schedule } = parts;
  const days = dailyFromForecast(
    forecast.rows,
    parts.zone,
    forecast.daily.map((d) => ({ date: d.date, lastSeason: d.lastSeason, actual: d.actual, p10: d.p10, p90: d.p90 })),
  );
  const anchors = eventAnchors(days.map((d) => d.date), parts.lastShippingDay, parts.customEvents);
  for (const d of days) if (anchors.has(d.date)) d.anchor = true;
  const pairingHours = schedule.check.violations.filter((v) => v.rule === "pairing").length;
  const data = buildReportData({
    title: forecast.rowsFrom > forecast.window.from ? `${parts.title}, re-planned from ${forecast.rowsFrom}` : parts.title,
    zone: parts.zone,
    window: { from: forecast.window.from, to: forecast.window.to, ...(forecast.rowsFrom > forecast.window.from ? { plannedFrom: forecast.rowsFrom } : {}) },
    days,
    requirements: parts.staff.rows,
    roster: schedule.roster,
    agents: parts.agents,
    figures: {
      cost: schedule.check.cost.shifts + schedule.check.cost.onCall,
      agentHours: schedule.check.hours,
      shortfallHours: schedule.check.shortfall.agentHours,
      seniorShortfallHours: schedule.check.shortfall.seniorHours,
      pairingShortfallHours: pairingHours,
      ...onCallShortFigure(schedule.check.shortfall.byDay),
      peakSeniorShort: {
        hours: parts.schedule.summary.peak.short.length,
        seniorHours: parts.schedule.summary.peak.seniorHoursMissing,
        worst: parts.schedule.summary.peak.short.slice(0, 3).map((h) => ({ hour: h.hour, onShift: h.seniorsOnShift, needed: h.seniorsNeeded })),
      },
      weekendSpread: { min: parts.schedule.summary.weekendShifts.min, max: parts.schedule.summary.weekendShifts.max, mean: parts.schedule.summary.weekendShifts.mean },
      solverStatus: solverLabel(schedule),
      tracking: forecast.tracking?.ratio,
      changedShifts: schedule.changes.length,
    },
    verdict,
    warnings: parts.warnings ?? [],
    diagnosis: schedule.diagnosis,
    shiftTemplates: parts.shiftTemplates ?? [],
  });
  return renderReport(data);
}

/** The event days themselves (offset 0 from their anchor) in the seasons the dates fall in. */
export function eventAnchors(dates: readonly string[], lastShippingDay: string, custom: PlanParts["customEvents"] = []): Set<string> {
  const years = new Set(dates.map((d) => seasonYearOf(d)));
  return new Set([...years].flatMap((y) => seasonEvents(y, { lastShippingDay, custom }).filter((e) => e.offset === 0).map((e) => e.date)));
}

function solverLabel(schedule: RosterResult): string {
  const s = schedule.solver;
  return s.status === "optimal" || s.gap === undefined ? s.status : `${s.status} (gap ${(s.gap * 100).toFixed(2)} %)`;
}

/**
 * summary.json: what a CI job or a lead's script reads. Nothing here depends on the clock, the date of the run or
 * the machine (no timestamps, no solve seconds, no freeze date), so the same inputs give the same bytes.
 */
export function planSummary(parts: PlanParts, v: Verdict): string {
  const { forecast, staff, schedule, ingest } = parts;
  const summary = {
    window: { from: forecast.window.from, to: forecast.window.to, reason: forecast.window.reason },
    zone: parts.zone,
    history: { file: parts.historyShown ?? ingest.file, rowsRead: ingest.rowsRead, rowsUsed: ingest.rowsUsed, firstTicket: ingest.firstTicket, lastTicket: ingest.lastTicket },
    forecast: {
      tickets: round(forecast.rows.reduce((s, r) => s + r.volume, 0)),
      growth: forecast.growth,
      methods: forecast.methods,
      tracking: forecast.tracking ?? null,
    },
    requirements: {
      agentHours: staff.rows.reduce((s, r) => s + r.agents, 0),
      peakAgents: staff.rows.reduce((m, r) => Math.max(m, r.agents), 0),
      standbyDays: staff.daily.reduce((s, d) => s + d.standby, 0),
    },
    roster: {
      rows: schedule.roster.length,
      agentHours: round(schedule.check.hours),
      cost: { shifts: round(schedule.check.cost.shifts), onCall: round(schedule.check.cost.onCall), penalties: round(schedule.check.cost.penalties) },
      shortfall: {
        agentHours: round(schedule.check.shortfall.agentHours),
        seniorHours: round(schedule.check.shortfall.seniorHours),
        standbyDays: schedule.check.shortfall.standbyDays,
        byDay: schedule.diagnosis,
      },
      seniorsOnPeakHours: { ...parts.schedule.summary.peak },
      weekendShifts: { min: parts.schedule.summary.weekendShifts.min, max: parts.schedule.summary.weekendShifts.max, mean: round(parts.schedule.summary.weekendShifts.mean) },
      violations: schedule.check.violations,
      solver: { status: schedule.solver.status, backend: schedule.solver.backend, gap: schedule.solver.gap === undefined ? null : round(schedule.solver.gap, 5) },
    },
    // No freezeUntil: it moves with the date, and a nightly job would then commit a changed summary every day
    // though no shift moved. The terminal prints it; the changes below are what a reader needs.
    replan: {
      freezeLifted: schedule.freezeLifted,
      frozenDropped: schedule.frozenDropped,
      changes: schedule.changes,
    },
    acceptable: v.acceptable,
    reasons: v.reasons,
    ...(v.notes ? { notes: v.notes } : {}),
    ...(parts.warnings?.length ? { warnings: parts.warnings } : {}),
  };
  return `${JSON.stringify(summary, null, 2)}\n`;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * The on-call days left without standby, for the report: a plan may be published with some (--max-on-call-short),
 * and the lead reading the report must see which days have nobody to call in. Absent when none.
 */
/**
 * On-call days unfilled as the verdict and --max-on-call-short count them (one agent on standby for one day: a day
 * needing two on standby with none is two), and the dates they fall on. The figure once counted dates (72) where the
 * verdict on the same page said 148.
 */
export function onCallShortFigure(byDay: ReadonlyArray<{ date: string; standby: number }>): { onCallShort?: { days: number; dates: string[] } } {
  const short = byDay.filter((d) => d.standby > 0);
  return short.length > 0 ? { onCallShort: { days: short.reduce((s, d) => s + d.standby, 0), dates: short.map((d) => d.date) } } : {};
}
