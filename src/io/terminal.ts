// Where commands print: stdout for results, stderr for progress and warnings; colour only when wanted.
import chalk, { Chalk, type ChalkInstance } from "chalk";

export interface Printer {
  /** results: tables, JSON */
  out(text: string): void;
  /** warnings and progress */
  err(text: string): void;
  /** colours, off under NO_COLOR or when not a terminal */
  c: ChalkInstance;
  /** stderr is a terminal and progress is wanted */
  progress: boolean;
}

export function stdPrinter(options: { quiet?: boolean } = {}): Printer {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "";
  const c = noColor ? new Chalk({ level: 0 }) : chalk;
  return {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    c,
    progress: !options.quiet && Boolean(process.stderr.isTTY) && !process.env.CI,
  };
}

/** A printer that records what a command printed, for tests. */
export function memoryPrinter(): Printer & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    c: new Chalk({ level: 0 }),
    progress: false,
  };
}
