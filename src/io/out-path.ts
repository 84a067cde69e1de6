// Output paths checked before any work: what a path really is (file, link, device, "-") and that no output is an input.
import { promises as fs } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { InputError } from "../errors.js";

/** Where an output lands: standard output, or a regular file (a symlink's target, written through). */
export type OutputTarget = { kind: "stdout"; path: string } | { kind: "file"; path: string; real: string };

/** Paths that mean "write to standard output" rather than "replace this file". */
const STDOUT_PATHS = new Set(["-", "/dev/stdout"]);

/**
 * Resolves an output path without touching it. A rename over a device node, FIFO or socket would replace it with a
 * regular file (as root, /dev/null itself), so those are refused; a symlink to a regular file is written through
 * (its target is renamed over, the link stays); `-` and /dev/stdout are a plain write to standard output.
 */
export async function resolveOutput(path: string): Promise<OutputTarget> {
  if (path.trim() === "") throw new InputError('""', undefined, "an empty output path; expected a file name");
  if (STDOUT_PATHS.has(path)) return { kind: "stdout", path };
  let real = path;
  let stat = await fs.lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw fsInputError(path, error);
  });
  if (stat?.isSymbolicLink()) {
    try {
      real = await fs.realpath(path);
      stat = await fs.stat(real);
    } catch {
      throw new InputError(path, undefined, "is a symbolic link to nothing; expected a link to an existing file, or a plain path");
    }
  }
  if (stat?.isDirectory()) throw new InputError(path, undefined, "is a folder; expected a file path to write");
  if (stat !== undefined && !stat.isFile()) {
    throw new InputError(path, undefined, "is not a regular file (a device, pipe or socket); expected a file path to write, or - for standard output");
  }
  await assertFolder(dirname(real), path);
  return { kind: "file", path, real };
}

async function assertFolder(dir: string, target: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat === undefined) throw new InputError(target, undefined, `the folder ${dir} does not exist; expected an output path inside an existing folder`);
  if (!stat.isDirectory()) throw new InputError(target, undefined, `${dir} is not a folder; expected an output path inside a folder`);
}

/** A folder outputs go into (plan --out-dir, init --dir, --ics-dir): it may be missing (it is created) but not a file. */
export async function checkOutputFolder(dir: string, option: string): Promise<void> {
  if (dir.trim() === "") throw new InputError(option, undefined, "an empty folder path; expected a folder name");
  const stat = await fs.stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw fsInputError(dir, error);
  });
  if (stat !== undefined && !stat.isDirectory()) throw new InputError(dir, undefined, `is a file, not a folder; expected a folder for ${option}`);
}

/**
 * Checks every output before the work starts: each must be writable as a file, no two outputs may be the same file,
 * and no output may be one of the inputs (`forecast --history X --out X` would overwrite the history).
 */
export async function checkOutputs(outputs: ReadonlyArray<{ option: string; path: string | undefined }>, inputs: ReadonlyArray<{ option: string; path: string | undefined }> = []): Promise<void> {
  const seen = new Map<string, string>();
  for (const input of inputs) {
    if (input.path === undefined || input.path === "") continue;
    seen.set(await identity(input.path), `the input ${input.option}`);
  }
  for (const output of outputs) {
    if (output.path === undefined) continue;
    const target = await resolveOutput(output.path);
    if (target.kind === "stdout") continue;
    const id = await identity(target.real);
    const clash = seen.get(id);
    if (clash !== undefined) throw new InputError(output.option, undefined, `${output.path} is also ${clash}; expected a different path (writing it would overwrite ${clash.startsWith("the input") ? "the input" : "the other output"})`);
    seen.set(id, `the output ${output.option}`);
  }
}

/** One key per file: device and inode when it exists (hard links, ./x and x agree), else the absolute path. */
async function identity(path: string): Promise<string> {
  const stat = await fs.stat(path).catch(() => undefined);
  return stat ? `${stat.dev}:${stat.ino}` : resolve(path);
}

const FS_CAUSES: Record<string, string> = {
  ENOSPC: "no space left on the device; expected room to write the output (free some space and run again)",
  EDQUOT: "the disk quota is used up; expected room to write the output",
  EFBIG: "the file would be too large for this file system",
  EACCES: "permission denied; expected a folder this user can write",
  EPERM: "permission denied; expected a folder this user can write",
  EROFS: "a read-only file system; expected a writable folder",
  ENOENT: "no such folder; expected an output path inside an existing folder",
  ENOTDIR: "a part of the path is not a folder; expected a path inside an existing folder",
  EISDIR: "is a folder; expected a file path to write",
  ENAMETOOLONG: "the name is too long; expected a shorter path",
  EIO: "an input/output error from the disk",
  EMFILE: "too many open files",
};

/** A file-system failure while writing `path`, as exit 2 naming the user's path (not the hidden staging file). */
export function fsInputError(path: string, error: unknown): Error {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const cause = code !== undefined ? FS_CAUSES[code] : undefined;
  if (cause === undefined) return error instanceof Error ? error : new Error(String(error));
  return new InputError(path, undefined, `cannot write: ${cause} (${code})`);
}

/** An input a command reads, named as the user gave it: a config key (`file` the config, `where` the key) or an option. */
export interface NamedInput {
  file: string;
  where?: string;
  path: string | undefined;
}

/**
 * What a command may write: exact files (`paths`, compared as files: the same file however spelled, hard links and
 * symlinks too) and, per folder, any name `names` accepts (calendars named after agents, staging files with a pid).
 */
export interface Writes {
  paths: ReadonlyArray<{ path: string; what: string }>;
  folders: ReadonlyArray<{ dir: string; names: (name: string) => boolean; what: string }>;
}

/**
 * Checks, before any work, that no input is a file the command may write (plan's five outputs, their draft copies,
 * the calendars, the lock, the commit record, staging files): writing it would replace the input. Exit 2 naming both.
 */
export async function checkInputsNotWritten(inputs: readonly NamedInput[], writes: Writes): Promise<void> {
  const exact = new Map<string, string>();
  for (const w of writes.paths) exact.set(await identity(w.path), w.what);
  const folders = await Promise.all(writes.folders.map(async (f) => ({ ...f, real: await realFolder(f.dir) })));
  for (const input of inputs) {
    if (input.path === undefined || input.path === "") continue;
    const refuse = (what: string): never => {
      throw new InputError(input.file, input.where, `${input.path} is also ${what}; expected an input outside the files this run writes (writing would overwrite it)`);
    };
    const clash = exact.get(await identity(input.path));
    if (clash !== undefined) refuse(clash);
    const real = await fs.realpath(input.path).catch(() => resolve(input.path as string));
    for (const spelled of new Set([resolve(input.path), real])) {
      const dir = await realFolder(dirname(spelled));
      const name = basename(spelled);
      for (const f of folders) if (f.real === dir && f.names(name)) refuse(f.what);
    }
  }
}

async function realFolder(dir: string): Promise<string> {
  return fs.realpath(dir).catch(() => resolve(dir));
}
