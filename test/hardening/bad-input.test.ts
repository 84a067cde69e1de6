// Every bad input ends the same way: exit 2, one stderr line naming the file and line (or key) and what was
// expected, no stack trace, nothing written, earlier outputs byte-identical and no temp file left behind.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, promises as fs, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EARLIER, type BadCase, type FileSpec } from "./case.js";
import { ensureBuilt, mkTemp, runCli, snapshot, writeLong } from "./cli.js";
import { FILE_CASES } from "./file-cases.js";
import { HISTORY_CASES } from "./history-cases.js";
import { TEAM_CASES } from "./team-cases.js";

const CASES: BadCase[] = [...HISTORY_CASES, ...FILE_CASES, ...TEAM_CASES];
const dirs: string[] = [];

beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function place(dir: string, name: string, spec: FileSpec): Promise<void> {
  const path = join(dir, name);
  if (typeof spec === "string" || Buffer.isBuffer(spec)) writeFileSync(path, spec);
  else if ("dir" in spec) mkdirSync(path);
  else if ("fifo" in spec) execFileSync("mkfifo", [path]);
  else if ("mode" in spec) {
    writeFileSync(path, spec.content);
    chmodSync(path, spec.mode);
  } else await writeLong(path, spec.longLine.prefix, "x", spec.longLine.bytes, spec.longLine.suffix);
}

describe("bad input: exit 2 with one clear line, nothing written", () => {
  it("has at least 40 cases, each with a unique name", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    const reason = c.skip?.();
    it.skipIf(reason !== undefined).concurrent(`${c.name}${reason ? ` (skipped: ${reason})` : ""}`, async () => {
      const dir = await mkTemp();
      dirs.push(dir);
      for (const [name, spec] of Object.entries(c.files)) await place(dir, name, spec);
      if (c.earlier !== undefined) writeFileSync(join(dir, c.earlier), EARLIER);
      const before = snapshot(dir);
      const run = await runCli(c.argv, dir);
      const lines = run.stderr.split("\n").filter((l) => l !== "");
      expect({ code: run.code, stderr: lines }).toMatchObject({ code: 2, stderr: [expect.stringMatching(/^peakplan: /)] });
      const line = (lines[0] ?? "").slice("peakplan: ".length);
      expect(line).toMatch(c.stderr);
      expect(line).toMatch(/expected/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      // Nothing written: the folder holds exactly what it held before, byte for byte (so no temp file either).
      expect(snapshot(dir)).toEqual(before);
      if (c.earlier !== undefined) expect(await fs.readFile(join(dir, c.earlier), "utf8")).toBe(EARLIER);
      for (const p of c.absent ?? []) expect(existsSync(join(dir, p))).toBe(false);
      // The 300 MB fixtures go as soon as their case is done: the suite should not hold a gigabyte of temp files.
      await fs.rm(dir, { recursive: true, force: true });
    }, 60_000);
  }
});

describe("--debug", () => {
  it("adds the stack trace after the same first line", async () => {
    const dir = await mkTemp();
    dirs.push(dir);
    writeFileSync(join(dir, "c.json"), '{"timezon": "UTC"}');
    const run = await runCli(["analyze", "--config", "c.json", "--debug"], dir);
    expect(run.code).toBe(2);
    const lines = run.stderr.split("\n");
    expect(lines[0]).toMatch(/^peakplan: c\.json: timezon: unknown key; expected/);
    expect(run.stderr).toMatch(/^\s+at /m);
  });
});
