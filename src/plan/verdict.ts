// Whether a plan may be published, and every reason it may not: one verdict for plan's exit code, summary.json and report.html.
import type { ForecastResult } from "../forecast/index.js";
import type { IngestSummary } from "../ingest/types.js";
import { gapTooWide, type RosterResult } from "../schedule/index.js";

export interface Verdict {
  acceptable: boolean;
  reasons: string[];
  /** said loudly, yet no reason to withhold the plan: the days a re-plan must keep as published that fall short */
  notes?: string[];
}

/** What the verdict reads: the roster, the forecast it staffs, how the export was read, and the limits the config sets. */
export interface VerdictInputs {
  schedule: Pick<RosterResult, "check" | "solver" | "keptUntil" | "frozenDropped">;
  forecast: Pick<ForecastResult, "warnings">;
  ingest: Pick<IngestSummary, "file" | "channelColumn">;
  maxShortfallHours: number;
  /** plan.maxOnCallShortDays (or --max-on-call-short) */
  maxOnCallShortDays: number;
  /** schedule.maxGap */
  maxGap: number;
  /** ingest.singleChannel: an export without a channel column is meant */
  singleChannel: boolean;
}

type Rule = (p: VerdictInputs) => string | readonly string[] | undefined;

/**
 * The dates kept exactly as published: up to keptUntil, less those where a published row could not be kept (an agent
 * who left the team): there the roster is not the one published, and its shortfall is judged as any other day's.
 */
function keptDates(schedule: Pick<RosterResult, "keptUntil" | "frozenDropped">): ((date: string) => boolean) | undefined {
  const until = schedule.keptUntil;
  if (until === undefined) return undefined;
  const dropped = new Set((schedule.frozenDropped ?? []).map((r) => r.date));
  return (date) => date <= until && !dropped.has(date);
}

/**
 * The kept days that fall short, in one loud note (terminal, report, summary.json) beside the reasons: their shortfall
 * counts against the limits like any day's (demand that rose onto a frozen week is a shortfall all the same, and a
 * freeze over the season must not switch the limits off), and the note says what this re-plan cannot do about it.
 */
export function frozenShortNote(p: Pick<VerdictInputs, "schedule">): string | undefined {
  const until = p.schedule.keptUntil;
  const kept = keptDates(p.schedule);
  if (until === undefined || kept === undefined) return undefined;
  const days = p.schedule.check.shortfall.byDay.filter((d) => kept(d.date) && (d.agentHours > 0 || d.seniorHours > 0 || d.standby > 0));
  if (days.length === 0) return undefined;
  const what = (d: (typeof days)[number]): string =>
    [d.agentHours > 0 ? `${round(d.agentHours)} agent-hours` : "", d.seniorHours > 0 ? `${round(d.seniorHours)} senior-hours` : "", d.standby > 0 ? `${d.standby} on-call` : ""].filter((x) => x !== "").join(", ");
  const listed = days.slice(0, 5).map((d) => `${d.date} ${what(d)}`).join("; ");
  return `kept as published until ${until}, and short there: ${listed}${days.length > 5 ? `; ${days.length - 5} more days` : ""}; this re-plan cannot change those days: cover them by hand (call-ins, overtime, a longer shift), or re-plan them with an earlier --freeze-until`;
}

/** Agent-hours short above the limit (--max-shortfall, plan.maxShortfallHours). */
export function shortfallReason(p: VerdictInputs): string | undefined {
  const short = p.schedule.check.shortfall.agentHours;
  return short > p.maxShortfallHours ? `shortfall ${round(short)} agent-hours is above the limit of ${p.maxShortfallHours}` : undefined;
}

/** Any senior-hour missing: the seniors rule has no allowance. */
export function seniorReason(p: Pick<VerdictInputs, "schedule">): string | undefined {
  const short = p.schedule.check.shortfall.seniorHours;
  return short > 0 ? `${round(short)} senior-hours are missing` : undefined;
}

/**
 * On-call days unfilled above the limit: the standby is what the peak plan keeps for a spike above the forecast
 * (the largest hourly gap between the agents chat and phone need at their p90 volume and at the expected volume), and only
 * experienced or senior agents with on_call yes can hold it.
 */
export function onCallReason(p: Pick<VerdictInputs, "schedule" | "maxOnCallShortDays">): string | undefined {
  const short = p.schedule.check.shortfall.standbyDays;
  if (short <= p.maxOnCallShortDays) return undefined;
  return `${short} on-call days unfilled, above the limit of ${p.maxOnCallShortDays} (plan.maxOnCallShortDays, --max-on-call-short): no standby for a spike on those days; mark more experienced or senior agents on_call yes in agents.csv (new hires are never on call)`;
}

/** A first-week new hire without a mentor on shift. */
export function pairingReason(p: VerdictInputs): string | undefined {
  const pairing = p.schedule.check.violations.filter((v) => v.rule === "pairing").length;
  return pairing > 0 ? `${pairing} pairing violations: a first-week new hire without a mentor` : undefined;
}

/** Any other hard rule broken (a published row kept through the freeze can break one). */
export function brokenRulesReason(p: VerdictInputs): string | undefined {
  const broken = p.schedule.check.violations.filter((v) => v.rule !== "pairing").length;
  return broken > 0 ? `${broken} hard-rule violations in the roster` : undefined;
}

/** A roster the solver stopped far from its bound (or with no bound, out of time) may be much dearer than needed. */
export function gapReason(p: VerdictInputs): string | undefined {
  return gapTooWide(p.schedule.solver, p.maxGap);
}

/** A forecast far below the recent run rate (a cut export, a year-ago level taken as today's) is no plan to staff on. */
export function forecastReasons(p: VerdictInputs): readonly string[] {
  return p.forecast.warnings;
}

/** No channel column and nobody said one channel was meant: the plan may staff phones as a backlog (issue 10). */
export function channelReason(p: VerdictInputs): string | undefined {
  if (p.ingest.channelColumn !== undefined || p.singleChannel) return undefined;
  return `no channel column in ${p.ingest.file}: all tickets planned as one channel; set ingest.singleChannel to true if intended, or name the column with --channel-column`;
}

/** In the order the reasons are listed. */
const RULES: readonly Rule[] = [shortfallReason, seniorReason, onCallReason, pairingReason, brokenRulesReason, gapReason, forecastReasons, channelReason];

/** Exit 3, a draft and a red report when any rule gives a reason. */
export function verdict(p: VerdictInputs): Verdict {
  const reasons = RULES.flatMap((rule) => rule(p) ?? []);
  const frozen = frozenShortNote(p);
  return { acceptable: reasons.length === 0, reasons, ...(frozen ? { notes: [frozen] } : {}) };
}


function round(x: number): number {
  return Math.round(x * 100) / 100;
}
