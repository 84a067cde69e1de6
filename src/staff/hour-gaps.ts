// Whether a forecast has a row for every clock hour and channel: peakplan's own forecast never leaves a gap.
/** One forecast row as the gap check sees it: its channel and the instant its clock hour starts. */
export interface HourSlot {
  channel: string;
  ms: number;
}

export interface HourGap {
  channel: string;
  /** start of the first missing hour */
  missingMs: number;
  /** consecutive hours missing for the channel from missingMs */
  hours: number;
  /** index of the row after the gap: the channel's next row, else the first row of any channel from the missing hour */
  afterIndex: number;
  /** every hour in the rows is a day or more from the next: a file of daily totals, not an hourly forecast */
  daily: boolean;
}

const HOUR = 3_600_000;
const DAILY_STEP = 23 * HOUR;

/**
 * The first hour (the earliest, then the channel seen first) some channel has no row for, between the rows' first
 * and last hour. A gap used to be staffed as an hour with no contacts, so a cut, hand-edited or foreign file (a day
 * deleted, daily totals at midnight) was planned at a fraction of its need without a word.
 */
export function firstHourGap(slots: readonly HourSlot[]): HourGap | undefined {
  const byChannel = new Map<string, Set<number>>();
  let first = Infinity;
  let last = -Infinity;
  for (const s of slots) {
    let set = byChannel.get(s.channel);
    if (!set) byChannel.set(s.channel, (set = new Set()));
    set.add(s.ms);
    first = Math.min(first, s.ms);
    last = Math.max(last, s.ms);
  }
  for (let t = first; t <= last; t += HOUR) {
    for (const [channel, set] of byChannel) {
      if (set.has(t)) continue;
      let hours = 1;
      while (t + hours * HOUR <= last && !set.has(t + hours * HOUR)) hours++;
      return { channel, missingMs: t, hours, afterIndex: rowAfter(slots, channel, t), daily: isDaily(slots) };
    }
  }
  return undefined;
}

function rowAfter(slots: readonly HourSlot[], channel: string, t: number): number {
  let best = -1;
  let bestAny = -1;
  slots.forEach((s, i) => {
    if (s.ms < t) return;
    if (s.channel === channel && (best < 0 || s.ms < (slots[best]?.ms ?? Infinity))) best = i;
    // A channel that stops before the file's last hour has no next row: point at the hour it lacks, in another channel.
    if (bestAny < 0 || s.ms < (slots[bestAny]?.ms ?? Infinity)) bestAny = i;
  });
  return best >= 0 ? best : bestAny;
}

function isDaily(slots: readonly HourSlot[]): boolean {
  const hours = [...new Set(slots.map((s) => s.ms))].sort((a, b) => a - b);
  return hours.length > 1 && hours.every((h, i) => i === 0 || h - (hours[i - 1] ?? h) >= DAILY_STEP);
}

/** The message for a gap, given the missing hour as text in the store zone; the caller adds the file and line. */
export function hourGapMessage(gap: HourGap, missingHour: string): string {
  if (gap.daily) return `no ${gap.channel} row for ${missingHour}: the file has one row per day; expected forecast.csv to be hourly, one row per clock hour and channel (daily totals would be staffed as if every contact came at midnight)`;
  const span = gap.hours === 1 ? "1 hour missing" : `${gap.hours} hours missing from there`;
  return `no ${gap.channel} row for ${missingHour} (${span}); expected one row per clock hour and channel from the file's first hour to its last, as peakplan forecast writes (a missing hour would be staffed as if no contact came)`;
}
