// A look at the first bytes of an export before streaming it: empty, binary, and which delimiter it uses.
import { promises as fs } from "node:fs";
import { InputError } from "../errors.js";

const HEAD_BYTES = 64 * 1024;

export interface Sniffed {
  delimiter: string;
}

export async function sniffFile(file: string, size: number): Promise<Sniffed> {
  if (size === 0) throw new InputError(file, 1, "the file is empty; expected a CSV export with a header row");
  const handle = await fs.open(file, "r");
  let head: Buffer;
  try {
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, size));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new InputError(file, 1, "is UTF-16 text (Excel's \"Unicode text\"?); expected UTF-8: save it as \"CSV UTF-8\"");
  }
  if (looksBinary(head)) {
    throw new InputError(file, 1, "looks binary (a spreadsheet or archive?); expected a CSV text export, saved as CSV UTF-8");
  }
  const text = head.toString("utf8").replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new InputError(file, 1, "holds only blank lines; expected a CSV export with a header row");
  return { delimiter: detectDelimiter(firstLine(text)) };
}

/** NUL bytes, or many control characters, do not occur in a CSV text export (UTF-16 files have NULs too). */
export function looksBinary(head: Buffer): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > Math.max(8, head.length * 0.01);
}

function firstLine(text: string): string {
  for (const line of text.split(/\r?\n/)) if (line.trim() !== "") return line;
  return "";
}

/** The header's most frequent separator outside quotes among comma, semicolon and tab; comma when none. */
export function detectDelimiter(header: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  let best = ",";
  for (const d of [";", "\t"]) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
  return best;
}
