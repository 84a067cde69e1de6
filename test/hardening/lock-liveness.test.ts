// plan's lock and staging files tell a dead run from a live one by more than its pid (review F5). The pid alone kept a
// killed run's lock forever once the pid was alive again: this very process (pid 2 in a container's pid namespace),
// pid 1, a pid reused after a reboot, or any lock from another hostname (Docker gives each container a random one).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BOOT_ID, PID_NAMESPACE, processStartTicks, stageAll, writeFileAtomic } from "../../src/io/atomic.js";
import { FolderLock, commitJournal } from "../../src/io/publish.js";
import { mkTemp } from "./cli.js";
import { inputError } from "../input-error.js";

const LINUX = BOOT_ID !== undefined && PID_NAMESPACE !== undefined && processStartTicks(process.pid) !== undefined;
const children: Array<{ kill: () => boolean }> = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

async function folderWithLock(lock: object): Promise<string> {
  const dir = await mkTemp();
  writeFileSync(join(dir, ".peakplan.lock"), JSON.stringify(lock));
  return dir;
}

/** Takes the lock and releases it; the lock file must have held this run. */
async function takesOver(dir: string): Promise<void> {
  const lock = new FolderLock();
  await lock.take(dir);
  expect(JSON.parse(readFileSync(join(dir, ".peakplan.lock"), "utf8")).pid).toBe(process.pid);
  await lock.release();
  expect(existsSync(join(dir, ".peakplan.lock"))).toBe(false);
}

/** A live process that is not this one, and its start ticks. */
async function liveChild(): Promise<{ pid: number; start: number | undefined }> {
  const child = spawn("sleep", ["30"], { stdio: "ignore" });
  children.push(child);
  await new Promise((resolve) => child.once("spawn", resolve));
  return { pid: child.pid as number, start: processStartTicks(child.pid as number) };
}

const hoursAgo = (h: number): string => new Date(Date.now() - h * 3_600_000).toISOString();

describe("plan's lock: a lock whose run is gone is taken over, though its pid is alive again", () => {
  it("a lock holding this process's own pid, which this process does not hold (a container's pid 2 after a kill)", async () => {
    await takesOver(await folderWithLock({ pid: process.pid, host: hostname(), started: "2026-12-01T03:00:00.000Z" }));
  });

  it.runIf(LINUX)("a lock whose pid is running but started at another time (the pid was reused)", async () => {
    const other = await liveChild();
    await takesOver(await folderWithLock({ pid: other.pid, host: hostname(), started: hoursAgo(1), boot: BOOT_ID, pidns: PID_NAMESPACE, start: (other.start ?? 0) - 12345 }));
  });

  it.runIf(LINUX)("an older lock without start ticks, whose pid's process started after the lock was taken", async () => {
    const other = await liveChild();
    await takesOver(await folderWithLock({ pid: other.pid, host: hostname(), started: hoursAgo(1) }));
  });

  it.runIf(LINUX)("a lock from before a reboot of this host (another boot id), its pid alive now (pid 1)", async () => {
    await takesOver(await folderWithLock({ pid: 1, host: hostname(), started: hoursAgo(1), boot: "00000000-0000-0000-0000-000000000000", pidns: PID_NAMESPACE, start: 1 }));
  });

  it.runIf(LINUX)("another hostname on this kernel and pid namespace (a container's hostname), its pid gone", async () => {
    const gone = await liveChild();
    children.pop()?.kill();
    await new Promise((r) => setTimeout(r, 100));
    await takesOver(await folderWithLock({ pid: gone.pid, host: "f3a9c0d1e2b4", started: hoursAgo(0.1), boot: BOOT_ID, pidns: PID_NAMESPACE, start: gone.start }));
  });

  it("another machine or container that cannot be checked: taken over 12 hours after it was taken, refused before", async () => {
    await takesOver(await folderWithLock({ pid: 7, host: "f3a9c0d1e2b4", started: hoursAgo(13), boot: "11111111-1111-1111-1111-111111111111", pidns: "pid:[1]", start: 5 }));
    const dir = await folderWithLock({ pid: 7, host: "f3a9c0d1e2b4", started: hoursAgo(1), boot: "11111111-1111-1111-1111-111111111111", pidns: "pid:[1]", start: 5 });
    const error = await inputError(() => new FolderLock().take(dir));
    expect(error.message).toMatch(/another peakplan run \(pid 7 on f3a9c0d1e2b4, started .+\) is writing this folder; .*taken over 12 hours after it was taken\)$/);
  });
});

describe("plan's lock: a live run still holds it", () => {
  it.runIf(LINUX)("a running process with the start ticks the lock records", async () => {
    const other = await liveChild();
    const dir = await folderWithLock({ pid: other.pid, host: hostname(), started: new Date().toISOString(), boot: BOOT_ID, pidns: PID_NAMESPACE, start: other.start });
    const error = await inputError(() => new FolderLock().take(dir));
    expect(error.message).toMatch(new RegExp(`another peakplan run \\(pid ${other.pid} on `));
  });

  it("another plan in this process (the lock it holds has this pid)", async () => {
    const dir = await mkTemp();
    const first = new FolderLock();
    await first.take(dir);
    await expect(new FolderLock().take(dir)).rejects.toThrow(/another peakplan run/);
    expect(JSON.parse(readFileSync(join(dir, ".peakplan.lock"), "utf8")).start).toBe(processStartTicks(process.pid));
    await first.release();
  });

  it("another plan in this process into the same folder spelled through a symlink", async () => {
    const dir = await mkTemp();
    mkdirSync(join(dir, "out"));
    symlinkSync(join(dir, "out"), join(dir, "link"));
    const first = new FolderLock();
    await first.take(join(dir, "out"));
    await expect(new FolderLock().take(join(dir, "link"))).rejects.toThrow(/another peakplan run \(pid \d+ on /);
    await first.release();
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });
});

describe("a dead run's leftovers go, so plan.sh's git add -A out never commits them", () => {
  it("taking over: the dead holder's staging files (in out/ and out/draft/), its journal's staging name and its commit record", async () => {
    const dir = await folderWithLock({ pid: process.pid, host: hostname(), started: hoursAgo(2) });
    mkdirSync(join(dir, "draft"));
    for (const f of ["roster.csv", "summary.json"]) writeFileSync(join(dir, f), `old ${f}\n`);
    // the dead run had this pid too; it staged its set, committed it, renamed one file and died
    const { staged } = await stageAll(["roster.csv", "summary.json"].map((f) => ({ path: join(dir, f), content: `new ${f}\n` })));
    await commitJournal(dir, staged, process.pid);
    await (await import("node:fs/promises")).rename(staged[0]!.tmp, staged[0]!.target.real);
    // written before this process started (the dead run that had this pid), as its mtime says
    writeFileSync(join(dir, "draft", `.report.html.${process.pid}.0badf00d.tmp`), "half a draft");
    utimesSync(join(dir, "draft", `.report.html.${process.pid}.0badf00d.tmp`), new Date("2020-01-01"), new Date("2020-01-01"));
    writeFileSync(join(dir, `.peakplan-commit.json.${process.pid}.tmp`), "{");
    const lock = new FolderLock();
    await lock.take(dir);
    expect(readFileSync(join(dir, "roster.csv"), "utf8")).toBe("new roster.csv\n");
    expect(readFileSync(join(dir, "summary.json"), "utf8")).toBe("new summary.json\n");
    await lock.release();
    expect(readdirSync(dir).sort()).toEqual(["draft", "roster.csv", "summary.json"]);
    expect(readdirSync(join(dir, "draft"))).toEqual([]);
  });

  it.runIf(LINUX)("a staging file whose pid is alive but started after the file was written is removed; a fresh one stays", async () => {
    const dir = await mkTemp();
    const old = join(dir, `.roster.csv.${process.pid}.0badf00d.tmp`);
    writeFileSync(old, "a dead run's, same pid");
    utimesSync(old, new Date("2020-01-01"), new Date("2020-01-01"));
    const fresh = join(dir, `.summary.json.${process.pid}.0badf00d.tmp`);
    writeFileSync(fresh, "this process's work in progress");
    await writeFileAtomic(join(dir, "notes.txt"), "x\n");
    expect(readdirSync(dir).sort()).toEqual([`.summary.json.${process.pid}.0badf00d.tmp`, "notes.txt"]);
  });
});
