// The real process path for bad input: the built CLI, spawned, exits 2 with one line on stderr and nothing on
// stdout, for one case of each table (the whole table runs in-process in bad-input.test.ts); --debug adds the stack.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BadCase } from "./case.js";
import { CASES, isHuge, judgeBadInput } from "./bad-input-run.js";
import { ensureBuilt, mkTemp, runCli, runMain } from "./cli.js";
import { FILE_CASES } from "./file-cases.js";
import { HISTORY_CASES } from "./history-cases.js";
import { TEAM_CASES } from "./team-cases.js";

beforeAll(() => ensureBuilt(), 120_000);

/**
 * The first case of each table that does not need a 300 MB file: one per command (analyze, staff, schedule). A table's
 * cases share their command line and the path from main's error to stderr and the exit code, so a second spawn of each
 * (0.4 s of CPU a spawn) ran the same path again; the in-process table judges every case.
 */
const SPAWNED: BadCase[] = [HISTORY_CASES, FILE_CASES, TEAM_CASES].flatMap((table) => table.filter((c) => !Object.values(c.files).some((f) => typeof f === "object" && "longLine" in f)).slice(0, 1));

describe("bad input through the built CLI", () => {
  it("spawns three cases, one a command", () => expect(SPAWNED.map((c) => c.argv[0])).toEqual(["analyze", "staff", "schedule"]));

  for (const c of SPAWNED) {
    const reason = c.skip?.();
    it.skipIf(reason !== undefined).concurrent(c.name, () => judgeBadInput(c, runCli), 60_000);
  }

  for (const c of CASES.filter(isHuge)) it(`${c.name} (in-process)`, () => judgeBadInput(c, runMain), 120_000);

  it("--debug adds the stack trace after the same first line", async () => {
    const dir = await mkTemp();
    writeFileSync(join(dir, "c.json"), '{"timezon": "UTC"}');
    const run = await runCli(["analyze", "--config", "c.json", "--debug"], dir);
    expect(run.code).toBe(2);
    const lines = run.stderr.split("\n");
    expect(lines[0]).toMatch(/^peakplan: c\.json: timezon: unknown key; expected/);
    expect(run.stderr).toMatch(/^\s+at /m);
  });
});
