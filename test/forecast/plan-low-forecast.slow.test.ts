// `plan` exits 3 when the forecast is far below the recent run rate: here every day of the window is closed by
// the config while the store ran at hundreds a day, so the forecast is zero.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planCommand } from "../../src/commands/plan.js";
import { ShortfallError } from "../../src/errors.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { sampleChunks } from "../../src/sample/generate.js";

describe("plan on a forecast far below the run rate", () => {
  it("writes the plan but is not acceptable (exit 3), naming the run rate", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-lowforecast-"));
    writeFileSync(join(dir, "tickets.csv"), [...sampleChunks({ seed: 7, from: "2025-09-01", to: "2025-11-15", zone: "Europe/Helsinki", scale: 0.2, dirty: false })].join(""));
    writeFileSync(join(dir, "agents.csv"), "id,name,seniority,available_from,available_to,max_days_per_week,max_hours_per_week,weekends,on_call,hourly_cost\ns1,Sanna,senior,,,5,40,yes,yes,32\n");
    const config = join(dir, "peakplan.config.json");
    writeFileSync(config, JSON.stringify({
      timezone: "Europe/Helsinki", history: join(dir, "tickets.csv"), agents: join(dir, "agents.csv"),
      season: { from: "2025-11-16", to: "2025-11-17" }, closedDays: ["2025-11-16", "2025-11-17"],
      schedule: { timeLimitSeconds: 10 }, plan: { outDir: join(dir, "out"), maxShortfallHours: 1000, freezeDays: 7 },
    }));
    const p = memoryPrinter();
    const err = await planCommand({ config }, p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShortfallError);
    expect(String((err as Error).message)).toMatch(/run rate/);
    // The draft says so too: summary.json and report.html carry the verdict the exit code came from.
    const summary = JSON.parse(readFileSync(join(dir, "out", "draft", "summary.json"), "utf8"));
    expect(summary.acceptable).toBe(false);
    expect(summary.reasons).toEqual([expect.stringMatching(/run rate/)]);
    const html = readFileSync(join(dir, "out", "draft", "report.html"), "utf8");
    expect(html).toContain('class="verdict bad"');
    expect(html).not.toContain("Acceptable: this roster can be published.");
    expect(html).toMatch(/<li>[^<]*run rate[^<]*<\/li>/);
  }, 60_000);
});
