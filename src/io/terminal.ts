// Where commands print: stdout for results, stderr for progress and warnings; colour only when wanted.
import chalk, { Chalk, type ChalkInstance } from "chalk";
import { escapeForTerminal } from "./escape.js";

export interface Printer {
  /** results: tables, JSON */
  out(text: string): void;
  /** warnings and progress */
  err(text: string): void;
  /** colours, off under NO_COLOR or when not a terminal */
  c: ChalkInstance;
  /** stderr is a terminal and progress is wanted */
  progress: boolean;
  /** rewrites one progress line in place on stderr ("" clears it); a no-op unless `progress` */
  status(text: string): void;
}

export function stdPrinter(options: { quiet?: boolean } = {}): Printer {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "";
  const c = noColor ? new Chalk({ level: 0 }) : chalk;
  const progress = !options.quiet && Boolean(process.stderr.isTTY) && !process.env.CI;
  return {
    // Everything printed passes the escape: channel names, file names and cells come from input.
    out: (text) => process.stdout.write(line(text)),
    err: (text) => process.stderr.write(line(text)),
    c,
    progress,
    status: (text) => {
      if (progress) process.stderr.write(`\r${escapeForTerminal(text)}\x1b[K`);
    },
  };
}

function line(text: string): string {
  const safe = escapeForTerminal(text);
  return safe.endsWith("\n") ? safe : `${safe}\n`;
}

/** A printer that records what a command printed, for tests. */
export function memoryPrinter(): Printer & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (text) => void stdout.push(escapeForTerminal(text)),
    err: (text) => void stderr.push(escapeForTerminal(text)),
    c: new Chalk({ level: 0 }),
    progress: false,
    status: () => undefined,
  };
}
