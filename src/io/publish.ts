// plan's outputs as one set: a lock on the output folder, and a commit record so a crash cannot leave a mixed set.
import { promises as fs } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { InputError } from "../errors.js";
import { JOURNAL, cleanStaleStaging, isAlive, stageAll, syncFolder, writeStdout, type OutputFile, type Staged } from "./atomic.js";
import { fsInputError } from "./out-path.js";

export const LOCK = ".peakplan.lock";

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

/**
 * One `plan` at a time per output folder: a lock file created with O_EXCL. A second run exits 2 naming the first
 * (its pid and start); a lock whose process is gone (kill -9, a reboot) is taken over. The lock is held from before
 * the previous roster is read until the new set is in place, so two runs never read or write a half-switched set.
 */
export class FolderLock {
  private path: string | undefined;
  /** the folder this run created for the lock: removed again if the run ends with nothing written */
  private created: string | undefined;

  async take(dir: string): Promise<void> {
    this.created = await fs.mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw fsInputError(dir, error);
    });
    const path = join(dir, LOCK);
    const mine: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await fs.writeFile(path, `${JSON.stringify(mine)}\n`, { flag: "wx" });
        this.path = path;
        // A run that died mid-switch is finished before this one reads the previous roster from the folder.
        await cleanStaleStaging(dir);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw fsInputError(path, error);
      }
      const holder = await readLock(path);
      if (holder !== undefined && (holder.host !== mine.host || isAlive(holder.pid))) {
        throw new InputError(path, undefined, `another peakplan run (pid ${holder.pid} on ${holder.host}, started ${holder.started}) is writing this folder; expected one run at a time: wait for it to finish (remove the lock only if that run is gone)`);
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
    this.path = undefined;
    // Bad input is "nothing written": a folder made only to hold the lock goes too (rmdir refuses if it has files).
    if (this.created !== undefined) await fs.rmdir(this.created).catch(() => undefined);
    this.created = undefined;
  }
}

async function readLock(path: string): Promise<LockInfo | undefined> {
  try {
    const info = JSON.parse(await fs.readFile(path, "utf8")) as Partial<LockInfo>;
    if (typeof info.pid === "number" && typeof info.host === "string") return { pid: info.pid, host: info.host, started: String(info.started ?? "?") };
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
