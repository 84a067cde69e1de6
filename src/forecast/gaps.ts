// Holes in the export: days it lost, a last day it cut short, a channel that fell silent. Missing data, not a zero.
import { closedByConfig, fixedHolidays } from "./closed.js";
import type { ForecastModel, Prediction } from "./model.js";
import { addDays, type ChannelHistory } from "./series.js";

/**
 * A day is lost from the export when it holds under this share of what its level expected, where the level expected
 * at least LOST_MIN_EXPECTED tickets: a zero where 5 were expected happens by chance under 1 % of the time (e^-5).
 */
export const LOST_DAY_SHARE = 0.1;
export const LOST_MIN_EXPECTED = 5;

/**
 * Whether a day that should have been open holds next to nothing: an export that failed that day. A date the store
 * may close on (a fixed public holiday, a date closed every year, the config's closedDays) is a closure, not a hole.
 */
export function lostDay(actual: number, expected: number, date: string, closedEveryYear: ReadonlySet<string>, closedDays: readonly string[], zone?: string): boolean {
  if (!(expected >= LOST_MIN_EXPECTED) || actual >= LOST_DAY_SHARE * expected) return false;
  const md = date.slice(5);
  return !fixedHolidays(zone).has(md) && !closedEveryYear.has(md) && !closedByConfig(closedDays, date);
}

/** Dates as runs, e.g. "2025-11-24..2025-11-30, 2025-12-02". */
export function dateRuns(dates: Iterable<string>): string {
  const sorted = [...new Set(dates)].sort();
  const runs: Array<[string, string]> = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && addDays(last[1], 1) === d) last[1] = d;
    else runs.push([d, d]);
  }
  return runs.map(([a, b]) => (a === b ? a : `${a}..${b}`)).join(", ");
}

/** Last season's lost days and, per lost day, the channels that lost it and the days of this season aligned with it. */
export type LostLastSeason = Map<string, { channels: Set<string>; dates: Set<string> }>;

/** One line for all of last season's lost days: the forecast fell back, and the lead can re-export them. */
export function lostLastSeasonLine(lost: LostLastSeason, channels: readonly string[]): string[] {
  if (lost.size === 0) return [];
  const names = [...new Set([...lost.values()].flatMap((l) => [...l.channels]))].sort();
  const which = names.length === channels.length ? names.join(", ") : `${names.join(", ")} only`;
  const days = [...lost.keys()];
  const has = days.length === 1 ? "has" : "have";
  const aligned = dateRuns([...lost.values()].flatMap((l) => [...l.dates]));
  return [`last season's ${dateRuns(days)} ${has} no tickets in the export (${which}) although the store was open: read as missing, not as a day at 0, for ${aligned}; re-export ${days.length === 1 ? "that day" : "those days"} if the export failed`];
}

/**
 * Complete dates from `from` to `to` without a single ticket on any channel: a store whose every channel falls silent
 * at once lost the export, or closed; either way those days say nothing about how the season is tracking.
 */
export function emptyDates(histories: readonly ChannelHistory[], from: string, to: string): Set<string> {
  const out = new Set<string>();
  const first = histories[0];
  if (!first) return out;
  for (const d of first.days) {
    if (d.date < from || d.date > to || !d.complete) continue;
    if (histories.every((h) => (h.byDate.get(d.date)?.total ?? 0) === 0)) out.add(d.date);
  }
  return out;
}

/** One line naming the empty dates of the days seen where the forecast expected LOST_MIN_EXPECTED tickets or more. */
export function emptyTrackedLine(forecastOn: ReadonlyMap<string, number>): string[] {
  const open = [...forecastOn].filter(([, v]) => v >= LOST_MIN_EXPECTED);
  if (open.length === 0) return [];
  const total = Math.round(open.reduce((s, [, v]) => s + v, 0)).toLocaleString("en-US");
  return [`no tickets on any channel on ${dateRuns(open.map(([d]) => d))}, where ${total} were forecast: left out of the tracking ratio (an export that lost those days would scale the rest of the season down); if the store was open, check the export`];
}

/** The hours after an export's last one must hold at least this share of the weekday's tickets for the day to be unfinished. */
export const UNFINISHED_SHARE = 0.05;
/** Weeks of the same weekday the share is read from. */
const UNFINISHED_WEEKS = 8;

/**
 * Whether the history's last day was cut before the desk's day was over (an export pulled at 05:00 holding today's
 * first tickets): the hours after its last hour held UNFINISHED_SHARE or more of the same weekday's tickets over the
 * last 8 weeks, all channels together. A day that merely ends before midnight because the desk closes (no ticket
 * after 22:00) is done, as a day that runs to 23:00 is; the day is unfinished when nothing says otherwise.
 */
export function lastDayUnfinished(histories: readonly ChannelHistory[]): boolean {
  const first = histories[0];
  const last = first?.days[first.days.length - 1];
  if (!first || !last || last.complete) return false;
  const lastHod = last.hods[last.hods.length - 1] ?? 23;
  let after = 0;
  let total = 0;
  for (const d of first.days.slice(-7 * UNFINISHED_WEEKS - 1, -1)) {
    if (!d.complete || d.weekday !== last.weekday) continue;
    for (const h of histories) {
      const day = h.byDate.get(d.date);
      day?.counts.forEach((c, i) => {
        total += c;
        if ((day.hods[i] ?? 0) > lastHod) after += c;
      });
    }
  }
  return total > 0 ? after >= UNFINISHED_SHARE * total : true;
}

/** Days in a row without a ticket, at the end of the history, that make a channel silent: three full weeks. */
export const SILENT_DAYS = 21;
/** Days before the silence its usual volume is read from. */
const BEFORE_DAYS = 28;

/**
 * The date of a channel's last ticket when it has had none for the last SILENT_DAYS complete days or more, after
 * tickets in each of the four weeks before, whose volume would have put LOST_MIN_EXPECTED or more there (a phone line shut, or lost
 * from the export). closed.ts closes a channel only after 8 empty weeks, and regime.ts cuts a thin run only
 * behind the part it keeps: for five weeks a shut line was still staffed at its old level.
 */
export function silentSince(history: ChannelHistory): string | undefined {
  const days = history.days;
  let k = days.length - 1;
  let run = 0;
  for (; k >= 0 && (days[k]?.total ?? 0) === 0; k--) if (days[k]?.complete) run++;
  const lastTicket = days[k];
  if (!lastTicket || run < SILENT_DAYS) return undefined;
  const before = days.slice(Math.max(0, k + 1 - BEFORE_DAYS), k + 1);
  // Steady: tickets in each of the four weeks before. A burst of stray records (43 rows of an unknown channel on two
  // days) that stopped is not a line that shut.
  const weeks = [0, 1, 2, 3].map((w) => before.slice(before.length - 7 * (w + 1), before.length - 7 * w).reduce((sum, d) => sum + d.total, 0));
  if (before.length < BEFORE_DAYS || weeks.some((t) => t === 0)) return undefined;
  const rate = before.reduce((sum, d) => sum + d.total, 0) / before.length;
  return rate * run >= LOST_MIN_EXPECTED ? lastTicket.date : undefined;
}

/**
 * Any model, with a silent channel (silentSince) forecast 0 with a zero band (`closed`): a line that is shut is
 * not staffed, and one the export lost is named in a warning rather than quietly staffed at last month's level. Its
 * tracking is dropped, so its zeros do not scale the store's ratio.
 */
export function silenced(model: ForecastModel): ForecastModel {
  return {
    name: model.name,
    fit(history) {
      const inner = model.fit(history);
      const since = silentSince(history);
      if (since === undefined) return inner;
      const { tracking: _dropped, ...info } = inner.info ?? {};
      return {
        info: { ...info, silentSince: since },
        predict(hours, levels): Prediction {
          const q = inner.predict(hours, levels);
          const zero = (): number[] => q.mean.map(() => 0);
          const out: Prediction = { mean: zero(), median: zero(), bands: q.bands.map((b) => ({ level: b.level, lo: zero(), hi: zero() })), method: q.method.map(() => "closed") };
          if (q.daily) out.daily = q.daily.map(({ carried: _carried, ...d }) => ({ ...d, total: 0, sd: 0, method: "closed" }));
          return out;
        },
      };
    },
  };
}

/** The loud line for a silent channel. */
export function silentLine(channel: string, since: string): string {
  return `${channel}: no tickets since ${since}; forecast 0: if the line is open, check the export`;
}
