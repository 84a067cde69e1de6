// Whether the offsets a plan file (forecast.csv, requirements.csv) carries are the store zone's, for every reader.
import { DateTime, IANAZone } from "luxon";
import { InputError } from "../errors.js";
import { zoneFitting } from "../ingest/zone-guess.js";
import { offsetText } from "../time/hours.js";

/** One hour_start as read, with the line it came from. */
export interface HourLine {
  line: number;
  hourStart: string;
}

/**
 * Exit 2 on the first hour_start whose offset the zone in use does not have at that instant. The hours are judged
 * (support hours, closed days, shifts) on the zone's clock, so a forecast made with --tz Europe/London and staffed
 * in Europe/Helsinki would put London's 20:00 at 22:00, after closing, and plan no agent for it without a word.
 * The message names a zone that fits the file's offsets (sampled where they change, so across a DST change too).
 */
export function checkZoneOffsets(file: string, zone: string, hours: readonly HourLine[]): void {
  const clock = IANAZone.create(zone);
  const samples: Array<[number, number]> = [];
  let previous: string | undefined;
  let lastOffset: number | undefined;
  let first: { at: HourLine; offset: number; ms: number } | undefined;
  for (const at of hours) {
    // forecast.csv repeats each hour once per channel: parse each hour once.
    if (at.hourStart === previous) continue;
    previous = at.hourStart;
    const dt = DateTime.fromISO(at.hourStart, { setZone: true });
    const ms = dt.toMillis();
    const fits = clock.offset(ms) === dt.offset;
    if (dt.offset !== lastOffset || (!fits && first === undefined)) samples.push([ms, dt.offset]);
    lastOffset = dt.offset;
    if (!fits && first === undefined) first = { at, offset: dt.offset, ms };
  }
  if (first === undefined) return;
  const fitting = zoneFitting(samples);
  const fix = IANAZone.isValidZone(fitting) ? `--tz ${fitting} (or "timezone": "${fitting}" in the config)` : "--tz (or \"timezone\" in the config) set to the zone the file was made in";
  throw new InputError(
    file,
    first.at.line,
    `hour_start ${first.at.hourStart} carries offset ${offsetText(first.offset)}, which ${zone} (the zone in use) does not have then (${offsetText(clock.offset(first.ms))}); the file's offsets fit ${fitting}: expected ${fix}`,
  );
}
