// Whole-or-nothing writes: a temporary file in the same folder, flushed to disk, then a rename over the target.
import { randomBytes } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
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
 * Removes staging files left by runs that died (kill -9, power cut) before their rename: their pid is gone. A live
 * pid's files are another run's work in progress and stay.
 */
export async function cleanStaleStaging(dir: string): Promise<void> {
  await finishCommitted(dir);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = STAGING.exec(name)?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) await fs.rm(join(dir, name), { force: true });
  }
}

/**
 * A plan that died after committing its set (the journal is in place) but before all its renames: the staged files
 * are whole and flushed, so the renames are finished here, before anything else writes into or cleans the folder.
 */
export async function finishCommitted(dir: string): Promise<void> {
  let record: { pid?: unknown; renames?: Array<{ from: string; to: string }> };
  try {
    record = JSON.parse(await fs.readFile(join(dir, JOURNAL), "utf8")) as typeof record;
  } catch {
    return;
  }
  if (typeof record.pid === "number" && isAlive(record.pid)) return;
  for (const r of record.renames ?? []) {
    await fs.rename(r.from, r.to).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
  await syncFolder(dir);
  await fs.rm(join(dir, JOURNAL), { force: true });
}

export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
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
