// CSV for the tool's own small files (forecast, requirements, agents, roster): read with line numbers, write safely.
import { createReadStream, promises as fs } from "node:fs";
import Papa from "papaparse";
import { InputError } from "../errors.js";
import { writeFileAtomic } from "./atomic.js";

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
  const header: string[] = [];
  const rows: CsvRow[] = [];
  let line = 1;
  let failure: InputError | undefined;
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file, { encoding: "utf8" });
    stream.on("error", reject);
    Papa.parse<string[]>(stream, {
      header: false,
      skipEmptyLines: false,
      step: (result, parser) => {
        const data = result.data;
        const startLine = line;
        line += countNewlines(data);
        line += 1;
        if (data.length === 1 && data[0]?.trim() === "") return; // blank line
        if (header.length === 0) {
          for (const cell of data) header.push(stripBom(cell).trim().toLowerCase());
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
        const values: Record<string, string> = {};
        header.forEach((name, i) => {
          values[name] = (data[i] ?? "").trim();
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

/** Fails with exit 2 unless `file` is an existing, readable regular file. */
export async function assertReadableFile(file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new InputError(file, undefined, "no such file; expected an existing file");
  }
  if (stat.isDirectory()) throw new InputError(file, undefined, "is a folder; expected a file");
  try {
    await fs.access(file, fs.constants.R_OK);
  } catch {
    throw new InputError(file, undefined, "is not readable; expected a file this user can read");
  }
}

/** A cell a spreadsheet would run as a formula gets the usual leading apostrophe. */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type Cell = string | number | null | undefined;

/**
 * Renders rows as CSV. Numbers are written as given; text cells are neutralised against formula
 * injection, except in columns listed as `trusted` (values the tool made itself, e.g. "-0.5" or an offset).
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<Cell>>, trusted: ReadonlySet<string> = new Set()): string {
  const lines = [header.map(quote).join(",")];
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
