// Every bad input ends the same way (see bad-input-run.ts), run in-process through main(argv, io) one case at a
// time; bad-input.slow.test.ts runs the two 300 MB ones and spawns the built CLI for a few cases, to cover the real
// exit code and stdio.
import { describe, expect, it } from "vitest";
import { CASES, isHuge, judgeBadInput } from "./bad-input-run.js";
import { runMain } from "./cli.js";
import { FILE_CASES } from "./file-cases.js";
import { HISTORY_CASES } from "./history-cases.js";
import { TEAM_CASES } from "./team-cases.js";


describe("bad input: exit 2 with one clear line, nothing written", () => {
  it("holds the history, file and team tables, each case named once", () => {
    expect({ history: HISTORY_CASES.length, file: FILE_CASES.length, team: TEAM_CASES.length }).toEqual({ history: 28, file: 34, team: 17 });
    expect(CASES.filter(isHuge).map((c) => c.name)).toEqual(["export: a 300 MB single line", "export: a 300 MB header with no line break"]);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES.filter((c) => !isHuge(c))) {
    const reason = c.skip?.();
    it.skipIf(reason !== undefined)(`${c.name}${reason ? ` (skipped: ${reason})` : ""}`, () => judgeBadInput(c, runMain), 60_000);
  }
});
