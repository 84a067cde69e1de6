// agents.csv: the team, read with line numbers; every default from the issue, every bad cell an exit-2 error.
import { isDate, parseDecimal } from "../values.js";
import { InputError } from "../errors.js";
import { parseDateRanges } from "../schedule/rules/time-off.js";
import { AGENT_COLUMNS, SENIORITIES, type Agent, type Seniority } from "../schedule/types.js";
import { NO, SENIORITY_ALIASES, YES, defaultsWarning, foldHeader, resolveAgentHeader } from "./agents-header.js";
import { readCsvTable, toCsv } from "./csv.js";

const REQUIRED = ["id", "seniority"];

/**
 * `warn` gets one line naming header columns peakplan does not use (localised headers are read as their column), one
 * naming the missing columns whose defaults every agent then takes, and one line per new agent without available_from.
 */
export async function readAgentsCsv(file: string, warn: (line: string) => void = () => {}): Promise<Agent[]> {
  const table = await readCsvTable(file);
  const columns = resolveAgentHeader(file, table.header, warn);
  const missing = REQUIRED.filter((c) => ![...columns.values()].includes(c));
  if (missing.length > 0) throw new InputError(file, 1, `missing column ${missing.join(", ")}; expected a header with ${REQUIRED.join(",")}`);
  const defaults = defaultsWarning(file, columns);
  if (defaults !== undefined) warn(defaults);
  const seen = new Map<string, number>();
  const agents: Agent[] = [];
  for (const { line, values: raw } of table.rows) {
    if (Object.values(raw).every((v) => v === "")) continue;
    const values: Record<string, string | undefined> = {};
    for (const [cell, column] of columns) values[column] = raw[cell];
    const fail = (expected: string): never => {
      throw new InputError(file, line, expected);
    };
    const id = values.id ?? "";
    if (id === "") fail("id is empty; expected a unique agent id");
    const earlier = seen.get(id);
    if (earlier !== undefined) fail(`id "${id}" is also on line ${earlier}; expected unique agent ids`);
    seen.set(id, line);
    const said = foldHeader(values.seniority ?? "");
    const seniority = (SENIORITY_ALIASES[said] ?? said) as Seniority;
    if (!SENIORITIES.includes(seniority)) fail(`seniority "${values.seniority ?? ""}"; expected senior, experienced or new`);
    const agent: Agent = {
      id,
      name: values.name || id,
      seniority,
      maxDaysPerWeek: whole(values.max_days_per_week, 5, 0, 7, "max_days_per_week", fail),
      maxHoursPerWeek: number(values.max_hours_per_week, 40, 0, 168, "max_hours_per_week", fail),
      weekends: yesNo(values.weekends, true, "weekends", fail),
      onCall: false,
      hourlyCost: number(values.hourly_cost, 25, 0, 1e6, "hourly_cost", fail),
    };
    const onCall = yesNo(values.on_call, seniority !== "new", "on_call", fail);
    if (onCall && seniority === "new") fail("on_call yes for a new agent; expected no (new agents are never on call)");
    agent.onCall = onCall;
    const from = date(values.available_from, "available_from", fail);
    const to = date(values.available_to, "available_to", fail);
    if (from !== undefined) agent.availableFrom = from;
    if (to !== undefined) agent.availableTo = to;
    if (from !== undefined && to !== undefined && to < from) fail(`available_to ${to} is before available_from ${from}; expected a later date`);
    // Rule 6's first week runs from available_from: without it the new agent may work alone from day one, so say so.
    if (seniority === "new" && from === undefined) warn(`${file}:${line}: ${noStartDate(agent)}`);
    if (values.min_hours_per_week) agent.minHoursPerWeek = number(values.min_hours_per_week, 0, 0, agent.maxHoursPerWeek, "min_hours_per_week", fail);
    const off = parseDateRanges(values.unavailable ?? "");
    if (typeof off === "string") fail(`unavailable ${off}`);
    else if (off.length > 0) agent.unavailable = off;
    agents.push(agent);
  }
  if (agents.length === 0) throw new InputError(file, 2, "no agents; expected one row per agent");
  return agents;
}

type Fail = (expected: string) => never;

function noStartDate(agent: Agent): string {
  const who = agent.name === agent.id ? `"${agent.id}"` : `"${agent.id}" (${agent.name})`;
  return `new agent ${who} has no available_from, so the first-week pairing with an experienced agent cannot apply; expected a start date YYYY-MM-DD`;
}

function number(raw: string | undefined, fallback: number, min: number, max: number, column: string, fail: Fail): number {
  if (raw === undefined || raw === "") return fallback;
  // A decimal comma as Nordic spreadsheets write it; decimal only (0x20 is not 32).
  const n = parseDecimal(raw.replace(",", "."));
  if (n === undefined || n < min || n > max) fail(`${column} "${raw}"; expected a number from ${min} to ${max}`);
  return n;
}

function whole(raw: string | undefined, fallback: number, min: number, max: number, column: string, fail: Fail): number {
  const n = number(raw, fallback, min, max, column, fail);
  if (!Number.isInteger(n)) fail(`${column} "${raw ?? ""}"; expected a whole number from ${min} to ${max}`);
  return n;
}

function yesNo(raw: string | undefined, fallback: boolean, column: string, fail: Fail): boolean {
  const v = foldHeader(raw ?? "");
  if (v === "") return fallback;
  if (YES.includes(v)) return true;
  if (NO.includes(v)) return false;
  return fail(`${column} "${raw ?? ""}"; expected yes or no`);
}

function date(raw: string | undefined, column: string, fail: Fail): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  // isDate, not Date: `new Date("2026-13-01")` is invalid and its toISOString throws (exit 1 instead of 2).
  if (!isDate(raw)) fail(`${column} "${raw}"; expected a date YYYY-MM-DD`);
  return raw;
}

/** agents.csv text for a team, in the columns `readAgentsCsv` reads back to the same agents. */
export function agentsToCsv(agents: readonly Agent[]): string {
  const yes = (b: boolean): string => (b ? "yes" : "no");
  return toCsv(AGENT_COLUMNS, agents.map((a) => [
    a.id, a.name, a.seniority, a.availableFrom ?? "", a.availableTo ?? "", a.maxDaysPerWeek, a.maxHoursPerWeek, yes(a.weekends), yes(a.onCall), a.hourlyCost,
    a.minHoursPerWeek ?? "", (a.unavailable ?? []).map((r) => (r.from === r.to ? r.from : `${r.from}..${r.to}`)).join(";"),
  ]));
}
