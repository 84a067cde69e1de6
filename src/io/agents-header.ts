// agents.csv headers: localised names to the columns peakplan reads, near misses stopped, unknown columns named.
import { InputError } from "../errors.js";
import { AGENT_COLUMNS } from "../schedule/types.js";

/**
 * English synonyms a team sheet often has ("start date", "hourly rate", "works weekends") and Finnish, Swedish, Danish
 * and Norwegian headers (guessed: the plain words a lead would write; no tool defines them). One row per column, so a
 * column added to AGENT_COLUMNS needs only a row here to be read in those languages.
 */
const ALIASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["id", ["tunnus", "agentin tunnus", "agentti id", "agent id", "medarbetar id", "medarbejder id", "ansatt id"]],
  ["name", ["nimi", "namn", "navn"]],
  ["seniority", ["kokemus", "kokemustaso", "senioriteetti", "taso", "erfarenhet", "senioritet", "erfaring", "niveau", "niva"]],
  ["available_from", ["start date", "first day", "saatavilla alkaen", "alkaen", "tillganglig fran", "fran", "tilgaengelig fra", "tilgjengelig fra", "fra"]],
  ["available_to", ["end date", "last day", "saatavilla asti", "asti", "tillganglig till", "till", "tilgaengelig til", "tilgjengelig til", "til"]],
  ["max_days_per_week", ["days per week", "max days", "days a week", "max paivaa viikossa", "max paivat viikossa", "max dagar per vecka", "max dage om ugen", "max dage per uge", "max dager per uke"]],
  ["max_hours_per_week", ["hours per week", "max hours", "weekly hours", "hours a week", "max tunnit viikossa", "max tunteja viikossa", "max timmar per vecka", "max timer om ugen", "max timer per uge", "max timer per uke"]],
  ["weekends", ["works weekends", "weekend work", "works weekend", "viikonloput", "viikonloppuisin", "helgar", "helger", "weekender", "weekend"]],
  ["on_call", ["standby", "paivystys", "varalla", "jour", "beredskap", "tilkald", "vakt"]],
  ["hourly_cost", ["hourly rate", "hourly wage", "cost per hour", "tuntipalkka", "timlon", "timelonn", "tuntihinta", "tuntikustannus", "timkostnad", "timpris", "timepris", "timekost", "timekostnad", "timelon"]],
];

/** Lower case, accents dropped, separators as one space: "Max_Tunnit-Viikossa" -> "max tunnit viikossa". */
export function foldHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .replace(/[\s_.\-]+/g, " ")
    .trim();
}

const BY_NAME: ReadonlyMap<string, string> = new Map([
  ...AGENT_COLUMNS.map((c) => [foldHeader(c), c] as [string, string]),
  ...ALIASES.flatMap(([column, names]) => names.map((n) => [foldHeader(n), column] as [string, string])),
]);

/** Edit distance, for near misses such as max_hour_per_week. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * The known column a header is a slip of (at most one edit per six characters), if any. Names under 5 letters ("jour",
 * "nimi") are matched exactly only: one edit from them is another word ("hour", "tour"), not a slip.
 */
export function nearMiss(name: string): string | undefined {
  const f = foldHeader(name);
  let best: { column: string; d: number } | undefined;
  for (const [known, column] of BY_NAME) {
    if (known.length < 5) continue;
    const d = distance(f, known);
    if (d > 0 && d <= Math.max(1, Math.floor(known.length / 6)) && (!best || d < best.d)) best = { column, d };
  }
  return best?.column;
}

/**
 * Maps each header cell (as read, lower-cased) to the agents.csv column it names. A near miss stops the run (exit 2)
 * with the right name; columns peakplan does not use are named in one warning line with the columns it does use.
 */
export function resolveAgentHeader(file: string, header: readonly string[], warn: (line: string) => void): Map<string, string> {
  const out = new Map<string, string>();
  const unused: string[] = [];
  for (const cell of header) {
    if (cell === "") continue;
    // A note in brackets is the lead's: "max hours per week (contract)" is max_hours_per_week.
    const column = BY_NAME.get(foldHeader(cell)) ?? BY_NAME.get(foldHeader(cell.replace(/\s*[([][^()[\]]*[)\]]\s*$/, "")));
    if (column !== undefined) out.set(cell, column);
    else unused.push(cell);
  }
  const read = new Set(out.values());
  // A slip of a column's name stops the run, unless that column is read already ("Age" beside hourly_cost is an age).
  for (const cell of unused) {
    const near = nearMiss(cell);
    if (near !== undefined && !read.has(near)) throw new InputError(file, 1, `column "${cell}" is not one peakplan reads; expected "${near}"`);
  }
  // A column the plan depends on, missing, beside an unread one that names it ("weekends available"): the lead meant
  // it, and its default (weekends yes for all) would roster agents who said no. Stop rather than guess.
  for (const cell of unused) {
    const words = ` ${foldHeader(cell)} `;
    const meant = DEFAULTED.find((c) => !read.has(c) && words.includes(` ${foldHeader(c)} `));
    if (meant !== undefined) throw new InputError(file, 1, `column "${cell}" is not one peakplan reads; expected "${meant}"`);
  }
  if (unused.length > 0) {
    warn(`${file}: column${unused.length === 1 ? "" : "s"} ${unused.map((u) => `"${u}"`).join(", ")} not used; peakplan reads ${AGENT_COLUMNS.join(", ")}`);
  }
  return out;
}

/**
 * One line naming the columns that shape the roster and are missing, with the default every agent then takes: a team
 * sheet without "weekends" rosters everyone on weekends, and the lead should see that said.
 */
export function defaultsWarning(file: string, columns: ReadonlyMap<string, string>): string | undefined {
  const read = new Set(columns.values());
  const defaulted = DEFAULTED.filter((c) => !read.has(c));
  if (defaulted.length === 0) return undefined;
  return `${file}: no ${defaulted.join(", ")} column, so every agent takes ${defaulted.map((c) => DEFAULT_SHOWN[c]).join(", ")}; add the column to say otherwise`;
}

/** Columns whose default shapes the roster, and the default as the warning shows it (agents-csv.ts applies them). */
const DEFAULT_SHOWN = {
  max_days_per_week: "5 days a week",
  max_hours_per_week: "40 hours a week",
  weekends: "weekends yes",
  on_call: "on_call yes (new agents no)",
  hourly_cost: "hourly_cost 25",
} as const;
const DEFAULTED = Object.keys(DEFAULT_SHOWN) as Array<keyof typeof DEFAULT_SHOWN>;

/** Seniority in the same languages (guessed): Finnish, Swedish/Danish/Norwegian. */
export const SENIORITY_ALIASES: Readonly<Record<string, string>> = {
  kokenut: "experienced", uusi: "new", vanhempi: "senior", erfaren: "experienced", ny: "new", nyanstalld: "new", nyansat: "new",
};

/** Yes and no as written in English, Finnish, Swedish, Danish and Norwegian. */
export const YES = ["yes", "y", "true", "1", "kylla", "k", "joo", "ja", "j"];
export const NO = ["no", "n", "false", "0", "ei", "e", "nej", "nei"];
