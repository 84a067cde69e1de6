// The config's `ingest` section: how a help-desk export is read, and when the run stops rather than guess.
import { CHANNELS, type Channel } from "./types.js";
import type { Validator } from "./validator.js";

export interface IngestSettings {
  timeColumn?: string;
  channelColumn?: string;
  /** the ticket-id column, or "none" to count every row: rows repeating an id are counted once */
  idColumn?: string;
  /** the column of tickets per row in an aggregated report, or "none": each row is one ticket (detected when absent) */
  countColumn?: string;
  dateFormat?: string;
  /** share of rows whose timestamp may fail before the file is refused */
  maxBadRowShare: number;
  /** raw channel value -> channel, applied before the built-in names, case and accents ignored */
  channelMap: Record<string, Channel>;
  /** share of tickets whose channel value may be unknown before the run stops (exit 2) */
  maxOtherShare: number;
  /** an export without a channel column is meant to be planned as one channel: `plan` does not stop (exit 3) */
  singleChannel: boolean;
  /** a date-only export is spread over the intraday profile instead of being refused */
  spreadDays: boolean;
}

const KEYS = ["$comment", "timeColumn", "channelColumn", "idColumn", "countColumn", "dateFormat", "maxBadRowShare", "channelMap", "maxOtherShare", "singleChannel", "spreadDays"];

export function applyIngest(target: IngestSettings, v: Validator, raw: unknown): void {
  const s = v.object(raw, "ingest");
  v.keys(s, "ingest", KEYS);
  if (s.timeColumn !== undefined) target.timeColumn = v.string(s.timeColumn, "ingest.timeColumn");
  if (s.channelColumn !== undefined) target.channelColumn = v.string(s.channelColumn, "ingest.channelColumn");
  if (s.idColumn !== undefined) target.idColumn = v.string(s.idColumn, "ingest.idColumn");
  if (s.countColumn !== undefined) target.countColumn = v.string(s.countColumn, "ingest.countColumn");
  if (s.dateFormat !== undefined) target.dateFormat = v.string(s.dateFormat, "ingest.dateFormat");
  if (s.maxBadRowShare !== undefined) target.maxBadRowShare = v.number(s.maxBadRowShare, "ingest.maxBadRowShare", 0, 1);
  if (s.maxOtherShare !== undefined) target.maxOtherShare = v.number(s.maxOtherShare, "ingest.maxOtherShare", 0, 1);
  if (s.singleChannel !== undefined) target.singleChannel = v.boolean(s.singleChannel, "ingest.singleChannel");
  if (s.spreadDays !== undefined) target.spreadDays = v.boolean(s.spreadDays, "ingest.spreadDays");
  if (s.channelMap !== undefined) {
    const map = v.object(s.channelMap, "ingest.channelMap");
    const out: Record<string, Channel> = {};
    for (const [rawValue, channel] of Object.entries(map)) {
      if (rawValue === "$comment") continue;
      out[rawValue] = v.oneOf(channel, `ingest.channelMap.${rawValue}`, CHANNELS);
    }
    target.channelMap = out;
  }
}
