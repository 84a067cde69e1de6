// The header step of ingestion: the first non-blank row names the time, channel and id columns.
import { InputError } from "../errors.js";
import { NOT_UTF8 } from "../io/csv.js";
import { ALL_SLOT, SLOTS } from "./bucket.js";
import { ChannelMapper } from "./channels.js";
import { detectColumns, type ColumnChoice } from "./columns.js";
import type { IngestOptions } from "./types.js";

export interface HeaderInfo {
  header: string[];
  width: number;
  cols: ColumnChoice;
  mapper: ChannelMapper;
}

/** Reads the header row into the column choice, or throws the one-line reason it cannot be used. */
export function readHeader(file: string, cells: string[], line: number, options: IngestOptions, sawBadByte: boolean): HeaderInfo {
  if (sawBadByte && cells.some((c) => c.includes("\uFFFD"))) throw new InputError(file, line, `the header ${NOT_UTF8}`);
  const found = detectColumns(cells, { timeColumn: options.timeColumn, channelColumn: options.channelColumn, idColumn: options.idColumn, countColumn: options.countColumn });
  if ("missing" in found) throw new InputError(file, line, found.missing);
  const mapper = new ChannelMapper(found.source, SLOTS.slice(0, ALL_SLOT) as never, options.channelMap);
  return { header: cells, width: cells.length, cols: found, mapper };
}

export function isBlank(cells: string[]): boolean {
  if (cells.length === 1) return (cells[0] ?? "").trim() === "";
  if ((cells[0] ?? "") !== "") return false;
  return cells.every((c) => c.trim() === "");
}
