// One bad-input case, run and judged: exit 2, one stderr line naming the file and line (or key) and what was
// expected, no stack trace, nothing written, earlier outputs byte-identical and no temp file left behind.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, promises as fs, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { EARLIER, type BadCase, type FileSpec } from "./case.js";
import { mkTemp, snapshot, writeLong, type Run } from "./cli.js";
import { FILE_CASES } from "./file-cases.js";
import { HISTORY_CASES } from "./history-cases.js";
import { TEAM_CASES } from "./team-cases.js";

export const CASES: BadCase[] = [...HISTORY_CASES, ...FILE_CASES, ...TEAM_CASES];
/** Cases whose input is written to disk at 100 MB or more: they run in bad-input.slow.test.ts. */
export const isHuge = (c: BadCase): boolean => Object.values(c.files).some((f) => typeof f === "object" && "longLine" in f && f.longLine.bytes >= 100 * 1024 * 1024);

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

export async function judgeBadInput(c: BadCase, run: (args: readonly string[], cwd: string) => Promise<Run>): Promise<void> {
  const dir = await mkTemp();
  try {
    for (const [name, spec] of Object.entries(c.files)) await place(dir, name, spec);
    if (c.earlier !== undefined) writeFileSync(join(dir, c.earlier), EARLIER);
    const before = snapshot(dir);
    const result = await run(c.argv, dir);
    const lines = result.stderr.split("\n").filter((l) => l !== "");
    expect({ code: result.code, stderr: lines }).toMatchObject({ code: 2, stderr: [expect.stringMatching(/^peakplan: /)] });
    const line = (lines[0] ?? "").slice("peakplan: ".length);
    expect(line).toMatch(c.stderr);
    expect(line).toMatch(/expected/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe("");
    // Nothing written: the folder holds exactly what it held before, byte for byte (so no temp file either).
    expect(snapshot(dir)).toEqual(before);
    if (c.earlier !== undefined) expect(await fs.readFile(join(dir, c.earlier), "utf8")).toBe(EARLIER);
    for (const p of c.absent ?? []) expect(existsSync(join(dir, p))).toBe(false);
  } finally {
    // The 300 MB fixtures go as soon as their case is done: the suite should not hold a gigabyte of temp files.
    await fs.rm(dir, { recursive: true, force: true });
  }
}
