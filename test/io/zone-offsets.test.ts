// A plan file's hour_start offsets must be the zone in use's: the first that is not stops the run, naming a fitting zone.
import { describe, expect, it } from "vitest";
import { checkZoneOffsets } from "../../src/io/zone-offsets.js";
import { thrownInputError as thrown } from "../input-error.js";

const at = (hourStarts: string[]) => hourStarts.map((hourStart, i) => ({ line: i + 2, hourStart }));

describe("checkZoneOffsets", () => {
  it("passes a file in the zone in use, across its fall-back change", () => {
    const hours = at(["2026-10-25T02:00+03:00", "2026-10-25T03:00+03:00", "2026-10-25T03:00+02:00", "2026-10-25T04:00+02:00"]);
    expect(() => checkZoneOffsets("f.csv", "Europe/Helsinki", hours)).not.toThrow();
  });

  it("names the file, the first line, the zone in use and one that fits (London across its fall-back)", () => {
    const e = thrown(() => checkZoneOffsets("f.csv", "Europe/Helsinki", at(["2026-10-25T00:00+01:00", "2026-10-25T01:00+01:00", "2026-10-25T01:00+00:00", "2026-10-25T02:00+00:00"])));
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe(
      'f.csv:2: hour_start 2026-10-25T00:00+01:00 carries offset +01:00, which Europe/Helsinki (the zone in use) does not have then (+03:00); the file\'s offsets fit Europe/London: expected --tz Europe/London (or "timezone": "Europe/London" in the config)',
    );
  });

  it("finds the first hour that leaves the zone, even when its offset did not change", () => {
    // Still at summer time an hour after Helsinki fell back: line 4.
    const e = thrown(() => checkZoneOffsets("f.csv", "Europe/Helsinki", at(["2026-10-25T02:00+03:00", "2026-10-25T02:00+03:00", "2026-10-25T03:00+03:00", "2026-10-25T04:00+03:00"])));
    expect(e.message).toMatch(/^f\.csv:5: hour_start 2026-10-25T04:00\+03:00 carries offset \+03:00, which Europe\/Helsinki/);
  });

  it("says UTC+hh:mm when no zone has the offsets", () => {
    const e = thrown(() => checkZoneOffsets("f.csv", "UTC", at(["2026-11-02T00:00+01:23"])));
    expect(e.message).toMatch(/fit UTC\+01:23: expected --tz \(or "timezone" in the config\) set to the zone the file was made in$/);
  });
});
