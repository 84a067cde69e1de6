// What ingestion hands the rest of the tool: an hourly series per channel, and what it skipped and why.
import type { Channel } from "../config/types.js";

/** Channel of a series: a normalised channel, or "all" when the export has no channel column. */
export type SeriesChannel = Channel | "all";

export interface HourlySeries {
  zone: string;
  /** contiguous clock-hour starts (see time/hours.ts hourKey), from the first ticket's hour to the last's */
  hours: string[];
  /** channels present, in a stable order */
  channels: SeriesChannel[];
  /** per channel, tickets per hour aligned with `hours` */
  counts: Map<SeriesChannel, number[]>;
}

export interface SkipReason {
  reason: string;
  count: number;
  /** first few 1-based line numbers */
  firstLines: number[];
}

export interface IngestSummary {
  file: string;
  /** detected help desk, e.g. "zendesk", or "generic" */
  source: string;
  delimiter: string;
  timeColumn: string;
  /** a time-of-day column read together with the date column (timeColumn then reads "Date + Time") */
  timeOfDayColumn?: string;
  channelColumn?: string;
  idColumn?: string;
  /** the column read as tickets per row (an aggregated report), and the tickets those rows held */
  countColumn?: string;
  tickets?: number;
  dateFormat: string;
  rowsRead: number;
  rowsUsed: number;
  duplicates: number;
  skipped: SkipReason[];
  /** local times that did not exist (spring forward) or were ambiguous (fall back), resolved by the rule in README */
  dstGap: number;
  dstAmbiguous: number;
  /** raw channel values mapped to "other", with counts */
  unknownChannels: Record<string, number>;
  /** raw channel values read by the words in them (a guess), with the channel each became */
  guessedChannels?: Record<string, string>;
  firstTicket?: string;
  lastTicket?: string;
  /** timestamps that carried an offset, and how many of those disagree with the store zone's offset then */
  offsets?: { carried: number; mismatched: number; zone: string; fittingZone?: string; utc?: boolean };
  /** true when the export held dates only and each day was spread over the intraday profile (spreadDays) */
  spreadDays?: boolean;
  /** the zone (other than UTC and the store's) the time column's header named, in which naive times were read */
  headerZone?: string;
  /** set when the file was not UTF-8 and was read as this single-byte encoding (sniff.ts) */
  encoding?: "windows-1252";
  /** ids Excel wrote in scientific notation ("1,50207E+11"): kept out of the dedupe, every such row counted */
  damagedIds?: { count: number; firstLines: number[]; example: string };
}

export interface IngestOptions {
  zone: string;
  timeColumn?: string;
  channelColumn?: string;
  /** the ticket-id column by name, or "none" for no id column (ingest.idColumn) */
  idColumn?: string;
  /** the column of tickets per row (ingest.countColumn), or "none"; detected from the header when absent */
  countColumn?: string;
  dateFormat?: string;
  /** raw channel value -> channel, applied before the built-in names (case and accents ignored) */
  channelMap?: Record<string, Channel>;
  /** share of used tickets whose channel value may be unknown before the run stops (default 0.05) */
  maxOtherShare?: number;
  /** spread date-only rows over the intraday profile instead of refusing them */
  spreadDays?: boolean;
  /** share of rows whose timestamp may fail before the file is refused (default 0.01) */
  maxBadRowShare?: number;
  /** "now" in ms, for the future-time check (default Date.now()); tests pin it */
  now?: number;
  /** called now and then with bytes read, for progress on a terminal */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export interface IngestResult {
  series: HourlySeries;
  summary: IngestSummary;
}
