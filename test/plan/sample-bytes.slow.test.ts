// Refactors change no output byte: plan's five files on the bundled sample hash as the reference run did.
// The reference (test/plan/sample-reference.json) names the commit it was made at; a change meant to alter these
// outputs regenerates it with `sh scripts/plan-reference.sh [REV]` and says so in its commit.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
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
    const outDir = mkdtempSync(join(tmpdir(), "peakplan-sample-bytes-"));
    await planCommand({ today: "2026-11-01", outDir, quiet: true }, memoryPrinter());
    const hashes: Record<string, string> = {};
    for (const file of Object.keys(reference.files)) {
      // summary.json names the history by its absolute path: the checkout's folder is <root> in the reference.
      const text = readFileSync(join(outDir, file), "utf8").split(ROOT).join("<root>");
      hashes[file] = createHash("sha256").update(text).digest("hex");
    }
    expect(Object.keys(hashes)).toEqual(["forecast.csv", "requirements.csv", "roster.csv", "report.html", "summary.json"]);
    expect(hashes).toEqual(reference.files);
  }, 300_000);
});
