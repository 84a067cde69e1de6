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

/** Where a whole run writes: main's error line, commander's help and each command's printer. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  printer(options?: { quiet?: boolean }): Printer;
}

export const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  printer: stdPrinter,
};

/** An Io that records everything, for running main(argv, io) in-process in tests. */
export function memoryIo(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const line = (text: string): string => (text.endsWith("\n") ? text : `${text}\n`);
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    printer: () => ({ out: (t) => void out.push(line(escapeForTerminal(t))), err: (t) => void err.push(line(escapeForTerminal(t))), c: new Chalk({ level: 0 }), progress: false, status: () => undefined }),
  };
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
