// The shape of one bad-input case, and the small valid files the cases start from.

/** What to put at a path in the case's temp folder. */
export type FileSpec =
  | string
  | Buffer
  | { dir: true }
  | { fifo: true }
  | { mode: number; content: string }
  /** a line of `bytes` characters streamed to disk, never held in memory */
  | { longLine: { prefix: string; bytes: number; suffix: string } };

export interface BadCase {
  name: string;
  files: Record<string, FileSpec>;
  argv: string[];
  /** the one stderr line, after "peakplan: " */
  stderr: RegExp;
  /** an earlier output at this path must survive byte for byte */
  earlier?: string;
  /** paths that must not exist afterwards (an output in a missing folder) */
  absent?: string[];
  /** why the case cannot run here (checked at run time) */
  skip?: () => string | undefined;
}

export const EARLIER = "EARLIER OUTPUT, must survive\n";

/** A valid generic export: `rows` tickets, one a minute from 2025-11-28 10:00, channels in turn. */
export function history(rows = 6, header = "ticket_id,created_at,channel"): string {
  const channels = ["email", "chat", "phone"];
  const lines = [header];
  for (let i = 0; i < rows; i++) lines.push(`${1000 + i},2025-11-28T10:${String(i % 60).padStart(2, "0")}:00,${channels[i % 3]}`);
  return `${lines.join("\n")}\n`;
}

/** A valid forecast.csv: 48 hours of chat and email from 2026-11-27 00:00 Helsinki (+02:00). */
export function forecast(hours = 48): string[] {
  const lines = ["hour_start,channel,volume,p10,p50,p90,event,method"];
  for (let h = 0; h < hours; h++) {
    const day = 27 + Math.floor(h / 24);
    const stamp = `2026-11-${day}T${String(h % 24).padStart(2, "0")}:00+02:00`;
    lines.push(`${stamp},chat,12.5,8,12,17,black-friday,seasonal`);
    lines.push(`${stamp},email,20,14,19,27,black-friday,seasonal`);
  }
  return lines;
}

export const csv = (lines: readonly string[]): string => `${lines.join("\n")}\n`;

/** `lines` with line `n` (1-based, header is 1) replaced. */
export function withLine(lines: readonly string[], n: number, text: string): string[] {
  const out = [...lines];
  out[n - 1] = text;
  return out;
}

export const isRoot = (): string | undefined => (process.getuid?.() === 0 ? "runs as root, which reads any file whatever its mode; the FIFO case and a unit test of the check cover it" : undefined);
