// Whole-or-nothing writes: a temporary file in the same folder, then a rename over the target.
import { randomBytes } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../errors.js";

/** Writes `content` to `path` atomically; a failure leaves any earlier file untouched. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await writeFilesAtomic([{ path, content }]);
}

/** The temporary name a file is staged under: hidden, beside its target (a rename never crosses file systems). */
function stagingPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/** Several outputs that must land together: each is staged first, then all are renamed in turn. */
export async function writeFilesAtomic(files: ReadonlyArray<{ path: string; content: string | Uint8Array }>): Promise<void> {
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const file of files) {
      await assertWritableFolder(dirname(file.path), file.path);
      const tmp = stagingPath(file.path);
      await fs.writeFile(tmp, file.content);
      staged.push({ tmp, path: file.path });
    }
  } catch (error) {
    await Promise.all(staged.map((s) => fs.rm(s.tmp, { force: true })));
    throw error;
  }
  for (let i = 0; i < staged.length; i++) {
    const s = staged[i] as { tmp: string; path: string };
    try {
      await fs.rename(s.tmp, s.path);
    } catch (error) {
      // Renames already done stay (each file is whole); the rest must not litter the folder with temp files.
      await Promise.all(staged.slice(i).map((t) => fs.rm(t.tmp, { force: true })));
      throw error;
    }
  }
}

async function assertWritableFolder(dir: string, target: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(dir);
  } catch {
    throw new InputError(target, undefined, `the folder ${dir} does not exist; expected an output path inside an existing folder`);
  }
  if (!stat.isDirectory()) throw new InputError(target, undefined, `${dir} is not a folder; expected an output path inside a folder`);
  try {
    const targetStat = await fs.stat(target);
    if (targetStat.isDirectory()) throw new InputError(target, undefined, "is a folder; expected a file path to write");
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
}

/** Streams chunks (a file too big to hold) to a staged file, respecting back-pressure, then renames it over `path`. */
export async function streamToFileAtomic(path: string, chunks: Iterable<string>): Promise<{ rows: number; bytes: number }> {
  await assertWritableFolder(dirname(path), path);
  const tmp = stagingPath(path);
  const stream = createWriteStream(tmp);
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
            stream.end(resolve);
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
    await fs.rename(tmp, path);
  } catch (error) {
    stream.destroy();
    await fs.rm(tmp, { force: true });
    throw error;
  }
  return { rows: Math.max(rows, 0), bytes };
}
