// A look at the first bytes of an export before streaming it: empty, binary, its text encoding and its delimiter.
import { isUtf8 } from "node:buffer";
import { InputError } from "../errors.js";
import { assertTextHead, readHead } from "../io/csv.js";

const HEAD_BYTES = 64 * 1024;

export interface Sniffed {
  delimiter: string;
  /** "windows-1252" when the head is a single-byte Western text, as Excel saves "CSV" in Nordic locales */
  encoding: "utf-8" | "windows-1252";
}

export async function sniffFile(file: string, size: number): Promise<Sniffed> {
  if (size === 0) throw new InputError(file, 1, "the file is empty; expected a CSV export with a header row");
  const head = await readHead(file, Math.min(HEAD_BYTES, size));
  assertTextHead(file, head);
  const encoding = textEncoding(head);
  const text = new TextDecoder(encoding).decode(head).replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new InputError(file, 1, "holds only blank lines; expected a CSV export with a header row");
  return { delimiter: detectDelimiter(firstLine(text)), encoding };
}

/**
 * UTF-8, unless the head holds bytes UTF-8 cannot read and not one character UTF-8 can (beyond ASCII): then it is a
 * single-byte text, read as Windows-1252 (Latin-1 with the euro sign), which is what Excel's plain "CSV" writes on a
 * Nordic Windows: "S\xe4hk\xf6posti" read as UTF-8 is "S\ufffdhk\ufffdposti", a channel no rule knows. A head that mixes
 * both is a damaged UTF-8 file and stays UTF-8 (the rows then stop on their bad bytes). The head is cut at its last
 * line break, so a character split by the 64 KB cut does not count as a bad byte.
 */
export function textEncoding(head: Buffer): Sniffed["encoding"] {
  const cut = head.lastIndexOf(10);
  const whole = cut > 0 && head.length === HEAD_BYTES ? head.subarray(0, cut + 1) : head;
  if (isUtf8(whole)) return "utf-8";
  const text = whole.toString("utf8");
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c !== 0xfffd && c !== 0xfeff) return "utf-8";
  }
  return "windows-1252";
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
