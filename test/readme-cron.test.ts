// The README's table of cron lines: each UTC time lands where it says in store time, in the season and out of it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";

const README = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
const section = README.split("### When it runs")[1]?.split("\n### ")[0] ?? "";
const rows = [...section.matchAll(/^\| ([A-Za-z_]+\/[A-Za-z_]+) \| `(\d+) (\d+) \* \* \*` \| (\d\d:\d\d)[^|]*\| (\d\d:\d\d)[^|]*\|$/gm)];

describe("README: when the cron runs in store time", () => {
  it("has a row per zone", () => {
    expect(rows.map((r) => r[1])).toEqual(["Europe/Helsinki", "Europe/Berlin", "Europe/London", "America/New_York", "Australia/Sydney"]);
  });

  it.each(rows.map((r) => [r[1], r] as const))("%s: the UTC line gives the stated local times, both before the 07:00 early shift", (zone, r) => {
    const [minute, hour, winter, summer] = [Number(r[2]), Number(r[3]), r[4], r[5]];
    const at = (date: string): string => DateTime.fromISO(`${date}T00:00`, { zone: "UTC" }).set({ hour, minute }).setZone(zone).toFormat("HH:mm");
    expect(at("2026-12-01"), "November to March").toBe(winter);
    expect(at("2026-07-01"), "April to October").toBe(summer);
    for (const local of [winter, summer]) expect((local ?? "99:99") < "07:00").toBe(true);
  });

  it("the workflow's schedule is the Helsinki line", () => {
    expect(README).toContain('- cron: "0 3 * * *"');
  });
});
