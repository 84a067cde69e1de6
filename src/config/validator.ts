// Typed readers for the config file: each fails with the key path of the offending value and what was expected.
import type { OpeningHours } from "./types.js";
import { InputError } from "../errors.js";

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
  number(raw: unknown, key: string, min: number, max: number): number {
    if (typeof raw !== "number" || !Number.isFinite(raw) || raw < min || raw > max) this.fail(key, `${JSON.stringify(raw)}; expected a number from ${min} to ${max}`);
    return raw;
  }
  integer(raw: unknown, key: string, min: number, max: number): number {
    const n = this.number(raw, key, min, max);
    if (!Number.isInteger(n)) this.fail(key, `${n}; expected a whole number`);
    return n;
  }
  oneOf<T extends string>(raw: unknown, key: string, options: readonly T[]): T {
    if (typeof raw !== "string" || !options.includes(raw as T)) this.fail(key, `${JSON.stringify(raw)}; expected one of ${options.join(", ")}`);
    return raw as T;
  }
  date(raw: unknown, key: string): string {
    const s = this.string(raw, key);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(`${s}T00:00:00Z`))) this.fail(key, `"${s}"; expected a date YYYY-MM-DD`);
    return s;
  }
  clock(raw: unknown, key: string): string {
    const s = this.string(raw, key);
    if (!/^([01]\d|2[0-4]):[0-5]\d$/.test(s)) this.fail(key, `"${s}"; expected a time HH:mm`);
    return s;
  }
  opening(raw: unknown, key: string): OpeningHours {
    const s = this.string(raw, key);
    if (s === "closed") return s;
    const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(s);
    if (!m || !/^([01]\d|2[0-4]):[0-5]\d$/.test(m[1] ?? "") || !/^([01]\d|2[0-4]):[0-5]\d$/.test(m[2] ?? "") || (m[2] ?? "") <= (m[1] ?? "")) {
      this.fail(key, `"${s}"; expected HH:mm-HH:mm (opening before closing) or "closed"`);
    }
    return s;
  }
}
