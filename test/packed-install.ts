// peakplan packed from this checkout and installed in a planning repository as the README's recipe does it (npm pack,
// npm init -y, npm install --offline of the vendored tarball), the installed result kept in node_modules/.cache between
// runs: npm's own work is about 11 s of CPU, the key and a copy of the result 0.5 s. A fresh clone's first run, and
// the first after a build that changed dist/, fill it.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, join, relative, sep } from "node:path";
import { ROOT } from "./hardening/cli.js";

interface Package {
  version: string;
  files?: string[];
  bin?: Record<string, string>;
  main?: string;
  browser?: string;
}
const readPackage = (): Package => JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Package;
const TARBALL = `peakplan-${readPackage().version}.tgz`;
// The recipe's npm commands. They are in the cache key: changing one is a miss. "npm ci && npm pack" in the checkout:
// ci is what made node_modules, and dist/ is fresh, so pack without running prepare (a second tsc would rewrite dist/
// under the other test files); --json only makes it list what it packed.
const PACK = ["pack", "--ignore-scripts", "--json"];
const INIT = ["init", "-y"];
// The tarball bundles its dependencies, so this needs no registry (--offline proves it).
const INSTALL = ["install", "--offline", "--no-audit", "--no-fund", `./vendor/${TARBALL}`];
const CACHE = join(ROOT, "node_modules", ".cache", "peakplan-workflow");

/*
 * Why a hit proves what a miss does. What the miss leaves in the repository (package.json, package-lock.json, vendor/,
 * node_modules/; no absolute path in any of them) is a function of the tarball, of npm (its version, the node it runs
 * on, its config files) and of the commands above; the tarball (npm pack writes fixed times) is a function of the
 * files npm pack reads. The key hashes npm's and node's versions, the config files, the commands, and the path,
 * executable bit and bytes of a superset of those files: package.json and the other files npm packs from the top
 * (README, LICENSE and the like) or that steer it (.npmignore, .gitignore), each path `files`, `bin`, `main` name, and
 * the whole folder of every package the bundle reaches from package.json (dependencies, optional and peer, resolved as
 * node does). A tsc rewriting dist/ with the same bytes keeps the key; a changed byte, a new or removed file, a new
 * dependency or an `npm ci` of other versions changes it. Two checks keep the key honest: a miss fails when npm packed
 * a file the key did not read (a packing rule it does not follow), and stores its result only if the key still holds
 * after the install (dist/ rebuilt meanwhile). Not in the key: flags given to an outer npm (`npm test --omit=...`),
 * which reach the inner one through the environment.
 * Two runs at once: an entry is written in a temporary folder and renamed whole; an old one is renamed away before it
 * is removed, so a copy from it either completes or fails (ENOENT), and a failed copy installs as a miss does.
 */

/** The real path of `name` on PATH, as a spawned "npm" or "node" finds it, or "". */
function onPath(name: string): string {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return realpathSync(join(dir, name));
  }
  return "";
}

function readOr(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** npm's version and config files (the checkout's own steers the pack), and the node it runs on (the first on PATH). */
function npmSetting(): string {
  const npm = onPath("npm"); // e.g. /usr/lib/node_modules/npm/bin/npm-cli.js
  const npmDir = npm ? dirname(dirname(npm)) : "";
  const pkg = JSON.parse((npmDir && readOr(join(npmDir, "package.json"))) || "{}") as { name?: string; version?: string };
  const version = pkg.name === "npm" ? pkg.version : execFileSync("npm", ["--version"], { encoding: "utf8" }).trim();
  const node = onPath("node");
  const userConfig = process.env.npm_config_userconfig ?? process.env.NPM_CONFIG_USERCONFIG ?? join(homedir(), ".npmrc");
  const globalConfig = process.env.npm_config_globalconfig ?? process.env.NPM_CONFIG_GLOBALCONFIG ?? join(dirname(dirname(node)), "etc", "npmrc");
  const configs = [join(ROOT, ".npmrc"), userConfig, globalConfig, npmDir && join(npmDir, "npmrc")].map(readOr);
  return JSON.stringify({ version, node, nodeVersion: process.version, configs, commands: [PACK, INIT, INSTALL] });
}

/** Adds every file under `path` (itself when a file) to the hash, by its path from ROOT as npm pack names it. */
function hashTree(path: string, name: string, hash: ReturnType<typeof createHash>, read: Set<string>): void {
  if (read.has(name)) return; // bin/peakplan.js is named by both `files` and `bin`
  const stat = lstatSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) hashTree(join(path, entry), `${name}/${entry}`, hash, read);
  } else if (stat.isSymbolicLink()) {
    hash.update(`${name}\0link\0${readlinkSync(path)}\0`);
    read.add(name);
  } else {
    const bytes = readFileSync(path);
    hash.update(`${name}\0${stat.mode & 0o111 ? "x" : "-"}\0${bytes.length}\0`).update(bytes);
    read.add(name);
  }
}

/** The package folders the bundle reaches from package.json, as node resolves each dependency (nearest node_modules up). */
function bundled(): string[] {
  const reached = new Set<string>();
  const visit = (pkgDir: string): void => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies })) {
      for (let dir = pkgDir; ; dir = dirname(dir)) {
        const at = join(dir, "node_modules", dep);
        if (existsSync(join(at, "package.json"))) {
          if (!reached.has(at)) {
            reached.add(at);
            visit(at);
          }
          break;
        }
        if (dir === ROOT || dirname(dir) === dir) break;
      }
    }
  };
  visit(ROOT);
  const sorted = [...reached].sort();
  return sorted.filter((at) => !sorted.some((outer) => at.startsWith(outer + sep))); // a nested one is in its parent's walk
}

/** The cache key, and the files it read (paths from ROOT). */
function packKey(): { key: string; read: Set<string> } {
  const hash = createHash("sha256").update(npmSetting());
  const read = new Set<string>();
  const top = readdirSync(ROOT).filter((f) => /^(package\.json|npm-shrinkwrap\.json|\.npmignore|\.gitignore|(readme|copying|licen[cs]e)(\..*)?)$/i.test(f));
  const pkg = readPackage();
  const named = [...(pkg.files ?? []), ...Object.values(pkg.bin ?? {}), pkg.main, pkg.browser].flatMap((f) => (f ? [f.replace(/^\.?\/+/, "").replace(/\/+$/, "")] : []));
  const pattern = named.find((f) => /[*?[\]{}!]/.test(f));
  if (pattern) throw new Error(`packed-install's cache key reads package.json's "files" as paths, not patterns: ${pattern}`);
  for (const f of [...new Set([...top, ...named])].sort()) if (existsSync(join(ROOT, f))) hashTree(join(ROOT, f), f, hash, read);
  for (const at of bundled()) hashTree(realpathSync(at), relative(ROOT, at).split(sep).join("/"), hash, read); // a linked package: its target
  return { key: hash.digest("hex").slice(0, 32), read };
}

/**
 * Makes `repo`, a fresh git repository in a folder of its own, hold the recipe's result: vendor/ with the tarball,
 * package.json, package-lock.json and node_modules/. From the cache when it holds this key, else by running npm.
 */
export function installPacked(repo: string, env: NodeJS.ProcessEnv): "cached" | "installed" {
  const { key, read } = packKey();
  const entry = join(CACHE, key);
  if (existsSync(entry) && restore(entry, repo)) return "cached";
  const work = dirname(repo);
  const packed = (JSON.parse(execFileSync("npm", [...PACK, "--pack-destination", work], { cwd: ROOT, stdio: "pipe", encoding: "utf8" })) as { files: { path: string }[] }[])[0]?.files ?? [];
  const unread = packed.map((f) => f.path).filter((path) => !read.has(path));
  if (unread.length > 0) throw new Error(`npm packed files packed-install's cache key does not read: ${unread.slice(0, 5).join(", ")}`);
  mkdirSync(join(repo, "vendor"), { recursive: true });
  writeFileSync(join(repo, "vendor", TARBALL), readFileSync(join(work, TARBALL)));
  execFileSync("npm", INIT, { cwd: repo, stdio: "pipe" });
  execFileSync("npm", INSTALL, { cwd: repo, stdio: "pipe", env });
  if (packKey().key === key) store(repo, key);
  return "installed";
}

/** Copies the entry into `repo`; false (and `repo` as it was) when the entry went away during the copy. */
function restore(entry: string, repo: string): boolean {
  try {
    cpSync(entry, repo, { recursive: true, verbatimSymlinks: true });
    return true;
  } catch {
    for (const name of readdirSync(repo)) if (name !== ".git") rmSync(join(repo, name), { recursive: true, force: true });
    return false;
  }
}

function store(repo: string, key: string): void {
  const tmp = join(CACHE, `tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  mkdirSync(tmp, { recursive: true });
  for (const name of readdirSync(repo)) if (name !== ".git") cpSync(join(repo, name), join(tmp, name), { recursive: true, verbatimSymlinks: true });
  try {
    renameSync(tmp, join(CACHE, key));
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another run stored this key first
  }
  // One entry is kept: each is about 30 MB, and every build with changed output is a new key. A temporary folder is
  // another run's write in progress unless it is an hour old (a run that died).
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (name === key || (name.startsWith("tmp-") && Date.now() - statSync(path).mtimeMs < 3_600_000)) continue;
    const away = join(CACHE, `gone-${randomBytes(4).toString("hex")}`);
    try {
      renameSync(path, away);
      rmSync(away, { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
}
