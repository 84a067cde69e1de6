// agents.csv headers: localised names to the columns peakplan reads, near misses stopped, unknown columns named.
import { InputError } from "../errors.js";
import { AGENT_COLUMNS } from "../schedule/types.js";

/**
 * Finnish, Swedish, Danish and Norwegian headers (guessed: the plain words a lead would write; no tool defines them).
 * One row per column, so a column added to AGENT_COLUMNS needs only a row here to be read in those languages.
 */
const ALIASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["id", ["tunnus", "agentin tunnus", "agentti id", "agent id", "medarbetar id", "medarbejder id", "ansatt id"]],
  ["name", ["nimi", "namn", "navn"]],
  ["seniority", ["kokemus", "kokemustaso", "senioriteetti", "taso", "erfarenhet", "senioritet", "erfaring", "niveau", "niva"]],
  ["available_from", ["saatavilla alkaen", "alkaen", "tillganglig fran", "fran", "tilgaengelig fra", "tilgjengelig fra", "fra"]],
  ["available_to", ["saatavilla asti", "asti", "tillganglig till", "till", "tilgaengelig til", "tilgjengelig til", "til"]],
  ["max_days_per_week", ["max paivaa viikossa", "max paivat viikossa", "max dagar per vecka", "max dage om ugen", "max dage per uge", "max dager per uke"]],
  ["max_hours_per_week", ["max tunnit viikossa", "max tunteja viikossa", "max timmar per vecka", "max timer om ugen", "max timer per uge", "max timer per uke"]],
  ["weekends", ["viikonloput", "viikonloppuisin", "helgar", "helger", "weekender", "weekend"]],
  ["on_call", ["paivystys", "varalla", "jour", "beredskap", "tilkald", "vakt"]],
  ["hourly_cost", ["tuntihinta", "tuntikustannus", "timkostnad", "timpris", "timepris", "timekost", "timekostnad", "timelon"]],
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

/** The known column a header is a slip of (at most one edit per six characters), if any. */
export function nearMiss(name: string): string | undefined {
  const f = foldHeader(name);
  let best: { column: string; d: number } | undefined;
  for (const [known, column] of BY_NAME) {
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
    const column = BY_NAME.get(foldHeader(cell));
    if (column !== undefined) {
      out.set(cell, column);
      continue;
    }
    const near = nearMiss(cell);
    if (near !== undefined) throw new InputError(file, 1, `column "${cell}" is not one peakplan reads; expected "${near}"`);
    unused.push(cell);
  }
  if (unused.length > 0) {
    warn(`${file}: column${unused.length === 1 ? "" : "s"} ${unused.map((u) => `"${u}"`).join(", ")} not used; peakplan reads ${AGENT_COLUMNS.join(", ")}`);
  }
  return out;
}

/** Seniority in the same languages (guessed): Finnish, Swedish/Danish/Norwegian. */
export const SENIORITY_ALIASES: Readonly<Record<string, string>> = {
  kokenut: "experienced", uusi: "new", vanhempi: "senior", erfaren: "experienced", ny: "new", nyanstalld: "new", nyansat: "new",
};

/** Yes and no as written in English, Finnish, Swedish, Danish and Norwegian. */
export const YES = ["yes", "y", "true", "1", "kylla", "k", "joo", "ja", "j"];
export const NO = ["no", "n", "false", "0", "ei", "e", "nej", "nei"];
