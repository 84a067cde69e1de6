// A look at the first bytes of an export before streaming it: empty, binary, and which delimiter it uses.
import { InputError } from "../errors.js";
import { assertTextHead, readHead } from "../io/csv.js";

const HEAD_BYTES = 64 * 1024;

export interface Sniffed {
  delimiter: string;
}

export async function sniffFile(file: string, size: number): Promise<Sniffed> {
  if (size === 0) throw new InputError(file, 1, "the file is empty; expected a CSV export with a header row");
  const head = await readHead(file, Math.min(HEAD_BYTES, size));
  assertTextHead(file, head);
  const text = head.toString("utf8").replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new InputError(file, 1, "holds only blank lines; expected a CSV export with a header row");
  return { delimiter: detectDelimiter(firstLine(text)) };
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
