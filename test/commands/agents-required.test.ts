// A roster or a hiring plan is for the lead's own team: without agents.csv (option or config) the run stops rather
// than rostering the bundled demo team against the store's requirements.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agentsFile } from "../../src/commands/inputs.js";
import { scheduleInputs } from "../../src/commands/roster-inputs.js";
import { defaultConfig } from "../../src/config/types.js";
import { InputError } from "../../src/errors.js";

const MISSING = /^--agents: missing; expected the team's agents\.csv/;

describe("agents.csv is the lead's, never the demo team by default", () => {
  it("takes the option, then the config's agents, and stops without either", () => {
    const config = defaultConfig();
    expect(agentsFile("team.csv", { ...config, agents: "config.csv" })).toBe("team.csv");
    expect(agentsFile(undefined, { ...config, agents: "config.csv" })).toBe("config.csv");
    expect(() => agentsFile(undefined, config)).toThrow(InputError);
    expect(() => agentsFile(undefined, config)).toThrow(MISSING);
  });

  it("schedule and check stop with exit 2 on a requirements file and no agents", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-agents-"));
    const requirements = join(dir, "requirements.csv");
    writeFileSync(requirements, "hour_start,agents,seniors,standby\n2026-11-02T10:00+02:00,1,0,0\n");
    await expect(scheduleInputs({ requirements }, () => undefined)).rejects.toThrow(MISSING);
  });
});
