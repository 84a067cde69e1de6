// Entry point: parses argv, runs the command, and is the only place that maps errors to exit codes.
import { CommanderError } from "commander";
import { buildProgram } from "./cli.js";
import { InputError, InternalError, ShortfallError } from "./errors.js";
import { fullCollection } from "./io/collect.js";
import { escapeControl } from "./io/escape.js";
import { processIo, type Io } from "./io/terminal.js";
import { onReleaseMemory } from "./schedule/memory.js";

/** Runs one command line; `io` is where it writes (the process's stdout and stderr, or a test's memory). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const debug = argv.includes("--debug");
  // Long solves free each weekly piece's model before building the next (see schedule/memory.ts).
  onReleaseMemory(fullCollection());
  if (io === processIo) {
    // `peakplan analyze --json | head` closes the pipe early: that is the reader's choice, not a crash to report.
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return report(error, debug, io);
  }
}

function report(error: unknown, debug: boolean, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander already printed help or its own one-line message.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0) return 0;
    return 2;
  }
  if (error instanceof InputError || error instanceof ShortfallError) {
    io.stderr(`peakplan: ${escapeControl(error.message)}\n`);
    if (debug && error.stack) io.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  const fsCode = (error as { code?: unknown } | null)?.code;
  if (typeof fsCode === "string" && /^E(NOENT|ACCES|ISDIR|NOTDIR|PERM|ROFS)$/.test(fsCode)) {
    // A file-system refusal is the user's input problem, not a bug.
    const path = (error as { path?: string }).path ?? "";
    io.stderr(`peakplan: ${escapeControl(path)}: ${describeFsCode(fsCode)}\n`);
    return 2;
  }
  io.stderr(`peakplan: internal error: ${escapeControl(message.split("\n")[0] ?? "")}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else if (!(error instanceof InternalError)) io.stderr("peakplan: run again with --debug for the stack trace\n");
  return 1;
}

function describeFsCode(code: string): string {
  switch (code) {
    case "ENOENT":
      return "no such file or folder; expected an existing path";
    case "EACCES":
    case "EPERM":
      return "permission denied; expected a readable (or writable) path";
    case "EISDIR":
      return "is a folder; expected a file";
    case "ENOTDIR":
      return "a part of the path is not a folder; expected a path inside an existing folder";
    default:
      return "read-only file system; expected a writable path";
  }
}
