// A guard on quoted cells, whatever their line breaks: one stray quote must not swallow the rest of a file.

/** Longest quoted cell any reader accepts, in characters (the same as the longest line: one row's worth). */
export const MAX_CELL_CHARS = 1_000_000;
/** A quoted cell over more lines than this is not a ticket's text but rows swallowed by a stray quote. */
export const MAX_CELL_LINES = 100;

export interface OpenCell {
  /** the physical line (1-based) where the cell's opening quote stands */
  line: number;
  chars: number;
}

/**
 * Follows the quote state of the raw text as it streams (a `"` toggles it; an escaped `""` toggles twice) and
 * calls `onTooLong` once when a quoted cell passes `limit` characters. Registered before papaparse's listener, it
 * trips after 1 MB of a runaway cell instead of letting the parser buffer (and re-scan) 80 MB of it.
 */
export function watchCellLength(stream: NodeJS.ReadableStream, onTooLong: (cell: OpenCell) => void, limit = MAX_CELL_CHARS): void {
  let inQuote = false;
  let run = 0;
  let line = 1;
  let openLine = 1;
  let tripped = false;
  stream.on("data", (chunk: string | Buffer) => {
    if (tripped) return;
    const text = typeof chunk === "string" ? chunk : chunk.toString("latin1");
    let at = 0;
    for (let q = text.indexOf('"'); q >= 0; q = text.indexOf('"', q + 1)) {
      const lines = countBreaks(text, at, q);
      if (inQuote) run += q - at;
      else {
        openLine = line + lines;
        run = 0;
      }
      line += lines;
      at = q + 1;
      inQuote = !inQuote;
    }
    line += countBreaks(text, at, text.length);
    if (inQuote) run += text.length - at;
    if (inQuote && run > limit) {
      tripped = true;
      onTooLong({ line: openLine, chars: run });
    }
  });
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** The one-line message for a cell that ran past MAX_CELL_CHARS. */
export function runawayCellMessage(cell: OpenCell): string {
  return `a quoted cell opened on this line runs past ${MAX_CELL_CHARS.toLocaleString("en-US")} characters (a stray " ?); expected a closing quote within the row`;
}

/** Line breaks in the longest-spanning cell of a row: above MAX_CELL_LINES the row swallowed the rows after it. */
export function cellLineSpan(cells: readonly string[]): number {
  let most = 0;
  for (const cell of cells) {
    let n = 0;
    for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) n++;
    if (n > most) most = n;
  }
  return most;
}
