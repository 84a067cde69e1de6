// agents.csv: a new agent without a start date is read, with a warning that the first-week pairing cannot apply.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readAgentsCsv } from "../../src/io/agents-csv.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-agents-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a new agent without available_from", () => {
  it("is read, with one warning naming the agent: the first-week pairing needs a start date", async () => {
    const path = join(dir, "agents.csv");
    writeFileSync(path, "id,name,seniority,available_from,available_to\nn1,New One,new,,2027-01-15\nn2,New Two,new,2026-11-16,\ns1,Senior,senior,,\n");
    const warnings: string[] = [];
    const agents = await readAgentsCsv(path, (w) => warnings.push(w));
    expect(agents.map((a) => a.id)).toEqual(["n1", "n2", "s1"]);
    expect(warnings).toEqual([
      `${path}: no max_days_per_week, max_hours_per_week, weekends, on_call, hourly_cost column, so every agent takes 5 days a week, 40 hours a week, weekends yes, on_call yes (new agents no), hourly_cost 25; add the column to say otherwise`,
      `${path}:2: new agent "n1" (New One) has no available_from, so the first-week pairing with an experienced agent cannot apply; expected a start date YYYY-MM-DD`,
    ]);
  });
});
