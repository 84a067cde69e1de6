// Typed readers for the config file: each fails with the key path of the offending value and what was expected.
import type { OpeningHours } from "./types.js";
import { InputError } from "../errors.js";
import { countProblem, dateProblem, numberProblem, openingProblem, shareProblem, shown, timeOfDayProblem, type Problem } from "../values.js";

/** Small typed readers that fail with the key path of the offending value. */
export class Validator {
  constructor(private readonly file: string) {}
  fail(key: string, expected: string): never {
    throw new InputError(this.file, key || "(top level)", expected);
  }
  object(raw: unknown, key: string): Record<string, unknown> {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) this.fail(key, "expected a JSON object");
    return raw as Record<string, unknown>;
  }
  keys(o: Record<string, unknown>, key: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) {
      // "$comment" may stand anywhere: the starter config explains itself with it.
      if (k !== "$comment" && !allowed.includes(k)) this.fail(key ? `${key}.${k}` : k, `unknown key; expected one of ${allowed.filter((a) => a !== "$comment").join(", ")}`);
    }
  }
  array(raw: unknown, key: string): unknown[] {
    if (!Array.isArray(raw)) this.fail(key, "expected a JSON array");
    return raw;
  }
  string(raw: unknown, key: string): string {
    if (typeof raw !== "string" || raw.trim() === "") this.fail(key, "expected a non-empty string");
    return raw;
  }
  boolean(raw: unknown, key: string): boolean {
    if (typeof raw !== "boolean") this.fail(key, "expected true or false");
    return raw;
  }
  /** Fails at `key` with the problem one of src/values.ts's checks found, if any. */
  check(problem: Problem, key: string): void {
    if (problem !== undefined) this.fail(key, problem);
  }
  number(raw: unknown, key: string, min: number, max: number): number {
    this.check(numberProblem(raw, min, max), key);
    return raw as number;
  }
  integer(raw: unknown, key: string, min: number, max: number): number {
    this.check(countProblem(raw, min, max), key);
    return raw as number;
  }
  share(raw: unknown, key: string, min = 0, max = 1): number {
    this.check(shareProblem(raw, min, max), key);
    return raw as number;
  }
  oneOf<T extends string>(raw: unknown, key: string, options: readonly T[]): T {
    if (typeof raw !== "string" || !options.includes(raw as T)) this.fail(key, `${shown(raw)}; expected one of ${options.join(", ")}`);
    return raw as T;
  }
  date(raw: unknown, key: string): string {
    const s = this.string(raw, key);
    this.check(dateProblem(s), key);
    return s;
  }
  clock(raw: unknown, key: string): string {
    const s = this.string(raw, key);
    this.check(timeOfDayProblem(s), key);
    return s;
  }
  opening(raw: unknown, key: string): OpeningHours {
    const s = this.string(raw, key);
    this.check(openingProblem(s), key);
    return s;
  }
}
