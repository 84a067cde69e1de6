// Typed errors that carry the process exit code; only src/main.ts turns them into an exit.
import { escapeControl } from "./io/escape.js";

/** Bad input from the user: exit 2 with one line naming the file, the line (or key) and what was expected. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly file: string,
    readonly where: string | number | undefined,
    readonly expected: string,
  ) {
    super(formatInputMessage(file, where, expected));
    this.name = "InputError";
  }
}

/** The plan was written but is not acceptable (shortfall above the limit, a hard rule broken): exit 3. */
export class ShortfallError extends Error {
  readonly exitCode = 3;
  constructor(message: string) {
    super(message);
    this.name = "ShortfallError";
  }
}

/** A bug or an environment failure we did not anticipate: exit 1. */
export class InternalError extends Error {
  readonly exitCode = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InternalError";
  }
}

export function formatInputMessage(file: string, where: string | number | undefined, expected: string): string {
  const place = where === undefined || where === "" ? "" : typeof where === "number" ? `:${where}` : `: ${where}`;
  // Keep it on one line whatever the caller passed in, and make control characters from input visible, not live.
  return escapeControl(`${file}${place}: ${expected}`.replace(/[\r\n]+/g, " "));
}
