// The date format of an export's time column, chosen from its first rows: detected, or the user's luxon format;
// a date without a time of day is refused unless spreadDays asks to spread each day.
import { InputError } from "../errors.js";
import { ZoneClock } from "./clock.js";
import {
  builtInParser,
  builtInWall,
  dayParser,
  datesInDisguise,
  detectDateFormat,
  formatHasTime,
  luxonParser,
  luxonWall,
  type TimestampParser,
} from "./date-detect.js";
import { FORMAT_LABELS } from "./dates.js";

/** A data row held back while the date format is chosen, with its 1-based line. */
export interface Pending {
  cells: string[];
  line: number;
}

/** The option that spreads date-only rows over the intraday profile, named in the refusal. */
export const SPREAD_OPTION = "--spread-days (ingest.spreadDays in the config)";

/** Day and month the sampled values cannot tell apart: the reader may look further down the file before giving up. */
export class AmbiguousDatesError extends InputError {}

/** What chooseParser is told besides the samples. */
export interface ParserOptions {
  /** the user's --date-format (luxon tokens) */
  dateFormat?: string;
  /** spread date-only rows over the intraday profile instead of refusing them */
  spreadDays?: boolean;
  /** the time column's header names a zone (header-zone.ts): naive times are read there (values with an offset keep theirs) */
  headerZone?: { clock: ZoneClock; label: string };
}

/** The summary's date format with a header zone's label: "ISO 8601 (offset or Z exact, naive times read as UTC, from the header)". */
export function headerZoneLabel(label: string, naive: string): string {
  return label.includes("naive in the store zone") ? label.replace("naive in the store zone", naive) : `${label} (${naive})`;
}

export type ChosenParser = TimestampParser & { dateOnly?: boolean };

/** A date-only read's label: "dd.MM.yyyy HH:mm" becomes "dd.MM.yyyy, dates only, each day spread over the day". */
export function dayLabel(label: string): string {
  return `${label.replace(/ HH[:.]mm(:ss)?$/, "")}, dates only, each day spread over the day`;
}

/** Chooses the timestamp parser: the user's luxon format, else the one detected from `samples` (with their lines). */
export function chooseParser(file: string, sampled: readonly Pending[], time: number, clock: ZoneClock, options: ParserOptions = {}): ChosenParser {
  const samples = sampled.map((p) => p.cells[time] ?? "");
  const firstLine = sampled[0]?.line ?? 2;
  // A date without a time of day, however it came to be, stops the run unless spreadDays asks to spread each day.
  const refuseUnlessSpread = (value: string, why = ""): void => {
    if (options.spreadDays) return;
    throw new InputError(file, firstLine, `"${value}" is a date without a time of day${why}, and peakplan plans by the hour; expected timestamps with a time, or ${SPREAD_OPTION} to spread each day's tickets over the intraday profile`);
  };
  // The label says what was read: the date part of the format, each day spread (not "HH:mm", which it never had).
  const days = (wall: (text: string) => number, label: string): ChosenParser => ({ ...dayParser(wall, dayLabel(label), clock), dateOnly: true });
  const atMidnight = (wall: (text: string) => number, label: string): ChosenParser | undefined => {
    const hit = datesInDisguise(samples.map(wall));
    if (!hit) return undefined;
    refuseUnlessSpread(samples[0] ?? "", ` (${hit.midnight} of ${hit.read} sampled times are 00:00:00)`);
    return days(wall, label);
  };
  // Naive times are wall times of the store zone, or of the zone the header names (UTC, Europe/Stockholm, CET).
  const hz = options.headerZone;
  const naive = hz ? hz.clock : clock;
  const inHeaderZone = (parser: TimestampParser): TimestampParser => (hz ? { ...parser, label: headerZoneLabel(parser.label, hz.label) } : parser);
  const { dateFormat } = options;
  if (dateFormat !== undefined && dateFormat !== "") {
    const wall = luxonWall(dateFormat);
    if (formatHasTime(dateFormat) || samples.length === 0) return atMidnight(wall, dateFormat) ?? inHeaderZone(luxonParser(dateFormat, naive));
    refuseUnlessSpread(samples[0] ?? "");
    return days(wall, dateFormat);
  }
  if (samples.length === 0) return { label: "(none)", parse: () => Number.NaN, lastOffset: () => null };
  const found = detectDateFormat(samples);
  if ("dateOnly" in found) {
    refuseUnlessSpread(found.dateOnly);
    // The detector chooses a format only for values with a time: day and month are told apart with one added.
    const again = detectDateFormat(samples.map((v) => `${v.trim()} 00:00`));
    if ("format" in again) return days(builtInWall(again.format), FORMAT_LABELS[again.format]);
    throw new InputError(file, firstLine, `"${found.dateOnly}" could be day/month or month/day; expected --date-format, e.g. "dd/MM/yyyy" or "MM/dd/yyyy"`);
  }
  if ("mixed" in found) {
    const at = sampled[found.index];
    const kinds = found.mixed.map((f) => FORMAT_LABELS[f]).join("; ");
    throw new InputError(file, at?.line ?? firstLine, `"${(at?.cells[time] ?? "").slice(0, 60)}": timestamps in several formats (${kinds}); expected one format throughout the file`);
  }
  if ("ambiguous" in found) {
    throw new AmbiguousDatesError(file, firstLine, `"${found.ambiguous}" could be day/month or month/day; expected --date-format, e.g. "dd/MM/yyyy HH:mm" or "MM/dd/yyyy HH:mm"`);
  }
  if ("unknown" in found) {
    throw new InputError(file, firstLine, `"${found.unknown}" is not a timestamp format peakplan detects; expected ISO 8601, dd.MM.yyyy HH:mm, or --date-format with luxon tokens`);
  }
  const asDays = atMidnight(builtInWall(found.format), FORMAT_LABELS[found.format]);
  if (asDays) return asDays;
  // Epochs and Twitter times always carry their zone: nothing naive to read in the header's zone.
  const carriesZone = found.format === "twitter" || found.format.startsWith("unix");
  return carriesZone ? builtInParser(found.format, naive) : inHeaderZone(builtInParser(found.format, naive));
}
