// Runs the CLI for the hardening suite: in-process through main(argv, io), or as a child process of the built CLI
// (after making sure dist/ is not older than src/) for the few cases that test the exit code and stdio path.
import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, mkdirSync, promises as fs, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { memoryIo } from "../../src/io/terminal.js";
import { main } from "../../src/main.js";
import { onReleaseMemory } from "../../src/schedule/memory.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = join(ROOT, "bin/peakplan.js");

function newest(dir: string, ext: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(path, ext));
    else if (entry.name.endsWith(ext)) t = Math.max(t, statSync(path).mtimeMs);
  }
  return t;
}

/**
 * Builds once when any src file is newer than its compiled output. Test files run in parallel workers, so a lock
 * folder keeps two of them from running tsc over the same dist/ at once.
 */
export function ensureBuilt(): void {
  const lock = join(tmpdir(), "peakplan-hardening-build.lock");
  for (let i = 0; i < 600; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      execFileSync("sleep", ["0.1"]);
    }
  }
  try {
    let stale = true;
    try {
      // tsc rewrites every output, so dist/main.js is as old as the last build.
      stale = newest(join(ROOT, "src"), ".ts") > statSync(join(ROOT, "dist/main.js")).mtimeMs;
    } catch {
      stale = true;
    }
    if (stale) {
      try {
        execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.json")], { stdio: "pipe" });
      } catch {
        // Type errors in files others are still writing do not stop tsc from emitting; the cases below judge the CLI.
      }
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs main(argv, io) in this process with `cwd` as the working folder: the same parse, commands and exit codes as the
 * built CLI, without a child process. Callers run one at a time (the working folder is the process's).
 *
 * `collect: false` leaves out the full garbage collections main registers for long solves (src/io/collect.ts): in a
 * test worker each walks the whole worker's heap (the suite's modules and every file's data), about 0.3 s of CPU, two
 * in a small plan, and a test that does not measure memory learns nothing from them. main registers the collector
 * before its first await and a command solves only after reading its files, so the no-op set right after the call is
 * the one the solve finds (were that ever not so, the collections would only cost time again).
 */
export async function runMain(args: readonly string[], cwd: string, { collect = true }: { collect?: boolean } = {}): Promise<Run> {
  const io = memoryIo();
  const home = process.cwd();
  process.chdir(cwd);
  try {
    const run = main(["node", "peakplan", ...args], io);
    if (!collect) onReleaseMemory(() => {});
    const code = await run;
    return { code, stdout: io.out.join(""), stderr: io.err.join("") };
  } finally {
    process.chdir(home);
  }
}

export function runCli(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Every file under `dir` (relative path -> sha256 of its bytes), so a run can be shown to have changed nothing.
 * Hashes, not buffers: a deep compare of a 3 MB buffer takes the test runner seconds. Files over 64 MB (the long-line
 * inputs) are fingerprinted by size and modification time instead of being read again.
 */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      const rel = relative(dir, path);
      if (entry.isDirectory()) {
        out.set(`${rel}/`, "folder");
        walk(path);
      } else if (entry.isFile()) {
        const st = statSync(path);
        out.set(rel, st.size > 64 * 1024 * 1024 ? `size ${st.size} mtime ${st.mtimeMs}` : createHash("sha256").update(readFileSync(path)).digest("hex"));
      } else out.set(rel, "special");
    }
  };
  walk(dir);
  return out;
}

/** Bytes of a long line written out in full; the rest is a hole the file system fills with zeros on reading. */
const WRITTEN = 4 * 1024 * 1024;

/**
 * A line of `bytes` bytes after `prefix`, then `suffix` (the 300 MB line), without holding it in memory. Only the
 * first 4 MB hold `fill`: every reader guard trips within the first million characters, and past that the line
 * goes on as zero bytes, a sparse hole that costs no write (writing 300 MB was a second of the suite, twice). A
 * reader that wrongly read the whole line would still read all 300 MB.
 */
export async function writeLong(path: string, prefix: string, fill: string, bytes: number, suffix: string): Promise<void> {
  const stream = createWriteStream(path);
  const block = fill.repeat(Math.ceil((1 << 20) / fill.length)).slice(0, 1 << 20);
  const write = (s: string): Promise<void> => new Promise((resolve) => (stream.write(s) ? resolve() : stream.once("drain", resolve)));
  await write(prefix);
  const full = Math.min(bytes, WRITTEN);
  for (let left = full; left > 0; left -= block.length) await write(left >= block.length ? block : block.slice(0, left));
  await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  if (bytes > full) await fs.truncate(path, Buffer.byteLength(prefix) + bytes);
  if (suffix !== "") await fs.appendFile(path, suffix);
}

export const mkTemp = (): Promise<string> => fs.mkdtemp(join(tmpdir(), "peakplan-hard-"));
