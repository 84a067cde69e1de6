// requirements.csv: the contract between `staff` and `schedule`, read back with its gaps checked.
import { parseDecimal } from "../values.js";
import { DateTime } from "luxon";
import { InputError } from "../errors.js";
import { REQUIREMENT_COLUMNS, type RequirementRow } from "../staff/types.js";
import { writeFileAtomic } from "./atomic.js";
import { readCsvTable, toCsv } from "./csv.js";
import { isIsoWithOffset } from "../time/hours.js";
import { checkZoneOffsets, type HourLine } from "./zone-offsets.js";

export function requirementsToCsv(rows: readonly RequirementRow[], channels: readonly string[]): string {
  return toCsv(
    [...REQUIREMENT_COLUMNS, ...channels],
    rows.map((r) => [r.hourStart, r.agents, r.seniors, r.standby, ...channels.map((c) => Math.round((r.byChannel[c] ?? 0) * 1000) / 1000)]),
  );
}

export async function writeRequirementsCsv(path: string, rows: readonly RequirementRow[], channels: readonly string[]): Promise<void> {
  await writeFileAtomic(path, requirementsToCsv(rows, channels));
}

/**
 * Reads requirements.csv. `agents` is required; `seniors` defaults to 1 when agents > 0, `standby` to 0.
 * Rows must be consecutive clock hours: a missing hour is an input error, not a silent zero. Given the zone the
 * roster will be built in, the offsets must be that zone's (zone-offsets.ts).
 */
export async function readRequirementsCsv(file: string, zone?: string): Promise<RequirementRow[]> {
  const table = await readCsvTable(file, ["hour_start", "agents"]);
  const extra = table.header.filter((h) => !(REQUIREMENT_COLUMNS as readonly string[]).includes(h));
  const rows: RequirementRow[] = [];
  const hours: HourLine[] = [];
  let previous: { ms: number; line: number } | undefined;
  for (const { line, values } of table.rows) {
    const hourStart = values.hour_start ?? "";
    if (!isIsoWithOffset(hourStart)) throw new InputError(file, line, `hour_start "${hourStart}"; expected ISO 8601 local time with offset, e.g. 2026-11-27T09:00+02:00`);
    const dt = DateTime.fromISO(hourStart, { setZone: true });
    if (dt.minute !== 0 || dt.second !== 0) throw new InputError(file, line, `hour_start ${hourStart}; expected the start of a clock hour (minute 00)`);
    const ms = dt.toMillis();
    if (previous && ms !== previous.ms + 3_600_000) {
      const what = ms <= previous.ms ? "is not after the row before" : `leaves ${(ms - previous.ms) / 3_600_000 - 1} hour(s) missing after line ${previous.line}`;
      throw new InputError(file, line, `hour_start ${hourStart} ${what}; expected one row per consecutive clock hour`);
    }
    previous = { ms, line };
    const agents = wholeCount(file, line, "agents", values.agents);
    const seniors = values.seniors ? wholeCount(file, line, "seniors", values.seniors) : agents > 0 ? 1 : 0;
    const standby = values.standby ? wholeCount(file, line, "standby", values.standby) : 0;
    const byChannel: Record<string, number> = {};
    for (const name of extra) {
      const n = parseDecimal(values[name] ?? "");
      if (n !== undefined) byChannel[name] = n;
    }
    rows.push({ hourStart, agents, seniors, standby, byChannel });
    hours.push({ line, hourStart });
  }
  if (rows.length === 0) throw new InputError(file, 2, "no rows; expected one row per clock hour");
  if (zone !== undefined) checkZoneOffsets(file, zone, hours);
  return rows;
}

function wholeCount(file: string, line: number, column: string, raw: string | undefined): number {
  const n = parseDecimal(raw ?? "");
  if (n === undefined || !Number.isInteger(n) || n < 0) {
    throw new InputError(file, line, `${column} "${raw ?? ""}"; expected a whole number of agents, 0 or more`);
  }
  return n;
}
