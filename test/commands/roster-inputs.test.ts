// What `schedule` and `check` read: requirements.csv or a forecast whose offsets are not the zone in use stop them.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scheduleInputs } from "../../src/commands/roster-inputs.js";
import { writeRequirementsCsv } from "../../src/io/requirements-csv.js";
import { requirements } from "../schedule/helpers.js";
import { inputError } from "../input-error.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-roster-inputs-"));
const agents = join(dir, "agents.csv");
writeFileSync(agents, "id,seniority\nana,senior\n");
const london = join(dir, "london-req.csv");
await writeRequirementsCsv(london, requirements("2026-11-23", "2026-11-23", (_, h) => ({ agents: h >= 9 && h < 17 ? 1 : 0 }), "Europe/London"), []);

describe("scheduleInputs", () => {
  it("requirements.csv made in London and read in Helsinki is exit 2 naming line 2 and both zones", async () => {
    const e = await inputError(() => scheduleInputs({ requirements: london, agents }, () => {}));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/london-req\.csv:2: hour_start 2026-11-23T00:00\+00:00 carries offset \+00:00, which Europe\/Helsinki \(the zone in use\) .*fit Europe\/London: expected --tz Europe\/London/);
  });

  it("reads the same file with --tz Europe/London", async () => {
    const { requirements: rows, zone } = await scheduleInputs({ requirements: london, agents, tz: "Europe/London" }, () => {});
    expect(zone).toBe("Europe/London");
    expect(rows).toHaveLength(24);
  });

  it("a forecast staffed first (--forecast) is held to the same zone", async () => {
    const f = join(dir, "london-fc.csv");
    writeFileSync(f, "hour_start,channel,volume\n2026-11-23T09:00+00:00,chat,5\n");
    const e = await inputError(() => scheduleInputs({ forecast: f, agents }, () => {}));
    expect(e.message).toMatch(/london-fc\.csv:2: .*Europe\/Helsinki .*fit Europe\/London/);
  });
});
