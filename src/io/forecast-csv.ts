// forecast.csv: written by `forecast`, read by `staff` (and `plan`); validated row by row with line numbers.
import { DateTime, FixedOffsetZone } from "luxon";
import { parseDecimal } from "../values.js";
import { InputError } from "../errors.js";
import { FORECAST_COLUMNS, type ForecastRow } from "../forecast/types.js";
import { firstHourGap, hourGapMessage } from "../staff/hour-gaps.js";
import { hourKey, isIsoWithOffset } from "../time/hours.js";
import { writeFileAtomic } from "./atomic.js";
import { readCsvTable, toCsv } from "./csv.js";
import { checkZoneOffsets, type HourLine } from "./zone-offsets.js";

/**
 * Numbers are written in full (JavaScript's shortest text that reads back to the same double), not rounded:
 * `staff` reads this file, and `plan` staffs the same rows in memory, so any rounding here made the two paths
 * disagree (10 agents against 9 in an hour whose need sat on a boundary).
 */
export function forecastToCsv(rows: readonly ForecastRow[]): string {
  return toCsv(
    FORECAST_COLUMNS,
    rows.map((r) => [r.hourStart, r.channel, r.volume, r.p10, r.p50, r.p90, r.event, r.method]),
  );
}

export async function writeForecastCsv(path: string, rows: readonly ForecastRow[]): Promise<void> {
  await writeFileAtomic(path, forecastToCsv(rows));
}

/**
 * Reads forecast.csv; only hour_start, channel and volume are required (p10..p90 default to volume). Given the zone
 * the hours will be judged in, the offsets must be that zone's (zone-offsets.ts), and every channel needs a row for
 * every clock hour from the file's first to its last (staff/hour-gaps.ts).
 */
export async function readForecastCsv(file: string, zone?: string): Promise<ForecastRow[]> {
  const table = await readCsvTable(file, ["hour_start", "channel", "volume"]);
  const rows: ForecastRow[] = [];
  const hours: HourLine[] = [];
  const seen = new Set<string>();
  for (const { line, values } of table.rows) {
    const hourStart = values.hour_start ?? "";
    if (!isIsoWithOffset(hourStart)) throw new InputError(file, line, `hour_start "${hourStart}"; expected ISO 8601 local time with offset, e.g. 2026-11-27T09:00+02:00`);
    const channel = values.channel ?? "";
    if (channel === "") throw new InputError(file, line, "channel is empty; expected a channel name such as chat or email");
    const key = `${hourStart}|${channel}`;
    if (seen.has(key)) throw new InputError(file, line, `hour ${hourStart} and channel ${channel} appear twice; expected one row per hour and channel`);
    seen.add(key);
    const volume = count(file, line, "volume", values.volume);
    const p10 = values.p10 ? count(file, line, "p10", values.p10) : volume;
    const p50 = values.p50 ? count(file, line, "p50", values.p50) : volume;
    const p90 = values.p90 ? count(file, line, "p90", values.p90) : volume;
    if (!(p10 <= p50 + 1e-9 && p50 <= p90 + 1e-9)) throw new InputError(file, line, `p10 ${p10}, p50 ${p50}, p90 ${p90}; expected p10 <= p50 <= p90`);
    rows.push({ hourStart, channel, volume, p10, p50, p90, event: values.event ?? "", method: values.method ?? "" });
    hours.push({ line, hourStart });
  }
  if (rows.length === 0) throw new InputError(file, 2, "no rows; expected one row per clock hour and channel");
  if (zone !== undefined) checkZoneOffsets(file, zone, hours);
  checkNoGaps(file, rows, hours, zone);
  return rows;
}

/** Exit 2 at the line after the first clock hour some channel has no row for, naming that hour. */
function checkNoGaps(file: string, rows: readonly ForecastRow[], hours: readonly HourLine[], zone: string | undefined): void {
  // Each hour repeats once per channel: parse it once. Without a zone (tests) the row's own offset is its clock.
  const parsed = new Map<string, DateTime>();
  const hourOf = (key: string): DateTime => {
    let dt = parsed.get(key);
    if (dt === undefined) {
      const own = DateTime.fromISO(key, { setZone: true });
      parsed.set(key, (dt = (zone === undefined ? own : own.setZone(zone)).startOf("hour")));
    }
    return dt;
  };
  const gap = firstHourGap(rows.map((r) => ({ channel: r.channel, ms: hourOf(r.hourStart).toMillis() })));
  if (gap === undefined) return;
  const after = hours[gap.afterIndex] ?? { line: undefined, hourStart: "" };
  const clock = zone ?? FixedOffsetZone.instance(hourOf(after.hourStart).offset);
  throw new InputError(file, after.line, hourGapMessage(gap, hourKey(DateTime.fromMillis(gap.missingMs, { zone: clock }))));
}

/** Most tickets one channel can get in one hour (README, "Hardening"): 1e12 made staff run until killed. */
export const MAX_HOURLY_VOLUME = 1_000_000;

function count(file: string, line: number, column: string, raw: string | undefined): number {
  const n = parseDecimal(raw ?? "");
  if (n === undefined || n < 0 || n > MAX_HOURLY_VOLUME) {
    throw new InputError(file, line, `${column} "${raw ?? ""}"; expected a non-negative number of tickets, at most ${MAX_HOURLY_VOLUME.toLocaleString("en-US")}`);
  }
  return n;
}
