// `plan` and the step-by-step path (`forecast`, then `staff` on the forecast.csv it wrote) staff the same hours.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecastCommand } from "../../src/commands/forecast.js";
import { planCommand } from "../../src/commands/plan.js";
import { staffCommand } from "../../src/commands/staff.js";
import { SAMPLE } from "../../src/io/paths.js";
import { memoryPrinter } from "../../src/io/terminal.js";

describe("plan against forecast | staff on the bundled sample", () => {
  it("writes byte-identical forecast.csv and requirements.csv", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-paths-"));
    const forecast = join(dir, "forecast.csv");
    const requirements = join(dir, "requirements.csv");
    await forecastCommand({ history: SAMPLE.history, config: SAMPLE.config, out: forecast }, memoryPrinter());
    await staffCommand({ forecast, config: SAMPLE.config, out: requirements }, memoryPrinter());
    // The sample team covers its season (exit 0), so plan publishes into plan/ itself.
    await planCommand({ sample: true, outDir: join(dir, "plan"), today: "2026-10-01" }, memoryPrinter());
    const planned = join(dir, "plan", "requirements.csv");
    const steps = readFileSync(requirements, "utf8");
    expect(steps.split("\n").length).toBeGreaterThan(1000);
    expect(readFileSync(planned, "utf8") === steps, "requirements.csv differs between plan and forecast | staff").toBe(true);
    expect(readFileSync(join(dir, "plan", "forecast.csv"), "utf8") === readFileSync(forecast, "utf8")).toBe(true);
  }, 180_000);
});
