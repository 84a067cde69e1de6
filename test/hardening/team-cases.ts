// Bad agents.csv, requirements.csv and roster.csv, run through `schedule` and `check` end to end.
import { csv, withLine, type BadCase } from "./case.js";

/** One day of needs in Helsinki: two agents and a senior from 09 to 17. */
export function requirements(): string[] {
  const lines = ["hour_start,agents,seniors,standby"];
  for (let h = 0; h < 24; h++) {
    const busy = h >= 9 && h < 17;
    lines.push(`2026-11-27T${String(h).padStart(2, "0")}:00+02:00,${busy ? 2 : 0},${busy ? 1 : 0},0`);
  }
  return lines;
}

export function agents(): string[] {
  return [
    "id,name,seniority,available_from,available_to,max_days_per_week,max_hours_per_week,weekends,on_call,hourly_cost",
    "a1,Ann Senior,senior,,,5,40,yes,yes,30",
    "a2,Bo Experienced,experienced,,,5,40,yes,yes,25",
    "a3,Cy New,new,2026-11-20,,5,40,yes,no,20",
  ];
}

const schedule = ["schedule", "--requirements", "r.csv", "--agents", "a.csv", "--tz", "Europe/Helsinki", "--out", "roster.csv"];
const r = requirements();
const a = agents();
const withAgents = (lines: string[] | string | Buffer): Pick<BadCase, "files" | "argv" | "earlier"> => ({
  argv: schedule,
  earlier: "roster.csv",
  files: { "r.csv": csv(r), "a.csv": Array.isArray(lines) ? csv(lines) : lines },
});
const withNeeds = (lines: string[]): Pick<BadCase, "files" | "argv" | "earlier"> => ({ argv: schedule, earlier: "roster.csv", files: { "r.csv": csv(lines), "a.csv": csv(a) } });

export const TEAM_CASES: BadCase[] = [
  { ...withAgents([...a, "a1,Ann Again,senior,,,5,40,yes,yes,30"]), name: "agents.csv: duplicate agent ids", stderr: /^a\.csv:5: id "a1" is also on line 2; expected unique agent ids/ },
  { ...withAgents(withLine(a, 3, "a2,Bo,junior,,,5,40,yes,yes,25")), name: "agents.csv: unknown seniority", stderr: /^a\.csv:3: seniority "junior"; expected senior, experienced or new/ },
  { ...withAgents(withLine(a, 3, "a2,Bo,experienced,,,4.5,40,yes,yes,25")), name: "agents.csv: a fractional count of days", stderr: /^a\.csv:3: max_days_per_week "4\.5"; expected a whole number/ },
  { ...withAgents(withLine(a, 3, "a2,Bo,experienced,,,5,40,yes,yes,-25")), name: "agents.csv: a negative cost", stderr: /^a\.csv:3: hourly_cost "-25"; expected a number from 0/ },
  { ...withAgents(withLine(a, 4, "a3,Cy,new,2026-11-20,,5,40,yes,yes,20")), name: "agents.csv: a new agent marked for on-call", stderr: /^a\.csv:4: on_call yes for a new agent; expected no/ },
  { ...withAgents(withLine(a, 4, "a3,Cy,new,20.11.2026,,5,40,yes,no,20")), name: "agents.csv: a date that is not a date", stderr: /^a\.csv:4: available_from "20\.11\.2026"; expected a date YYYY-MM-DD/ },
  { ...withAgents(withLine(a, 3, "a2,Bo,experienced")), name: "agents.csv: a truncated row", stderr: /^a\.csv:3: 3 fields; expected 10 as in the header \(a truncated row\?\)/ },
  { ...withAgents(Buffer.concat([Buffer.from(csv(a.slice(0, 3))), Buffer.from("a3,J\xfcrgen M\xe4kel\xe4,new,,,5,40,yes,no,20\n", "latin1")])), name: "agents.csv: Latin-1 bytes in a name", stderr: /^a\.csv:4: holds bytes that are not UTF-8 .*expected UTF-8/ },
  { ...withAgents(["name,seniority", "Ann,senior"]), name: "agents.csv: no id column", stderr: /^a\.csv:1: missing column id; expected a header with id,seniority/ },
  { ...withAgents(withLine(a, 2, 'a1,"Ann Senior,senior,,,5,40,yes,yes,30')), name: "agents.csv: a quote left open", stderr: /^a\.csv:2: a quote is left open; expected a closing quote/ },
  { argv: schedule, earlier: "roster.csv", files: { "r.csv": csv(r), "a.csv": { dir: true } }, name: "agents.csv: a folder", stderr: /^a\.csv: is a folder; expected a file/ },
  { ...withNeeds(withLine(r, 12, "2026-11-27T10:00+02:00,2.5,1,0")), name: "requirements.csv: a fractional count of agents", stderr: /^r\.csv:12: agents "2\.5"; expected a whole number of agents, 0 or more/ },
  { ...withNeeds(withLine(r, 12, "2026-11-27T10:00+02:00,-1,1,0")), name: "requirements.csv: a negative count of agents", stderr: /^r\.csv:12: agents "-1"; expected a whole number of agents, 0 or more/ },
  { ...withNeeds([...r.slice(0, 12), ...r.slice(13)]), name: "requirements.csv: an hour missing", stderr: /^r\.csv:13: hour_start 2026-11-27T12:00\+02:00 leaves 1 hour\(s\) missing after line 12; expected one row per consecutive clock hour/ },
  { ...withNeeds(withLine(r, 5, "2026-11-27T03:00+02:00,0")), name: "requirements.csv: a truncated row", stderr: /^r\.csv:5: 2 fields; expected 4 as in the header/ },
  { ...withNeeds(["hour_start,seniors", "2026-11-27T00:00+02:00,1"]), name: "requirements.csv: no agents column", stderr: /^r\.csv:1: missing column agents; expected a header with hour_start,agents/ },
  {
    name: "roster.csv for check: a quote left open",
    argv: ["check", "--roster", "roster.csv", "--requirements", "r.csv", "--agents", "a.csv", "--tz", "Europe/Helsinki"],
    files: { "r.csv": csv(r), "a.csv": csv(a), "roster.csv": csv(["date,agent_id,name,seniority,shift,start,end,hours,cost", '2026-11-27,a1,"Ann,senior,day,2026-11-27T09:00+02:00,2026-11-27T17:00+02:00,8,240']) },
    stderr: /^roster\.csv:2: a quote is left open; expected a closing quote/,
  },
];
