// plan and hire print staff's notes (mail after the last open hour is not planned) and store events forecast without uplift.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { requirementsFromConfig } from "../../src/commands/hire.js";
import { planCommand } from "../../src/commands/plan.js";
import { loadConfig } from "../../src/config.js";
import { ShortfallError } from "../../src/errors.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { sampleChunks } from "../../src/sample/generate.js";
import { CORE_TEAM } from "../plan/team.js";

const NOT_PLANNED = /^peakplan: warning: email: \d+\.\d messages arrive after the plan's last open hour and are not planned$/;

describe("staff's notes in plan and hire", () => {
  let config: string;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-plan-notes-"));
    writeFileSync(join(dir, "tickets.csv"), [...sampleChunks({ seed: 7, from: "2025-09-01", to: "2025-11-15", zone: "Europe/Helsinki", scale: 0.25, dirty: false })].join(""));
    writeFileSync(join(dir, "agents.csv"), CORE_TEAM);
    config = join(dir, "peakplan.config.json");
    // Email closes at 22:00 on the window's last day: the mail of its last two hours has no open hour left.
    const settings = { timezone: "Europe/Helsinki", history: "tickets.csv", agents: "agents.csv", season: { from: "2025-11-17", to: "2025-11-19" }, events: { custom: [{ name: "spring-sale", date: "2025-11-18" }] }, schedule: { timeLimitSeconds: 10 }, plan: { outDir: "out", maxShortfallHours: 100000, maxOnCallShortDays: 100 } };
    writeFileSync(config, JSON.stringify(settings));
  });

  it("plan prints them as warnings", async () => {
    const p = memoryPrinter();
    await planCommand({ config, today: "2025-11-12" }, p).catch((e: unknown) => {
      if (!(e instanceof ShortfallError)) throw e;
    });
    expect(p.stderr.filter((l) => NOT_PLANNED.test(l))).toHaveLength(1);
    // The store's own sale has no last season in this history: forecast without uplift, and said.
    expect(p.stderr.filter((l) => l.startsWith("peakplan: warning: spring-sale on 2025-11-18: no last-season day"))).toHaveLength(1);
  }, 120_000);

  it("hire prints them as warnings when it staffs the config's season", async () => {
    const p = memoryPrinter();
    await requirementsFromConfig(await loadConfig(config), p);
    expect(p.stderr.filter((l) => NOT_PLANNED.test(l))).toHaveLength(1);
  }, 60_000);
});
