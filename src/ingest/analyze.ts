// The analysis a support lead starts with, computed from an ingested series and its summary (pure, no IO).
import type { HourlySeries, IngestSummary, SeriesChannel, SkipReason } from "./types.js";
import { addDays, weekdayOfDate } from "../time/dates.js";

export interface DayVolume {
  date: string;
  tickets: number;
}

export interface WeekRise {
  /** Monday of the week, YYYY-MM-DD */
  weekStart: string;
  /** mean tickets per day in that week (days present in the history) */
  perDay: number;
  /** rise over the pre-season baseline, e.g. 2.1 = +210 % */
  rise: number;
}

export interface SeasonRise {
  season: number;
  /** mean tickets per day, 1 September to 31 October of the season year (whatever of it the history holds) */
  baselinePerDay: number;
  baselineDays: number;
  weeks: WeekRise[];
  /** the highest weekly rise */
  peakRise: number;
}

export interface Analysis {
  zone: string;
  source: string;
  from: string;
  to: string;
  days: number;
  rows: { read: number; used: number; skipped: SkipReason[]; duplicates: number };
  dst: { gap: number; ambiguous: number };
  unknownChannels: Record<string, number>;
  totalTickets: number;
  meanPerDay: number;
  peakDays: DayVolume[];
  daily: DayVolume[];
  /** mean tickets in each hour of day (0-23) per weekday (1 = Monday ... 7 = Sunday) */
  hourByWeekday: number[][];
  busiestHours: Array<{ weekday: number; hour: number; meanTickets: number }>;
  channelMix: Array<{ channel: SeriesChannel; tickets: number; share: number }>;
  seasons: SeasonRise[];
}


export function analyze(series: HourlySeries, summary: IngestSummary, options: { peakDays?: number; busiestHours?: number } = {}): Analysis {
  const totals = series.hours.map((_, i) => series.channels.reduce((n, ch) => n + (series.counts.get(ch)?.[i] ?? 0), 0));
  const byDay = new Map<string, number>();
  const hourSums = Array.from({ length: 8 }, () => new Array<number>(24).fill(0));
  // How many of each (weekday, hour) the history holds, so a 25-hour day does not skew the mean.
  const hourSeen = Array.from({ length: 8 }, () => new Array<number>(24).fill(0));
  series.hours.forEach((key, i) => {
    const date = key.slice(0, 10);
    const hour = Number(key.slice(11, 13));
    const n = totals[i] ?? 0;
    byDay.set(date, (byDay.get(date) ?? 0) + n);
    const wd = weekdayOfDate(date);
    const sums = hourSums[wd] as number[];
    const seen = hourSeen[wd] as number[];
    sums[hour] = (sums[hour] ?? 0) + n;
    seen[hour] = (seen[hour] ?? 0) + 1;
  });
  const daily = [...byDay.entries()].map(([date, tickets]) => ({ date, tickets }));
  const totalTickets = daily.reduce((n, d) => n + d.tickets, 0);
  const hourByWeekday = [1, 2, 3, 4, 5, 6, 7].map((wd) =>
    (hourSums[wd] as number[]).map((s, h) => ((hourSeen[wd] as number[])[h] ? s / ((hourSeen[wd] as number[])[h] as number) : 0)),
  );
  const busiestHours = hourByWeekday
    .flatMap((row, k) => row.map((meanTickets, hour) => ({ weekday: k + 1, hour, meanTickets })))
    .filter((b) => b.meanTickets > 0)
    .sort((a, b) => b.meanTickets - a.meanTickets || a.weekday - b.weekday || a.hour - b.hour)
    .slice(0, options.busiestHours ?? 10);
  const channelMix = series.channels.map((channel) => {
    const tickets = (series.counts.get(channel) ?? []).reduce((a, b) => a + b, 0);
    return { channel, tickets, share: totalTickets > 0 ? tickets / totalTickets : 0 };
  });
  const peakDays = [...daily].sort((a, b) => b.tickets - a.tickets || a.date.localeCompare(b.date)).slice(0, options.peakDays ?? 10);
  const first = daily[0]?.date ?? "";
  const last = daily[daily.length - 1]?.date ?? "";
  return {
    zone: series.zone,
    source: summary.source,
    from: summary.firstTicket ?? first,
    to: summary.lastTicket ?? last,
    days: daily.length,
    rows: { read: summary.rowsRead, used: summary.rowsUsed, skipped: summary.skipped, duplicates: summary.duplicates },
    dst: { gap: summary.dstGap, ambiguous: summary.dstAmbiguous },
    unknownChannels: summary.unknownChannels,
    totalTickets,
    meanPerDay: daily.length > 0 ? totalTickets / daily.length : 0,
    peakDays,
    daily,
    hourByWeekday,
    busiestHours,
    channelMix,
    seasons: seasonRises(byDay),
  };
}

/**
 * For each season whose November to January the history holds (at least some of November and January), the rise
 * of each week from the week holding 1 November to the one holding 31 January, over the September-October baseline.
 */
export function seasonRises(byDay: ReadonlyMap<string, number>): SeasonRise[] {
  const dates = [...byDay.keys()].sort();
  const years = new Set(dates.filter((d) => d.slice(5, 7) === "11").map((d) => Number(d.slice(0, 4))));
  const out: SeasonRise[] = [];
  for (const year of [...years].sort()) {
    const hasJanuary = dates.some((d) => d.startsWith(`${year + 1}-01`));
    if (!hasJanuary) continue;
    const base = dates.filter((d) => d >= `${year}-09-01` && d <= `${year}-10-31`);
    if (base.length < 7) continue;
    const baselinePerDay = base.reduce((n, d) => n + (byDay.get(d) ?? 0), 0) / base.length;
    if (baselinePerDay <= 0) continue;
    const nov1 = `${year}-11-01`;
    let monday = addDays(nov1, 1 - weekdayOfDate(nov1));
    const weeks: WeekRise[] = [];
    while (monday <= `${year + 1}-01-31`) {
      const days = [0, 1, 2, 3, 4, 5, 6].map((k) => addDays(monday, k)).filter((d) => byDay.has(d));
      if (days.length > 0) {
        const perDay = days.reduce((n, d) => n + (byDay.get(d) ?? 0), 0) / days.length;
        weeks.push({ weekStart: monday, perDay, rise: perDay / baselinePerDay - 1 });
      }
      monday = addDays(monday, 7);
    }
    out.push({ season: year, baselinePerDay, baselineDays: base.length, weeks, peakRise: Math.max(...weeks.map((w) => w.rise)) });
  }
  return out;
}
