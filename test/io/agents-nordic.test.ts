// agents.csv in Finnish, Swedish, Danish and Norwegian: headers and yes/no read, unused columns named once,
// near misses stopped with the right name.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { readAgentsCsv } from "../../src/io/agents-csv.js";
import { nearMiss } from "../../src/io/agents-header.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-agents-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("agents.csv in the Nordic languages", () => {
  it.each([
    ["fi", "tunnus;nimi;kokemus;max_tunnit_viikossa;viikonloput;päivystys\na1;Aino;senior;30;ei;kyllä\n"],
    ["sv", "id;namn;erfarenhet;max_timmar_per_vecka;helgar;jour\na1;Aino;senior;30;nej;ja\n"],
    ["da", "id;navn;erfaring;max_timer_om_ugen;weekender;tilkald\na1;Aino;senior;30;nej;ja\n"],
    ["nb", "id;navn;erfaring;max_timer_per_uke;helger;vakt\na1;Aino;senior;30;nei;ja\n"],
  ])("%s headers and yes/no values", async (lang, text) => {
    const warnings: string[] = [];
    const [agent] = await readAgentsCsv(file(`${lang}.csv`, text), (w) => warnings.push(w));
    expect(agent).toMatchObject({ id: "a1", name: "Aino", seniority: "senior", maxHoursPerWeek: 30, weekends: false, onCall: true });
    // Only the defaults of the columns these headers leave out are said; every column given is read.
    expect(warnings).toEqual([`${join(dir, `${lang}.csv`)}: no max_days_per_week, hourly_cost column, so every agent takes 5 days a week, hourly_cost 25; add the column to say otherwise`]);
  });

  it("reads a team sheet's English synonyms and stops on a column that names a missing one", async () => {
    const [agent] = await readAgentsCsv(file("synonyms.csv", "id,seniority,start date,days per week,hours per week,works weekends,standby,hourly rate\na1,senior,2026-11-02,4,32,no,no,31\n"));
    expect(agent).toMatchObject({ availableFrom: "2026-11-02", maxDaysPerWeek: 4, maxHoursPerWeek: 32, weekends: false, onCall: false, hourlyCost: 31 });
    // "weekends_available" is not read and weekends is missing: its default (yes for all) would roster those who said no.
    await expect(readAgentsCsv(file("meant.csv", "id,seniority,weekends_available\na1,senior,no\n"))).rejects.toThrow(/meant\.csv:1: column "weekends_available" is not one peakplan reads; expected "weekends"$/);
  });

  it("reads a note in brackets as the lead's, and takes a column one letter from a short name or beside the column it resembles as unused", async () => {
    const full = "id,name,seniority,max_days_per_week,weekends,on_call,hourly_cost";
    // "Age" is one edit from no column read as such now; "Hour" one from the Swedish "jour" (on_call), already read.
    const [agent] = await readAgentsCsv(file("extras.csv", `${full},max hours per week (contract),Age,Hour\na1,Aino,senior,5,no,yes,30,32,41,9\n`));
    expect(agent).toMatchObject({ maxHoursPerWeek: 32, hourlyCost: 30, onCall: true });
    // A slip of a column that is missing still stops.
    await expect(readAgentsCsv(file("slip.csv", "id,seniority,max_hour_per_week\na1,new,30\n"))).rejects.toThrow(/expected "max_hours_per_week"$/);
  });

  it("names the missing columns whose defaults every agent takes, in one warning", async () => {
    const warnings: string[] = [];
    await readAgentsCsv(file("bare.csv", "id,seniority\na1,senior\n"), (w) => warnings.push(w));
    expect(warnings).toEqual([`${join(dir, "bare.csv")}: no max_days_per_week, max_hours_per_week, weekends, on_call, hourly_cost column, so every agent takes 5 days a week, 40 hours a week, weekends yes, on_call yes (new agents no), hourly_cost 25; add the column to say otherwise`]);
  });

  it("columns peakplan does not use are named in one warning with the columns it reads", async () => {
    const warnings: string[] = [];
    const path = file("extra.csv", "id,seniority,team,phone\na1,experienced,north,123\n");
    await readAgentsCsv(path, (w) => warnings.push(w));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^.*extra\.csv: columns "team", "phone" not used; peakplan reads id, name, seniority, /);
    expect(warnings[1]).toMatch(/^.*extra\.csv: no max_days_per_week, /);
  });

  it("a near miss stops with exit 2 and the right name", async () => {
    const error = await readAgentsCsv(file("near.csv", "id,seniority,max_hour_per_week\na1,new,30\n")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/near\.csv:1: column "max_hour_per_week" is not one peakplan reads; expected "max_hours_per_week"$/);
    expect(nearMiss("weekend_shifts")).toBeUndefined();
    expect(nearMiss("oncall")).toBe("on_call");
    expect(nearMiss("max_tunti_viikossa")).toBe("max_hours_per_week");
  });
});

describe("agents.csv as peakplan writes it", () => {
  it("agentsToCsv writes every column, contract minimum and time off included, and reads back the same team", async () => {
    const { agentsToCsv } = await import("../../src/io/agents-csv.js");
    const team = [
      { id: "a1", name: "Aino", seniority: "senior" as const, maxDaysPerWeek: 5, maxHoursPerWeek: 40, weekends: true, onCall: true, hourlyCost: 32,
        minHoursPerWeek: 30, unavailable: [{ from: "2026-12-24", to: "2026-12-24" }, { from: "2026-12-30", to: "2027-01-02" }] },
      { id: "a2", name: "Ben", seniority: "new" as const, availableFrom: "2026-11-16", maxDaysPerWeek: 4, maxHoursPerWeek: 32, weekends: false, onCall: false, hourlyCost: 22 },
    ];
    const text = agentsToCsv(team);
    expect(text.split("\n")[1]).toBe(`a1,Aino,senior,,,5,40,yes,yes,32,30,"2026-12-24;2026-12-30..2027-01-02"`);
    expect(await readAgentsCsv(file("written.csv", text))).toEqual(team);
  });

  it("an impossible date (month 13) is a line-numbered input error, not a crash", async () => {
    const path = file("month13.csv", "id,seniority,available_from\na1,senior,2026-13-01\n");
    const error = await readAgentsCsv(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${path}:2: available_from "2026-13-01"; expected a date YYYY-MM-DD`);
  });
});
