import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { initCommand } from "../../src/commands/init.js";
import { loadConfig } from "../../src/config.js";
import { InputError } from "../../src/errors.js";
import { readAgentsCsv } from "../../src/io/agents-csv.js";
import { memoryPrinter } from "../../src/io/terminal.js";

describe("peakplan init", () => {
  it("creates the planning folder with a config that loads with every default and an agents template that reads", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "peakplan-init-")), "planning");
    const [configFile, agentsFile] = await initCommand({ dir }, memoryPrinter());
    const config = await loadConfig(configFile);
    expect(config.history).toBe(join(dir, "tickets.csv"));
    expect(config.plan.outDir).toBe(join(dir, "out"));
    expect(config.shifts.map((s) => s.name)).toEqual(["early", "day", "evening"]);
    const agents = await readAgentsCsv(agentsFile ?? "");
    expect(agents.map((a) => a.seniority)).toEqual(["senior", "experienced", "new"]);
    expect(agents[2]?.onCall).toBe(false);
  });

  it("refuses to overwrite without --force, and leaves the file as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-init-"));
    const [configFile] = await initCommand({ dir }, memoryPrinter());
    const before = readFileSync(configFile ?? "", "utf8");
    await expect(initCommand({ dir }, memoryPrinter())).rejects.toThrow(InputError);
    expect(readFileSync(configFile ?? "", "utf8")).toBe(before);
    await expect(initCommand({ dir, force: true }, memoryPrinter())).resolves.toHaveLength(2);
  });
});
