// `hire` sizes cohorts on the season `plan` staffs: the same requirements from the same config (closed days too), and
// no cohort at all on a forecast plan refuses.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hireCommand, requirementsFromConfig } from "../../src/commands/hire.js";
import { planCommand } from "../../src/commands/plan.js";
import { loadConfig } from "../../src/config.js";
import { ShortfallError } from "../../src/errors.js";
import { requirementsToCsv } from "../../src/io/requirements-csv.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { sampleChunks } from "../../src/sample/generate.js";
import { CORE_TEAM } from "../plan/team.js";

function store(extra: Record<string, unknown>): { dir: string; config: string } {
  const dir = mkdtempSync(join(tmpdir(), "peakplan-hire-season-"));
  // Six and a half weeks of history: enough for the forecast both commands make (a closed 20 November still moves its
  // email to the 21st, 6.2 -> 13.2 a day), at two thirds of the ingest and fit a history from September cost.
  writeFileSync(join(dir, "tickets.csv"), [...sampleChunks({ seed: 7, from: "2025-10-01", to: "2025-11-15", zone: "Europe/Helsinki", scale: 0.2, dirty: false })].join(""));
  writeFileSync(join(dir, "agents.csv"), CORE_TEAM);
  const config = join(dir, "peakplan.config.json");
  writeFileSync(config, JSON.stringify({
    timezone: "Europe/Helsinki", history: "tickets.csv", agents: "agents.csv", season: { from: "2025-11-16", to: "2025-11-22" },
    schedule: { timeLimitSeconds: 20 }, plan: { outDir: "out", maxShortfallHours: 1000, freezeDays: 7 }, ...extra,
  }));
  return { dir, config };
}

describe("hire and plan forecast one season", { timeout: 120_000 }, () => {
  it("hire's requirements for a config with closedDays are plan's requirements.csv, byte for byte", async () => {
    // Thursday 20 November closed: its email must not land on the 21st in one command and not the other.
    const { dir, config } = store({ closedDays: ["12-25", "11-20"] });
    await planCommand({ config, today: "2025-09-01" }, memoryPrinter()).catch((e: unknown) => {
      if (!(e instanceof ShortfallError)) throw e;
    });
    const file = [join(dir, "out", "requirements.csv"), join(dir, "out", "draft", "requirements.csv")].find((f) => existsSync(f)) ?? "";
    const planned = readFileSync(file, "utf8");
    const channels = (planned.split("\n")[0] ?? "").split(",").slice(4);
    expect(channels.length).toBeGreaterThan(1);
    const rows = await requirementsFromConfig(await loadConfig(config), memoryPrinter());
    expect(rows.filter((r) => r.hourStart.startsWith("2025-11-20")).every((r) => r.agents === 0)).toBe(true);
    expect(requirementsToCsv(rows, channels)).toBe(planned);
  });

  it("sizes no cohort on a forecast far below the run rate (exit 3, nothing written), as plan writes only a draft", async () => {
    // Every day of the window closed: the forecast is zero while the store ran at about fifty tickets a day.
    const { dir, config } = store({ closedDays: ["11-16", "11-17", "11-18", "11-19", "11-20", "11-21", "11-22"] });
    const out = join(dir, "hires.csv");
    const error = await hireCommand({ config, out, today: "2025-09-01" }, memoryPrinter()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShortfallError);
    expect(String((error as Error).message)).toMatch(/^no hires sized, nothing written: .*run rate.*--requirements/);
    expect(existsSync(out)).toBe(false);
  });
});
