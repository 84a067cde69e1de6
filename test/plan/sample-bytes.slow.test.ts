// Refactors change no output byte: plan's five files on the bundled sample hash as the reference run did.
// The reference (test/plan/sample-reference.json) names the commit it was made at; a change meant to alter these
// outputs regenerates it with `sh test/plan/reference.sh [REV]` and says so in its commit.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { planCommand } from "../../src/commands/plan.js";
import { memoryPrinter } from "../../src/io/terminal.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");
const reference = JSON.parse(readFileSync(join(ROOT, "test/plan/sample-reference.json"), "utf8")) as { commit: string; files: Record<string, string> };

describe("plan on the bundled sample", () => {
  it(`writes the same bytes as at ${reference.commit}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-sample-bytes-"));
    const outDir = join(dir, "out");
    // The bundled config with an hour's time limit, so a loaded machine cannot stop the solver short of the optimum.
    const config = JSON.parse(readFileSync(join(ROOT, "data/peakplan.config.json"), "utf8")) as Record<string, unknown>;
    const file = join(dir, "peakplan.config.json");
    writeFileSync(file, JSON.stringify({ ...config, history: join(ROOT, "data/tickets.csv"), agents: join(ROOT, "data/agents.csv"), schedule: { timeLimitSeconds: 3600, solver: "auto" } }));
    await planCommand({ config: file, today: "2026-11-01", outDir, quiet: true }, memoryPrinter());
    const hashes: Record<string, string> = {};
    for (const file of Object.keys(reference.files)) {
      // summary.json names the history by its absolute path: the checkout's folder is <root> in the reference.
      const text = readFileSync(join(outDir, file), "utf8").split(ROOT).join("<root>");
      hashes[file] = createHash("sha256").update(text).digest("hex");
    }
    expect(Object.keys(hashes)).toEqual(["forecast.csv", "requirements.csv", "roster.csv", "report.html", "summary.json"]);
    expect(hashes).toEqual(reference.files);
  }, 600_000);
});
