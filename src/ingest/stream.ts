// Streams a CSV file through papaparse row by row with 1-based line numbers, never holding the file as text.
import { createReadStream } from "node:fs";
import { Transform, type Readable } from "node:stream";
import Papa from "papaparse";
import { InputError } from "../errors.js";
import { guardCsvStream } from "../io/csv.js";

export interface StreamedFile {
  /** true once a U+FFFD (bytes that were not UTF-8) was seen in the text streamed so far */
  readonly sawBadByte: () => boolean;
  /** physical lines the current row spans (1 unless a quoted cell holds line breaks) */
  readonly rowLines: () => number;
}

/**
 * Calls `onRow(cells, line)` for every row; the first cell of the first row loses its BOM. An error thrown by
 * `onRow` stops the stream and is rethrown (an InputError as is, anything else as "could not be read").
 */
export async function streamRows(
  file: string,
  delimiter: string,
  onRow: (cells: string[], line: number, stream: StreamedFile) => void,
  onProgress?: (bytesRead: number) => void,
  encoding: "utf-8" | "windows-1252" = "utf-8",
): Promise<void> {
  let sawQuote = false;
  /** Characters streamed so far, where the last quote among them stands, and where papaparse's parsed rows end. */
  let charsRead = 0;
  let lastQuoteAt = -1;
  let parsedTo = 0;
  let badByte = false;
  let line = 1;
  let failure: InputError | undefined;
  let rowLines = 1;
  const state: StreamedFile = { sawBadByte: () => badByte, rowLines: () => rowLines };
  await new Promise<void>((resolve, reject) => {
    // Small chunks keep each parsed batch in the young generation: 1 MB chunks made the GC twice as costly.
    const bytes = createReadStream(file, encoding === "utf-8" ? { encoding: "utf8", highWaterMark: 64 * 1024 } : { highWaterMark: 64 * 1024 });
    const stream = encoding === "utf-8" ? bytes : decoded(bytes, encoding);
    bytes.on("error", reject);
    stream.on("error", reject);
    // Registered before papaparse's own listener, so it sees each chunk first: it notes where the last quote so far
    // stands, so rows parsed from text without one skip the count of line breaks inside cells.
    stream.on("data", (chunk: string) => {
      // indexOf first: V8's lastIndexOf scans ~7x slower, and most chunks hold no quote at all.
      if (chunk.indexOf('"') >= 0) {
        sawQuote = true;
        lastQuoteAt = charsRead + chunk.lastIndexOf('"');
      }
      charsRead += chunk.length;
      if (!badByte && chunk.indexOf("\uFFFD") >= 0) badByte = true;
    });
    // Rows before an over-long line are all parsed when it trips, so `line` is that line's number; a quoted cell is
    // held to the same size whatever its line breaks (an 80 MB cell cost 37 s and 0.85 GB).
    guardCsvStream(stream, file, () => line, "ticket", (error) => {
      failure ??= error;
      stream.destroy();
      bytes.destroy();
      resolve();
    });
    let firstChunk = true;
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter,
      header: false,
      skipEmptyLines: false,
      chunk: (results, papa) => {
        if (failure) return;
        try {
          const rows = results.data;
          const broken = results.errors.length === 0 ? undefined : new Set(results.errors.filter((e) => e.code === "MissingQuotes").map((e) => e.row));
          // These rows are the text from `parsedTo` to the new cursor. With "\n" line ends only a quoted cell can hold
          // a break, so text without a quote needs no count; other line ends keep the count once any quote was seen.
          const countBreaks = results.meta.linebreak === "\n" ? lastQuoteAt >= parsedTo : sawQuote;
          parsedTo = results.meta.cursor;
          for (let i = 0; i < rows.length; i++) {
            const cells = rows[i] as string[];
            if (firstChunk && i === 0 && cells[0] !== undefined) cells[0] = cells[0].replace(/^\uFEFF/, "");
            const rowLine = line;
            line += countBreaks ? 1 + newlinesIn(cells) : 1;
            rowLines = line - rowLine;
            if (broken?.has(i)) throw new InputError(file, rowLine, "a quote is opened and never closed; expected a closing quote");
            onRow(cells, rowLine, state);
          }
          firstChunk = false;
          onProgress?.(bytes.bytesRead);
        } catch (error) {
          failure = error instanceof InputError ? error : new InputError(file, line, `could not be read (${String(error)})`);
          papa.abort();
          stream.destroy();
          bytes.destroy();
          resolve();
        }
      },
      complete: () => resolve(),
      error: (err: Error) => reject(err),
    });
  });
  if (failure) throw failure;
}

/** The file's bytes as text in a single-byte encoding: each chunk decodes alone, no character spans two. */
function decoded(bytes: Readable, encoding: string): Readable {
  const decoder = new TextDecoder(encoding);
  const text = new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
  });
  text.setEncoding("utf8");
  return bytes.pipe(text);
}

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    let i = cell.indexOf("\n");
    while (i >= 0) {
      n++;
      i = cell.indexOf("\n", i + 1);
    }
  }
  return n;
}
