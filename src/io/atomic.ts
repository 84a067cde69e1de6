// Whole-or-nothing writes: a temporary file in the same folder, then a rename over the target.
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../errors.js";

/** Writes `content` to `path` atomically; a failure leaves any earlier file untouched. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await assertWritableFolder(dir, path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, content);
    await fs.rename(tmp, path);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

/** Several outputs that must land together: each is staged first, then all are renamed in turn. */
export async function writeFilesAtomic(files: ReadonlyArray<{ path: string; content: string | Uint8Array }>): Promise<void> {
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const file of files) {
      const dir = dirname(file.path);
      await assertWritableFolder(dir, file.path);
      const tmp = join(dir, `.${basename(file.path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
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
