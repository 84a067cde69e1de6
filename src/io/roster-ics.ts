// One iCalendar file per agent, built with the `ics` package; fixed UIDs and stamps so the same roster gives the same files.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { createEvents, type EventAttributes } from "ics";
import { InternalError } from "../errors.js";
import type { RosterRow } from "../schedule/types.js";

/** An agent a calendar is written for, shifts or none. */
export interface CalendarAgent {
  id: string;
  name: string;
}

/**
 * Calendar text per agent id; times in UTC so Google Calendar and Outlook place them right whatever their zone.
 * Every agent of `team` gets one, an empty calendar when the roster gives them no shift: a calendar subscribed to
 * must lose the shifts a re-plan took away, not keep the last file that held them.
 */
export function rosterCalendars(rows: readonly RosterRow[], team: readonly CalendarAgent[] = []): Map<string, string> {
  const byAgent = new Map<string, RosterRow[]>();
  const names = new Map<string, string>();
  for (const a of team) {
    byAgent.set(a.id, []);
    names.set(a.id, a.name);
  }
  for (const r of rows) byAgent.set(r.agentId, [...(byAgent.get(r.agentId) ?? []), r]);
  const out = new Map<string, string>();
  for (const [agentId, list] of byAgent) {
    const events = list.map((r): EventAttributes => {
      const start = Date.parse(r.start);
      const event = {
        start, startInputType: "utc", startOutputType: "utc",
        end: Date.parse(r.end), endInputType: "utc", endOutputType: "utc",
        title: r.shift === "on-call" ? "On call (support)" : `Support shift: ${r.shift}`,
        description: `${r.name}, ${r.shift} ${r.start} to ${r.end}`,
        uid: `${r.date}-${r.shift}-${encodeURIComponent(agentId)}@peakplan`,
        busyStatus: r.shift === "on-call" ? "FREE" : "BUSY",
        // DTSTAMP would otherwise be the wall clock, and the files would differ on every run.
        timestamp: start,
      } as EventAttributes;
      return event;
    });
    const { error, value } = createEvents(events, { productId: "peakplan", calName: `Shifts: ${list[0]?.name ?? names.get(agentId) ?? agentId}` });
    if (error || value === null) throw new InternalError(`ics could not write the calendar of ${agentId}: ${error?.message ?? "no output"}`);
    out.set(agentId, value);
  }
  return out;
}

/** One `<agent>.ics` per agent of the roster and of `team` in `dir`, as files to write together. */
export function calendarFiles(dir: string, rows: readonly RosterRow[], team: readonly CalendarAgent[] = []): Array<{ path: string; content: string }> {
  const calendars = [...rosterCalendars(rows, team)];
  const names = calendarNames(calendars.map(([agentId]) => agentId));
  return calendars.map(([agentId, content]) => ({ path: join(dir, names.get(agentId) as string), content }));
}

/**
 * A file name per agent id, unique even where ids differ only in characters a file name cannot hold ("a 1", "a/1",
 * "a_1") or only in case (a folder on macOS or Windows ignores case): an id that is not already a safe, unshared
 * name gets the first 8 hex digits of its SHA-256, so the name stays the same from run to run.
 */
export function calendarNames(agentIds: readonly string[]): Map<string, string> {
  const safe = (id: string): string => id.replace(/[^A-Za-z0-9_.-]/g, "_").replace(/^\./, "_");
  const groups = new Map<string, number>();
  for (const id of agentIds) groups.set(safe(id).toLowerCase(), (groups.get(safe(id).toLowerCase()) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const id of agentIds) {
    const s = safe(id);
    const unique = s === id && groups.get(s.toLowerCase()) === 1;
    names.set(id, unique ? `${s}.ics` : `${s}-${createHash("sha256").update(id).digest("hex").slice(0, 8)}.ics`);
  }
  return names;
}
