// plan checks its inputs against every file it may write before any work (review F1), and its output folders (F6).
// Before the fix, an export at out/report.html was replaced by the report (exit 0), and a --ics-dir that was a file
// failed at its mkdir after the whole solve (exit 1). Every case here fails on that code: it read the input instead.
import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planCommand } from "../../src/commands/plan.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { mkTemp } from "./cli.js";
import { inputError } from "../input-error.js";

const INPUT = "an input plan must not overwrite\n";

/** A folder with a config whose history and agents are the given paths (relative to the folder), both files holding INPUT. */
async function setup(history: string, agents: string): Promise<{ dir: string; config: string }> {
  const dir = await mkTemp();
  for (const path of [history, agents]) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), INPUT);
  }
  const config = join(dir, "c.json");
  writeFileSync(config, JSON.stringify({ timezone: "Europe/Helsinki", history, agents }));
  return { dir, config };
}

describe("plan: an input that is a file plan may write is exit 2 before any work, naming both", () => {
  const cases: Array<[string, string, string, string | undefined, RegExp]> = [
    ["history at out/report.html", "out/report.html", "agents.csv", undefined, /c\.json: history: .*\/out\/report\.html is also the file plan writes as .*\/out\/report\.html;/],
    ["history at out/forecast.csv", "out/forecast.csv", "agents.csv", undefined, /c\.json: history: .*out\/forecast\.csv is also the file plan writes as /],
    ["agents at out/summary.json", "t.csv", "out/summary.json", undefined, /c\.json: agents: .*out\/summary\.json is also the file plan writes as /],
    ["history spelled out/../out/report.html", "out/../out/report.html", "agents.csv", undefined, /c\.json: history: .* is also the file plan writes as .*\/out\/report\.html;/],
    ["agents at a draft copy, out/draft/roster.csv", "t.csv", "out/draft/roster.csv", undefined, /c\.json: agents: .* is also the file plan writes as .*\/out\/draft\/roster\.csv;/],
    ["agents at cal/a01.ics with --ics-dir cal", "t.csv", "cal/a01.ics", "cal", /c\.json: agents: .*cal\/a01\.ics is also a calendar in --ics-dir .*\/cal, where plan writes/],
    ["history at the lock, out/.peakplan.lock", "out/.peakplan.lock", "agents.csv", undefined, /c\.json: history: .* is also plan's lock file /],
    ["history named like a staging file in out/", "out/.roster.csv.123.0badf00d.tmp", "agents.csv", undefined, /c\.json: history: .* is also a staging file name plan uses in /],
  ];
  for (const [name, history, agents, ics, message] of cases) {
    it(name, async () => {
      const { dir, config } = await setup(history, agents);
      const error = await inputError(() => planCommand({ config, outDir: join(dir, "out"), icsDir: ics === undefined ? undefined : join(dir, ics), quiet: true }, memoryPrinter()));
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/expected an input outside the files this run writes/);
      expect(readFileSync(join(dir, history), "utf8")).toBe(INPUT);
      expect(readFileSync(join(dir, agents), "utf8")).toBe(INPUT);
      expect(existsSync(join(dir, "out", ".peakplan.lock")) && history !== "out/.peakplan.lock", "no lock taken").toBe(false);
    });
  }

  it("a symlink or a hard link to an output is the same file", async () => {
    const { dir, config } = await setup("t.csv", "agents.csv");
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "roster.csv"), "PUBLISHED\n");
    const viaLink = join(dir, "c-link.json");
    symlinkSync(join(dir, "out", "roster.csv"), join(dir, "link.csv"));
    writeFileSync(viaLink, JSON.stringify({ timezone: "Europe/Helsinki", history: "t.csv", agents: "link.csv" }));
    expect((await inputError(() => planCommand({ config: viaLink, outDir: join(dir, "out"), quiet: true }, memoryPrinter()))).message).toMatch(/c-link\.json: agents: .*link\.csv is also the file plan writes as .*roster\.csv;/);
    linkSync(join(dir, "out", "roster.csv"), join(dir, "hard.csv"));
    writeFileSync(config, JSON.stringify({ timezone: "Europe/Helsinki", history: "hard.csv", agents: "agents.csv" }));
    expect((await inputError(() => planCommand({ config, outDir: join(dir, "out"), quiet: true }, memoryPrinter()))).message).toMatch(/c\.json: history: .*hard\.csv is also the file plan writes as .*roster\.csv;/);
    expect(readFileSync(join(dir, "out", "roster.csv"), "utf8")).toBe("PUBLISHED\n");
  });

  it("the config itself inside the output folder as report.html", async () => {
    const { dir } = await setup("t.csv", "agents.csv");
    mkdirSync(join(dir, "out"));
    const config = join(dir, "out", "report.html");
    writeFileSync(config, JSON.stringify({ timezone: "Europe/Helsinki", history: "../t.csv", agents: "../agents.csv" }));
    const error = await inputError(() => planCommand({ config, outDir: join(dir, "out"), quiet: true }, memoryPrinter()));
    expect(error.message).toMatch(/^--config: .*out\/report\.html is also the file plan writes as /);
  });

  it("an input beside the outputs under another name is fine: the check goes on to read it", async () => {
    const { dir, config } = await setup("out/tickets.csv", "cal/agents.csv");
    const error = await inputError(() => planCommand({ config, outDir: join(dir, "out"), icsDir: join(dir, "cal"), quiet: true }, memoryPrinter()));
    expect(error.message).not.toMatch(/is also/);
  });
});

describe("plan: an output folder that is a file is exit 2 before any input is read (F6)", () => {
  it("--ics-dir FILE and /dev/null, and a file where draft/ goes", async () => {
    // the history is missing: the folder checks must come first, before any input is read or solved
    const { dir, config } = await setup("t.csv", "agents.csv");
    writeFileSync(config, JSON.stringify({ timezone: "Europe/Helsinki", history: "missing.csv", agents: "agents.csv" }));
    writeFileSync(join(dir, "calfile"), "a file\n");
    const run = (options: { icsDir?: string; outDir?: string }) => inputError(() => planCommand({ config, outDir: join(dir, "out"), quiet: true, ...options }, memoryPrinter()));
    expect((await run({ icsDir: join(dir, "calfile") })).message).toBe(`${join(dir, "calfile")}: is a file, not a folder; expected a folder for --ics-dir`);
    expect((await run({ icsDir: "/dev/null" })).message).toBe("/dev/null: is a file, not a folder; expected a folder for --ics-dir");
    mkdirSync(join(dir, "o2"));
    writeFileSync(join(dir, "o2", "draft"), "a file\n");
    expect((await run({ outDir: join(dir, "o2") })).message).toMatch(/o2\/draft: is a file, not a folder; expected a folder for --out-dir/);
    expect(readFileSync(join(dir, "calfile"), "utf8")).toBe("a file\n");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
