// The core (forecast, staff, schedule, time) takes data, not paths: no module it reaches, directly or through
// others, imports node:fs or reads process (STYLE.md; issue 16).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");
const CORE = ["forecast", "staff", "schedule", "time"];

/** Relative imports of a source file, resolved to .ts paths; `import type` is left out (it is erased at build). */
function localImports(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+"(\.[^"]+)"/gms)) {
    out.push(resolve(dirname(file), (m[1] ?? "").replace(/\.js$/, ".ts")));
  }
  return out;
}

/** Why a file is not core-safe, or undefined: it imports the file system or reads process. */
export function forbidden(text: string): string | undefined {
  if (/from\s+"(node:)?fs(\/promises)?"/.test(text)) return "imports node:fs";
  if (/\bprocess\.\w/.test(text.replace(/\/\/.*$/gm, ""))) return "reads process";
  return undefined;
}

/** Every module reachable from `start`, with the chain that reached it. */
function walk(start: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of localImports(file, readFileSync(file, "utf8"))) {
      if (seen.has(next)) continue;
      seen.set(next, [...(seen.get(file) ?? []), next]);
      queue.push(next);
    }
  }
  return seen;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("the core reads no files", () => {
  it("tells a file-reading module from a pure one", () => {
    expect(forbidden('import { promises as fs } from "node:fs";')).toBe("imports node:fs");
    expect(forbidden('import { readFile } from "fs/promises";')).toBe("imports node:fs");
    expect(forbidden("const d = process.cwd();")).toBe("reads process");
    expect(forbidden('import { DateTime } from "luxon";\n// process.env is not read here')).toBeUndefined();
  });

  it("finds the core's modules", () => {
    for (const dir of CORE) expect(tsFiles(join(SRC, dir)).length, dir).toBeGreaterThan(1);
  });

  it("no core module reaches node:fs or process", () => {
    const offenders: string[] = [];
    for (const dir of CORE) {
      for (const file of tsFiles(join(SRC, dir))) {
        for (const [mod, chain] of walk(file)) {
          const why = forbidden(readFileSync(mod, "utf8"));
          if (why) offenders.push(`${chain.map((f) => relative(SRC, f)).join(" -> ")} ${why}`);
        }
      }
    }
    expect([...new Set(offenders)]).toEqual([]);
  });
});
