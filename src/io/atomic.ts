// Whole-or-nothing writes: a temporary file in the same folder, flushed to disk, then a rename over the target.
import { randomBytes } from "node:crypto";
import { createWriteStream, promises as fs, readFileSync, readlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fsInputError, resolveOutput, type OutputTarget } from "./out-path.js";

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** Writes `content` to `path` atomically; a failure leaves any earlier file untouched. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await writeFilesAtomic([{ path, content }]);
}

/** plan's commit record (io/publish.ts): the renames a committed set still needs, and the pid that wrote it. */
export const JOURNAL = ".peakplan-commit.json";

/** Staging names: hidden, beside the target (a rename never crosses file systems), with the writer's pid. */
export const STAGING = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export function stagingPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * Removes staging files left by runs that died (kill -9, power cut) before their rename: their pid is gone, or it
 * belongs to a process that started after the file was written (a pid reused after a reboot or in another container).
 * A live run's files are its work in progress and stay. Under plan's lock (`underLock`), the commit record is a dead
 * run's whatever its pid, and so are its own staging files and those of `deadPid` (the holder whose lock was taken over).
 */
export async function cleanStaleStaging(dir: string, underLock?: { deadPid?: number }): Promise<void> {
  await finishCommitted(dir, underLock !== undefined);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(dir, name);
    if (underLock !== undefined && name.startsWith(`${JOURNAL}.`) && name.endsWith(".tmp")) {
      await fs.rm(path, { force: true });
      continue;
    }
    const pid = STAGING.exec(name)?.[1];
    if (pid === undefined) continue;
    // The dead holder's pid, unless it is this process's own (then the file times tell this run's work from the dead one's).
    const dead = Number(pid) === underLock?.deadPid && Number(pid) !== process.pid;
    const stale = dead || !(await stagingWriterAlive(Number(pid), path));
    if (stale) await fs.rm(path, { force: true });
  }
}

/** Whether the process that wrote a staging file may still be writing it: its pid is alive and started before the file. */
async function stagingWriterAlive(pid: number, path: string): Promise<boolean> {
  if (!isAlive(pid)) return false;
  const started = processStartMs(pid);
  const written = (await fs.stat(path).catch(() => undefined))?.mtimeMs;
  // A 2 s margin: the boot time is in whole seconds and a file system's times may be coarse.
  return started === undefined || written === undefined || started <= written + 2000;
}

/**
 * A plan that died after committing its set (the journal is in place) but before all its renames: the staged files
 * are whole and flushed, so the renames are finished here, before anything else writes into or cleans the folder.
 * `force`: the caller holds plan's lock, so the run that wrote the record is over, whatever its pid is now.
 */
export async function finishCommitted(dir: string, force = false): Promise<void> {
  let record: { pid?: unknown; renames?: Array<{ from: string; to: string }> };
  try {
    record = JSON.parse(await fs.readFile(join(dir, JOURNAL), "utf8")) as typeof record;
  } catch {
    return;
  }
  if (!force && typeof record.pid === "number" && isAlive(record.pid)) return;
  for (const r of record.renames ?? []) {
    await fs.rename(r.from, r.to).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
  await syncFolder(dir);
  await fs.rm(join(dir, JOURNAL), { force: true });
}

export function isAlive(pid: number): boolean {
  // 0 and -1 would signal a process group or every process: no lock or file holds them, so nothing is alive there.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Linux: this boot of the kernel (a reboot changes it; containers on one host share it), else undefined. */
export const BOOT_ID: string | undefined = readProc("/proc/sys/kernel/random/boot_id")?.trim() || undefined;

/** Linux: this process's pid namespace (a container has its own), else undefined. */
export const PID_NAMESPACE: string | undefined = (() => {
  try {
    return readlinkSync("/proc/self/ns/pid");
  } catch {
    return undefined;
  }
})();

/** Linux: when a process started, in clock ticks since boot (/proc/<pid>/stat field 22), else undefined. */
export function processStartTicks(pid: number): number | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // The name (field 2) is in parentheses and may hold spaces; field 3 is the first after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[22 - 3]);
  return Number.isFinite(ticks) ? ticks : undefined;
}

/** Linux: when a process started, in ms since the epoch (boot time plus its start ticks at 100 a second), else undefined. */
export function processStartMs(pid: number): number | undefined {
  const ticks = processStartTicks(pid);
  const btime = Number(/^btime (\d+)$/m.exec(readProc("/proc/stat") ?? "")?.[1]);
  return ticks === undefined || !(btime > 0) ? undefined : btime * 1000 + ticks * 10;
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Writes one staged file and flushes it to disk, so the rename that follows never publishes a file still in cache. */
async function stageFile(tmp: string, content: string | Uint8Array): Promise<void> {
  const handle = await fs.open(tmp, "wx");
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (the renames) to disk; some file systems refuse, which loses only durability. */
export async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

export interface Staged {
  tmp: string;
  target: OutputTarget & { kind: "file" };
}

/** Resolves and stages every file; on any failure removes what it staged and fails naming the user's path. */
export async function stageAll(files: readonly OutputFile[]): Promise<{ staged: Staged[]; toStdout: OutputFile[] }> {
  const staged: Staged[] = [];
  const toStdout: OutputFile[] = [];
  const targets: OutputTarget[] = [];
  for (const file of files) targets.push(await resolveOutput(file.path));
  for (const dir of new Set(targets.flatMap((t) => (t.kind === "file" ? [dirname(t.real)] : [])))) await cleanStaleStaging(dir);
  let current = "";
  try {
    for (let i = 0; i < files.length; i++) {
      const file = files[i] as OutputFile;
      const target = targets[i] as OutputTarget;
      current = file.path;
      if (target.kind === "stdout") {
        toStdout.push(file);
        continue;
      }
      const tmp = stagingPath(target.real);
      staged.push({ tmp, target });
      await stageFile(tmp, file.content);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => fs.rm(s.tmp, { force: true })));
    throw fsInputError(current, error);
  }
  return { staged, toStdout };
}

/** Renames staged files into place in turn; a failure removes the ones still waiting. */
export async function renameAll(staged: readonly Staged[]): Promise<void> {
  for (let i = 0; i < staged.length; i++) {
    const s = staged[i] as Staged;
    try {
      await fs.rename(s.tmp, s.target.real);
    } catch (error) {
      // Renames already done stay (each file is whole); the rest must not litter the folder with temp files.
      await Promise.all(staged.slice(i).map((t) => fs.rm(t.tmp, { force: true })));
      throw fsInputError(s.target.path, error);
    }
  }
  for (const dir of new Set(staged.map((s) => dirname(s.target.real)))) await syncFolder(dir);
}

/** Writes to standard output (`--out -`), waiting until the text is handed over. */
export async function writeStdout(content: string | Uint8Array): Promise<void> {
  await new Promise<void>((resolve, reject) => process.stdout.write(content, (error) => (error ? reject(error) : resolve())));
}

/** Several outputs that must land together: each is staged and flushed first, then all are renamed in turn. */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  const { staged, toStdout } = await stageAll(files);
  await renameAll(staged);
  for (const file of toStdout) await writeStdout(file.content);
}

/** Streams chunks (a file too big to hold) to a staged file, respecting back-pressure, then renames it over `path`. */
export async function streamToFileAtomic(path: string, chunks: Iterable<string>): Promise<{ rows: number; bytes: number }> {
  const target = await resolveOutput(path);
  const real = target.kind === "file" ? target.real : undefined;
  if (real !== undefined) await cleanStaleStaging(dirname(real));
  const tmp = real === undefined ? undefined : stagingPath(real);
  const stream = tmp === undefined ? process.stdout : createWriteStream(tmp, { flags: "wx" });
  let rows = -1;
  let bytes = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      stream.on("error", reject);
      const iterator = chunks[Symbol.iterator]();
      const pump = (): void => {
        for (;;) {
          const next = iterator.next();
          if (next.done) {
            if (tmp === undefined) resolve();
            else stream.end(resolve);
            return;
          }
          bytes += Buffer.byteLength(next.value);
          for (let i = next.value.indexOf("\n"); i >= 0; i = next.value.indexOf("\n", i + 1)) rows++;
          if (!stream.write(next.value)) {
            stream.once("drain", pump);
            return;
          }
        }
      };
      pump();
    });
    if (tmp !== undefined && real !== undefined) {
      await flushFile(tmp);
      await fs.rename(tmp, real);
      await syncFolder(dirname(real));
    }
  } catch (error) {
    if (tmp !== undefined) {
      (stream as ReturnType<typeof createWriteStream>).destroy();
      await fs.rm(tmp, { force: true });
    }
    throw fsInputError(path, error);
  }
  return { rows: Math.max(rows, 0), bytes };
}

async function flushFile(path: string): Promise<void> {
  const handle = await fs.open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
