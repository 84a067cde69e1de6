// `peakplan demo` end to end on the bundled sample: each import warning printed once, the three files written.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoCommand } from "../../src/commands/demo.js";
import { memoryPrinter } from "../../src/io/terminal.js";

describe("peakplan demo", () => {
  it("prints each import warning once and points at plan --sample", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-demo-"));
    const p = memoryPrinter();
    const files = await demoCommand({ outDir: dir }, p);
    for (const f of files) expect(existsSync(f), f).toBe(true);
    const warnings = p.stderr.filter((l) => l.startsWith("peakplan: warning:"));
    expect(warnings.length).toBeGreaterThan(0); // the sample has dirty rows on purpose
    expect(new Set(warnings).size).toBe(warnings.length);
    expect(p.stdout.join("\n")).toContain("peakplan plan --sample");
  }, 180_000);
});
