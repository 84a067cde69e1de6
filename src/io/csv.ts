// CSV for the tool's own small files (forecast, requirements, agents, roster): read with line numbers, write safely.
import { createReadStream, promises as fs } from "node:fs";
import Papa from "papaparse";
import { InputError } from "../errors.js";
import { writeFileAtomic } from "./atomic.js";
import { MAX_CELL_LINES, runawayCellMessage, watchCellLength } from "./cell-guard.js";

export interface CsvRow {
  /** 1-based line in the file where the row starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/**
 * Reads a small, tool-shaped CSV (comma, semicolon or tab) fully into memory with line numbers.
 * Header names are trimmed and lower-cased; `required` columns must be present.
 */
export async function readCsvTable(file: string, required: readonly string[] = []): Promise<CsvTable> {
  await assertReadableFile(file);
  await assertUtf8Text(file);
  const header: string[] = [];
  const rows: CsvRow[] = [];
  let line = 1;
  let failure: InputError | undefined;
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file, { encoding: "utf8" });
    stream.on("error", reject);
    // Rows before the over-long line have all been parsed when it trips, so `line` is the long line's number.
    guardCsvStream(stream, file, () => line, "row", (error) => {
      failure ??= error;
      stream.destroy();
      resolve();
    });
    Papa.parse<string[]>(stream, {
      header: false,
      skipEmptyLines: false,
      step: (result, parser) => {
        if (failure) return;
        const data = result.data;
        const startLine = line;
        line += countNewlines(data);
        line += 1;
        if (line - startLine - 1 > MAX_CELL_LINES) {
          failure = new InputError(file, startLine, `a quoted cell runs over ${line - startLine} lines (a stray " ?); expected a closing quote within the row`);
          parser.abort();
          return;
        }
        if (data.length === 1 && data[0]?.trim() === "") return; // blank line
        if (header.length === 0) {
          if (data.some((c) => c.includes("\uFFFD"))) {
            failure = new InputError(file, startLine, NOT_UTF8);
            parser.abort();
            return;
          }
          for (const cell of data) header.push(restoreCell(stripBom(cell).trim()).toLowerCase());
          const missing = required.filter((name) => !header.includes(name));
          if (missing.length > 0) {
            failure = new InputError(file, 1, `missing column ${missing.join(", ")}; expected a header with ${required.join(",")}`);
            parser.abort();
          }
          return;
        }
        if (result.errors.some((e) => e.code === "MissingQuotes")) {
          failure = new InputError(file, startLine, "a quote is left open; expected a closing quote on the row");
          parser.abort();
          return;
        }
        if (data.length > header.length && data.slice(header.length).some((c) => c.trim() !== "")) {
          failure = new InputError(file, startLine, `${data.length} fields; expected ${header.length} as in the header`);
          parser.abort();
          return;
        }
        // A short row is a file cut off mid-write or a cell lost in an edit: reading the rest as empty would guess.
        if (data.length < header.length) {
          failure = new InputError(file, startLine, `${data.length} fields; expected ${header.length} as in the header (a truncated row?)`);
          parser.abort();
          return;
        }
        if (data.some((c) => c.includes("\uFFFD"))) {
          failure = new InputError(file, startLine, NOT_UTF8);
          parser.abort();
          return;
        }
        const values: Record<string, string> = {};
        header.forEach((name, i) => {
          values[name] = restoreCell((data[i] ?? "").trim());
        });
        rows.push({ line: startLine, values });
      },
      complete: () => resolve(),
      error: (err) => reject(err),
    });
  });
  if (failure) throw failure;
  if (header.length === 0) throw new InputError(file, 1, "the file is empty; expected a header row");
  return { file, header, rows };
}

function countNewlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10) n++;
  return n;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Longest physical line any reader accepts: a longer one is a broken export, and holding it would cost memory. */
export const MAX_LINE_CHARS = 1_000_000;

export const NOT_UTF8 = "holds bytes that are not UTF-8 (Latin-1 or Windows-1252?); expected UTF-8 text: save it as \"CSV UTF-8\"";

/**
 * Calls `onTooLong` once when a run of characters without a line break exceeds MAX_LINE_CHARS. Registered before
 * papaparse's listener, it sees each chunk first, so a 300 MB line fails after 1 MB instead of being buffered whole.
 */
export function watchLineLength(stream: NodeJS.ReadableStream, onTooLong: () => void, limit = MAX_LINE_CHARS): void {
  let run = 0;
  let tripped = false;
  stream.on("data", (chunk: string | Buffer) => {
    if (tripped) return;
    const text = typeof chunk === "string" ? chunk : chunk.toString("latin1");
    const last = text.lastIndexOf("\n");
    if (last < 0) run += text.length;
    else {
      // Only the stretch after the last break carries over; a long line wholly inside one chunk is caught below.
      if (run + text.indexOf("\n") > limit) run = limit + 1;
      else run = text.length - last - 1;
      if (run <= limit && last > limit && longestLine(text) > limit) run = limit + 1;
    }
    if (run > limit) {
      tripped = true;
      onTooLong();
    }
  });
}

/**
 * Both size guards on a CSV stream: a physical line over MAX_LINE_CHARS, and a quoted cell that runs on whatever its
 * line breaks. `stop` gets the one-line error (the line from `currentLine()`, or where the runaway quote opened);
 * `unit` says what one line should hold ("ticket", "row").
 */
export function guardCsvStream(stream: NodeJS.ReadableStream, file: string, currentLine: () => number, unit: string, stop: (error: InputError) => void): void {
  watchLineLength(stream, () => stop(new InputError(file, currentLine(), `is longer than ${MAX_LINE_CHARS.toLocaleString("en-US")} characters; expected one ${unit} per line`)));
  watchCellLength(stream, (cell) => stop(new InputError(file, cell.line, runawayCellMessage(cell))));
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    longest = Math.max(longest, i - start);
    start = i + 1;
  }
  return Math.max(longest, text.length - start);
}

/** UTF-16 (what Excel's "Unicode text" saves) and binary files are refused before parsing, with a clear reason. */
export async function assertUtf8Text(file: string): Promise<void> {
  assertTextHead(file, await readHead(file, 4096));
}

/** The first `bytes` bytes of a file (fewer when it is shorter). */
export async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await fs.open(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Refuses UTF-16 and binary heads with the reason a lead can act on (how to save the file instead). */
export function assertTextHead(file: string, head: Buffer): void {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new InputError(file, 1, "is UTF-16 text (Excel's \"Unicode text\"?); expected UTF-8: save it as \"CSV UTF-8\"");
  }
  if (looksBinary(head)) throw new InputError(file, 1, "looks binary (a spreadsheet or archive?); expected a CSV text file, saved as CSV UTF-8");
}

/** NUL bytes, or many control characters, do not occur in a CSV text file (UTF-16 files have NULs too). */
export function looksBinary(head: Buffer): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > Math.max(8, head.length * 0.01);
}

/** Fails with exit 2 unless `file` is an existing, readable regular file. */
export async function assertReadableFile(file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new InputError(file, undefined, "no such file; expected an existing file");
  }
  if (stat.isDirectory()) throw new InputError(file, undefined, "is a folder; expected a file");
  // A FIFO or device would block the read forever or never end; only a regular file has an end to reach.
  if (!stat.isFile()) throw new InputError(file, undefined, "is not a regular file (a pipe, socket or device); expected a file");
  try {
    await fs.access(file, fs.constants.R_OK);
  } catch {
    throw new InputError(file, undefined, "is not readable; expected a file this user can read");
  }
}

/**
 * A cell a spreadsheet would run as a formula gets the usual leading apostrophe (OWASP "CSV Injection"). A value
 * that already starts with apostrophes before such a character gets one more, so `restoreCell` can undo exactly
 * one and every value reads back as written: `+358…` -> `'+358…` -> `+358…`, and `'=x` -> `''=x` -> `'=x`.
 */
export function neutralizeCell(value: string): string {
  return FORMULA_LEAD.test(value) ? `'${value}` : value;
}

/** The reading side of `neutralizeCell`: drops the one apostrophe the writer added. */
export function restoreCell(value: string): string {
  return value.charCodeAt(0) === 39 && FORMULA_LEAD.test(value) ? value.slice(1) : value;
}

const FORMULA_LEAD = /^'*[=+\-@\t\r]/;

export type Cell = string | number | null | undefined;

/**
 * Renders rows as CSV. Numbers are written as given; text cells are neutralised against formula
 * injection, except in columns listed as `trusted` (values the tool made itself, e.g. "-0.5" or an offset).
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<Cell>>, trusted: ReadonlySet<string> = new Set()): string {
  // Header names can come from input too (requirements.csv has a column per forecast channel).
  const lines = [header.map((name) => quote(neutralizeCell(name))).join(",")];
  for (const row of rows) {
    lines.push(
      row
        .map((cell, i) => {
          if (cell === null || cell === undefined) return "";
          if (typeof cell === "number") return String(cell);
          const name = header[i] ?? "";
          return quote(trusted.has(name) ? cell : neutralizeCell(cell));
        })
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

function quote(value: string): string {
  return /[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export async function writeCsv(
  path: string,
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  trusted?: ReadonlySet<string>,
): Promise<void> {
  await writeFileAtomic(path, toCsv(header, rows, trusted));
}
