// Hardening, round two (issue 12): one in-process test per item a hostile tester broke. Each failed before its fix.
import { promises as fsp, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InputError } from "../../src/errors.js";
import { IdSet } from "../../src/ingest/idset.js";
import { mkTemp } from "./cli.js";

afterEach(() => vi.restoreAllMocks());

/** The InputError a call rejects with (fails the test when it resolves or throws something else). */
export async function inputError(run: () => Promise<unknown> | unknown): Promise<InputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError (exit 2), but the call succeeded");
}

describe("item 1: ticket id dedupe stays flat in memory whatever the ids look like", () => {
  it("20,000 sparse 12-digit ids cost well under 5 MB of buffers (a page per id cost 160 MB)", () => {
    const ids = new IdSet();
    const before = process.memoryUsage().arrayBuffers;
    let repeats = 0;
    for (let i = 0; i < 20_000; i++) if (ids.seen(String(100_000_000_000 + i * 7_919_993))) repeats++;
    expect(repeats).toBe(0);
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(grown).toBeLessThan(5 * 1024 * 1024);
    expect(ids.seen(String(100_000_000_000 + 5 * 7_919_993))).toBe(true);
    expect(ids.size).toBe(20_000);
  });

  it("dedupe is exact across shapes: 7 and 007, long and short ids, UUIDs, 15-digit ids", () => {
    const ids = new IdSet();
    const shapes = ["7", "007", "999999999999999", "9999999999999999", "T-1", "t-1", "a".repeat(5000), `${"a".repeat(4999)}b`, "6f1c2b7e-4bad-4c0f-9e1a-000000000001", ""];
    for (const id of shapes) expect(ids.seen(id), id.slice(0, 20)).toBe(false);
    for (const id of shapes) expect(ids.seen(id), id.slice(0, 20)).toBe(true);
    expect(ids.size).toBe(shapes.length);
  });
});
