// `peakplan init`: writes a starter config and an agents template, refusing to overwrite without --force.
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors.js";
import { writeFilesAtomic } from "../io/atomic.js";
import { checkOutputFolder } from "../io/out-path.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { AGENTS_TEMPLATE, starterConfig } from "../plan/starter.js";

export interface InitOptions {
  dir?: string;
  force?: boolean;
}

export async function initCommand(options: InitOptions, printer: Printer = stdPrinter()): Promise<string[]> {
  const dir = options.dir ?? ".";
  await checkOutputFolder(dir, "--dir");
  const files = [
    { path: join(dir, "peakplan.config.json"), content: starterConfig() },
    { path: join(dir, "agents.csv"), content: AGENTS_TEMPLATE },
  ];
  if (!options.force) {
    for (const f of files) {
      const exists = await fs.stat(f.path).then(() => true, () => false);
      if (exists) throw new InputError(f.path, undefined, "already exists; expected a new file (use --force to overwrite)");
    }
  }
  // init is where a planning folder starts, so it may create it (unlike outputs of later runs).
  await fs.mkdir(dir, { recursive: true });
  await writeFilesAtomic(files);
  printer.out(`wrote ${files.map((f) => f.path).join(" and ")}\nnext: put your ticket export beside them as tickets.csv and run: peakplan plan --config ${files[0]?.path}`);
  return files.map((f) => f.path);
}
