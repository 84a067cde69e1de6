// Refactors change no output byte: plan's five files on the bundled sample hash as the reference run did.
// The reference (test/plan/sample-reference.json) names the commit it was made at; a change meant to alter these
// outputs regenerates it with `sh test/plan/reference.sh [REV]` and says so in its commit.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planCommand } from "../../src/commands/plan.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { outputHash, REFERENCE, ROOT } from "./reference.js";

describe("plan on the bundled sample", () => {
  it(`writes the same bytes as at ${REFERENCE.commit}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-sample-bytes-"));
    const outDir = join(dir, "out");
    // The bundled config with an hour's time limit, so a loaded machine cannot stop the solver short of the optimum.
    const config = JSON.parse(readFileSync(join(ROOT, "data/peakplan.config.json"), "utf8")) as Record<string, unknown>;
    const file = join(dir, "peakplan.config.json");
    writeFileSync(file, JSON.stringify({ ...config, history: join(ROOT, "data/tickets.csv"), agents: join(ROOT, "data/agents.csv"), schedule: { timeLimitSeconds: 3600, solver: "auto" } }));
    await planCommand({ config: file, today: "2026-11-01", outDir, quiet: true }, memoryPrinter());
    const hashes: Record<string, string> = {};
    for (const name of Object.keys(REFERENCE.files)) hashes[name] = outputHash(join(outDir, name));
    expect(Object.keys(hashes)).toEqual(["forecast.csv", "requirements.csv", "roster.csv", "report.html", "summary.json"]);
    expect(hashes).toEqual(REFERENCE.files);
  }, 600_000);
});
