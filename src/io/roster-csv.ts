// roster.csv: written byte-for-byte the same for the same roster, and read back (maybe hand-edited) for `check`.
import { parseDecimal } from "../values.js";
import { DateTime } from "luxon";
import { InputError } from "../errors.js";
import { ROSTER_COLUMNS, SENIORITIES, type RosterRow, type Seniority } from "../schedule/types.js";
import { isIsoWithOffset } from "../time/hours.js";
import { readCsvTable, toCsv, writeCsv } from "./csv.js";

// Values the tool made itself: an ISO time with "-05:00" must not get a formula-guard apostrophe. Shift names come
// from the config, so they are guarded like ids and names.
const TRUSTED = new Set(["date", "start", "end", "seniority"]);

function cells(rows: readonly RosterRow[]): Array<Array<string | number>> {
  return rows.map((r) => [r.date, r.agentId, r.name, r.seniority, r.shift, r.start, r.end, r.hours, r.cost]);
}

export function rosterToCsv(rows: readonly RosterRow[]): string {
  return toCsv(ROSTER_COLUMNS, cells(rows), TRUSTED);
}

export async function writeRosterCsv(path: string, rows: readonly RosterRow[]): Promise<void> {
  await writeCsv(path, ROSTER_COLUMNS, cells(rows), TRUSTED);
}

export async function readRosterCsv(file: string): Promise<RosterRow[]> {
  const table = await readCsvTable(file, ["date", "agent_id", "shift", "start", "end"]);
  const rows: RosterRow[] = [];
  for (const { line, values } of table.rows) {
    if (Object.values(values).every((v) => v === "")) continue;
    const fail = (expected: string): never => {
      throw new InputError(file, line, expected);
    };
    const date = values.date ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid) fail(`date "${date}"; expected YYYY-MM-DD`);
    const agentId = values.agent_id ?? "";
    if (agentId === "") fail("agent_id is empty; expected an agent id from the agents file");
    const shift = values.shift ?? "";
    if (shift === "") fail("shift is empty; expected a shift template name or on-call");
    for (const column of ["start", "end"] as const) {
      const v = values[column] ?? "";
      if (!isIsoWithOffset(v)) fail(`${column} "${v}"; expected ISO 8601 local time with offset, e.g. 2026-11-27T07:00+02:00`);
    }
    const seniority = values.seniority ?? "";
    if (seniority !== "" && !(SENIORITIES as readonly string[]).includes(seniority)) fail(`seniority "${seniority}"; expected senior, experienced or new`);
    rows.push({
      date, agentId, name: values.name ?? agentId, seniority: (seniority || "experienced") as Seniority, shift,
      start: values.start ?? "", end: values.end ?? "",
      hours: numberOr(values.hours, 0, "hours", fail), cost: numberOr(values.cost, 0, "cost", fail),
    });
  }
  return rows;
}

function numberOr(raw: string | undefined, fallback: number, column: string, fail: (e: string) => never): number {
  if (raw === undefined || raw === "") return fallback;
  const n = parseDecimal(raw);
  if (n === undefined) fail(`${column} "${raw}"; expected a number`);
  return n;
}
