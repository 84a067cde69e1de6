// `peakplan demo` end to end on the bundled sample: each import warning printed once, the three files written.
// The demo is the step-by-step path (forecast, then staff on the forecast.csv it wrote), so its forecast.csv and
// requirements.csv must be byte for byte the ones plan writes on the sample: both are held to the reference that
// test/plan/sample-bytes.slow.test.ts holds plan's outputs to (this replaces a test that solved the sample a third time).
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoCommand } from "../../src/commands/demo.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { outputHash, REFERENCE } from "../plan/reference.js";

describe("peakplan demo", () => {
  it("prints each import warning once, points at plan --sample, and forecasts and staffs as plan does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-demo-"));
    const p = memoryPrinter();
    const files = await demoCommand({ outDir: dir }, p);
    for (const f of files) expect(existsSync(f), f).toBe(true);
    const warnings = p.stderr.filter((l) => l.startsWith("peakplan: warning:"));
    expect(warnings.length).toBeGreaterThan(0); // the sample has dirty rows on purpose
    expect(new Set(warnings).size).toBe(warnings.length);
    expect(p.stdout.join("\n")).toContain("peakplan plan --sample");
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(["forecast.csv", "requirements.csv", "roster.csv"]);
    expect(outputHash(join(dir, "forecast.csv")), "forecast.csv differs from plan's on the sample").toBe(REFERENCE.files["forecast.csv"]);
    expect(outputHash(join(dir, "requirements.csv")), "requirements.csv differs between plan and forecast | staff").toBe(REFERENCE.files["requirements.csv"]);
  }, 180_000);
});
