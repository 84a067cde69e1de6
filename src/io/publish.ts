// plan's outputs as one set: a lock on the output folder, and a commit record so a crash cannot leave a mixed set.
import { promises as fs } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { InputError } from "../errors.js";
import { BOOT_ID, JOURNAL, PID_NAMESPACE, cleanStaleStaging, isAlive, processStartMs, processStartTicks, stageAll, syncFolder, writeStdout, type OutputFile, type Staged } from "./atomic.js";
import { fsInputError } from "./out-path.js";

export const LOCK = ".peakplan.lock";

interface LockInfo {
  pid: number;
  host: string;
  started: string;
  /** Linux: the kernel's boot id, the pid namespace and the process's start (clock ticks since boot), to tell a pid reused */
  boot?: string;
  pidns?: string;
  start?: number;
}

/** A lock this process holds (another planCommand in the same process): the only way a lock with our own pid is live. */
const HELD = new Set<string>();

/** A lock from a run whose liveness cannot be checked (another machine, another container's pids) is stale this long after it was taken. */
export const UNCHECKABLE_LOCK_HOURS = 12;

/**
 * One `plan` at a time per output folder: a lock file created with O_EXCL. A second run exits 2 naming the first
 * (its pid and start); a lock whose run is gone (kill -9, a reboot, a killed container) is taken over. The lock is held
 * from before the previous roster is read until the new set is in place, so two runs never read or write a
 * half-switched set.
 */
export class FolderLock {
  private path: string | undefined;
  /** the lock's path through the real folder, as HELD knows it */
  private key: string | undefined;
  /** the folder this run created for the lock: removed again if the run ends with nothing written */
  private created: string | undefined;

  async take(dir: string): Promise<void> {
    this.created = await fs.mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw fsInputError(dir, error);
    });
    const path = join(dir, LOCK);
    // This process's locks are known by the real folder: another spelling of it (a symlink) is the same lock.
    const key = join(await fs.realpath(dir).catch(() => dir), LOCK);
    const start = processStartTicks(process.pid);
    const mine: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString(), ...(BOOT_ID && { boot: BOOT_ID }), ...(PID_NAMESPACE && { pidns: PID_NAMESPACE }), ...(start !== undefined && { start }) };
    let deadPid: number | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await fs.writeFile(path, `${JSON.stringify(mine)}\n`, { flag: "wx" });
        this.path = path;
        this.key = key;
        HELD.add(key);
        // A run that died mid-switch is finished before this one reads the previous roster from the folder; its
        // staging files go (also in draft/), so `git add -A out` after this run never commits them.
        for (const d of [dir, join(dir, "draft")]) await cleanStaleStaging(d, { deadPid });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw fsInputError(path, error);
      }
      const holder = await readLock(path);
      if (holder !== undefined) {
        const state = holderState(holder, key, mine);
        if (state !== "stale") {
          const wait = state === "uncheckable" ? `; a lock from another machine or container is taken over ${UNCHECKABLE_LOCK_HOURS} hours after it was taken` : "";
          throw new InputError(path, undefined, `another peakplan run (pid ${holder.pid} on ${holder.host}, started ${holder.started}) is writing this folder; expected one run at a time: wait for it to finish (remove the lock only if that run is gone${wait})`);
        }
        deadPid = holder.pid;
      }
      // The holder died without releasing (or left an unreadable lock): its outputs are finished by the journal.
      await fs.rm(path, { force: true });
    }
    throw new InputError(path, undefined, "could not take the lock; expected one run at a time");
  }

  async release(): Promise<void> {
    if (this.path === undefined) return;
    const holder = await readLock(this.path);
    if (holder?.pid === process.pid) await fs.rm(this.path, { force: true });
    if (this.key !== undefined) HELD.delete(this.key);
    this.path = undefined;
    this.key = undefined;
    // Bad input is "nothing written": a folder made only to hold the lock goes too (rmdir refuses if it has files).
    if (this.created !== undefined) await fs.rmdir(this.created).catch(() => undefined);
    this.created = undefined;
  }
}

/**
 * Whether the run that holds a lock is alive. Same kernel boot and pid namespace (or, off Linux and for locks without
 * them, the same host): its pid must be running, be another process than this one (unless this process holds the
 * lock), and have started when the lock says. A lock from before a reboot of this host is stale. Another machine,
 * or a container with its own pids on this kernel, cannot be checked: such a lock is stale after UNCHECKABLE_LOCK_HOURS.
 */
function holderState(holder: LockInfo, key: string, mine: LockInfo): "alive" | "stale" | "uncheckable" {
  let checkable: boolean;
  if (holder.boot !== undefined && mine.boot !== undefined) {
    if (holder.boot !== mine.boot) {
      if (holder.host === mine.host) return "stale"; // this machine rebooted since
      checkable = false;
    } else {
      checkable = holder.pidns !== undefined && mine.pidns !== undefined ? holder.pidns === mine.pidns : holder.host === mine.host;
    }
  } else {
    checkable = holder.host === mine.host;
  }
  if (!checkable) {
    const taken = Date.parse(holder.started);
    return Number.isFinite(taken) && Date.now() - taken > UNCHECKABLE_LOCK_HOURS * 3_600_000 ? "stale" : "uncheckable";
  }
  if (holder.pid === process.pid) return HELD.has(key) ? "alive" : "stale";
  if (!isAlive(holder.pid)) return "stale";
  if (holder.start !== undefined) {
    const start = processStartTicks(holder.pid);
    return start !== undefined && start !== holder.start ? "stale" : "alive";
  }
  // A lock without the start ticks (an older peakplan, or off Linux): a process that started after the lock was taken is another one.
  const startedMs = processStartMs(holder.pid);
  const taken = Date.parse(holder.started);
  return startedMs !== undefined && Number.isFinite(taken) && startedMs > taken + 2000 ? "stale" : "alive";
}

async function readLock(path: string): Promise<LockInfo | undefined> {
  try {
    const info = JSON.parse(await fs.readFile(path, "utf8")) as Partial<LockInfo>;
    if (typeof info.pid === "number" && typeof info.host === "string") {
      return {
        pid: info.pid,
        host: info.host,
        started: String(info.started ?? "?"),
        ...(typeof info.boot === "string" && { boot: info.boot }),
        ...(typeof info.pidns === "string" && { pidns: info.pidns }),
        ...(typeof info.start === "number" && { start: info.start }),
      };
    }
  } catch {
    // unreadable: a run that died while writing it
  }
  return undefined;
}

/**
 * Writes plan's outputs so the set switches in one step. Every file is staged and flushed; then a commit record
 * (the journal: staged name -> output, with this pid) is written, flushed and renamed into place. That rename is
 * the switch: before it the old set stands whole; after it the new set is committed, and if the run dies between
 * the file renames that follow, the next write into the folder (or the next plan) finishes them from the journal.
 * The outputs stay plain files at their usual paths (out/roster.csv), so `git add` and artifact uploads see files.
 */
export async function publishSet(dir: string, files: readonly OutputFile[]): Promise<void> {
  const { staged, toStdout } = await stageAll(files);
  await commitJournal(dir, staged, process.pid);
  for (const s of staged) {
    try {
      await fs.rename(s.tmp, s.target.real);
    } catch (error) {
      // The journal stays: the set is committed, and the next run finishes the renames it lists.
      throw fsInputError(s.target.path, error);
    }
  }
  await syncFolder(dir);
  await fs.rm(join(dir, JOURNAL), { force: true });
  for (const file of toStdout) await writeStdout(file.content);
}

/** The commit record, written whole (staged, flushed, renamed) so it is either absent or complete. */
export async function commitJournal(dir: string, staged: readonly Staged[], pid: number): Promise<void> {
  const record = { pid, renames: staged.map((s) => ({ from: s.tmp, to: s.target.real })) };
  const tmp = join(dir, `${JOURNAL}.${pid}.tmp`);
  try {
    const handle = await fs.open(tmp, "w");
    try {
      await handle.writeFile(JSON.stringify(record));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, join(dir, JOURNAL));
  } catch (error) {
    await fs.rm(tmp, { force: true });
    await Promise.all(staged.map((s) => fs.rm(s.tmp, { force: true })));
    throw fsInputError(join(dir, JOURNAL), error);
  }
  await syncFolder(dir);
}
