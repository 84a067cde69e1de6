// The agents' calendars: every agent of the team gets one, so an agent a re-plan took off every shift is emptied,
// not left with the last file that told them to come in.
import { describe, expect, it } from "vitest";
import { calendarFiles, rosterCalendars } from "../../src/io/roster-ics.js";
import type { RosterRow } from "../../src/schedule/types.js";

const row = (agentId: string, date: string): RosterRow => ({
  date, agentId, name: agentId.toUpperCase(), seniority: "experienced", shift: "early",
  start: `${date}T07:00+02:00`, end: `${date}T15:00+02:00`, hours: 8, cost: 200,
});
const events = (text: string | undefined): number => (text?.match(/BEGIN:VEVENT/g) ?? []).length;

describe("rosterCalendars", () => {
  it("writes an empty calendar for a team member with no shift, and the shifts of the others", () => {
    const calendars = rosterCalendars([row("a1", "2026-11-27"), row("a1", "2026-11-28"), row("a2", "2026-11-27")], [{ id: "a1", name: "Ann" }, { id: "a2", name: "Bo" }, { id: "a3", name: "Cy" }]);
    expect([...calendars.keys()].sort()).toEqual(["a1", "a2", "a3"]);
    expect([events(calendars.get("a1")), events(calendars.get("a2")), events(calendars.get("a3"))]).toEqual([2, 1, 0]);
    expect(calendars.get("a3")).toContain("X-WR-CALNAME:Shifts: Cy");
    expect(calendars.get("a3")).toMatch(/^BEGIN:VCALENDAR[\s\S]*END:VCALENDAR\r\n$/);
  });

  it("gives the file names of the whole team, the roster's agents among them", () => {
    const files = calendarFiles("/cal", [row("a1", "2026-11-27")], [{ id: "a1", name: "Ann" }, { id: "a 2", name: "Bo" }]);
    expect(files.map((f) => f.path)).toEqual(["/cal/a1.ics", expect.stringMatching(/^\/cal\/a_2-[0-9a-f]{8}\.ics$/)]);
  });
});
