// A time zone named in the time column's header ("Luotu (Europe/Stockholm)", "Created at (UTC)", "Luotu (CET)",
// "Luotu (UTC+01:00)"): naive times in that column are wall times there, not in the store zone. Ignored, every ticket
// of a Stockholm export read in Helsinki sat an hour off, exit 0.
import { IANAZone } from "luxon";
import { offsetText } from "../time/hours.js";

/** How naive times of the column are read: the zone, and what the summary says. */
export interface HeaderZone {
  zone: string;
  /** the zone as the lead knows it: "Europe/Stockholm", "UTC+01:00 all year", "Europe/Paris (CET)" */
  shown: string;
  /** added to the date format in the summary, e.g. "naive times read in Europe/Stockholm, from the header" */
  label: string;
}

/** A unit that looks like a zone but names no single rule: the caller stops (exit 2) rather than guess. */
export interface UnsureZone {
  unsure: string;
}

/** UTC or GMT as a word, and the offset written after it, if any. */
const UTC_UNIT = /(?<![a-z0-9])(?:utc|gmt)(?![a-z])\s*(?:([+\-\u2212])\s*(\d{1,2})(?:[:.]?(\d{2}))?)?/i;
/** The last bracketed unit: "(Europe/Stockholm)", "[CET]". */
const BRACKETED = /[([]\s*([^()[\]]+?)\s*[)\]]\s*$/;

/**
 * Abbreviations read as the European zone whose wall clock they name, summer time included: an export's "CET" is
 * the time on Central European clocks, +01:00 in winter and +02:00 in summer (also when written "CEST"), as
 * Europe/Paris keeps it; all EU zones of one abbreviation share the EU's change dates since 1996, so any of them
 * reads the same. Other abbreviations (EST, CST, IST, BST, ...) name different rules in different places: exit 2.
 */
const ABBREVIATIONS: Record<string, string> = {
  CET: "Europe/Paris", CEST: "Europe/Paris", MEZ: "Europe/Paris", MESZ: "Europe/Paris",
  EET: "Europe/Helsinki", EEST: "Europe/Helsinki", OEZ: "Europe/Helsinki", OESZ: "Europe/Helsinki",
  WET: "Europe/Lisbon", WEST: "Europe/Lisbon",
};
/** Two to five capitals ending in T (EST, PDT, AEST, IST): what a zone abbreviation looks like. */
const LOOKS_LIKE_ZONE = /^[A-Z]{1,4}T$/;

/**
 * The zone a time column's header names, a unit that names none for sure, or undefined (store zone). `store` is the
 * store zone: an offset in the header is read against it (below).
 */
export function headerZone(header: string, store?: string): HeaderZone | UnsureZone | undefined {
  const utc = UTC_UNIT.exec(header);
  if (utc) {
    const minutes = (Number(utc[2] ?? 0) * 60 + Number(utc[3] ?? 0)) * (utc[1] === "+" ? 1 : -1);
    // "(UTC+00:00)" is also Windows' label of London, Dublin and Lisbon, summer time included: on such a store's clock.
    const offsets = store === undefined ? [] : storeOffsets(store);
    const londonLike = utc[2] !== undefined && offsets.includes(0) && offsets.length > 1;
    if (minutes === 0 && !londonLike) return { zone: "UTC", shown: "UTC", label: "naive times read as UTC, from the header" };
    // "(UTC+01:00)" is how Windows and help desks label a zone by its winter offset ("(UTC+01:00) Stockholm"), summer
    // time included, as often as it is a fixed offset: one of the store zone's own offsets is read as the store's
    // clock (a Helsinki desk's "(GMT+02:00)"), any other offset stops rather than put every summer ticket an hour off.
    const text = `UTC${offsetText(minutes)}`;
    if (store !== undefined && offsets.includes(minutes)) return { zone: store, shown: store, label: `naive times read in ${store}, whose offset the header's ${text} is` };
    return { unsure: text };
  }
  const unit = BRACKETED.exec(header)?.[1];
  if (unit === undefined) return undefined;
  if (unit.includes("/") && IANAZone.isValidZone(unit)) return { zone: unit, shown: unit, label: `naive times read in ${unit}, from the header` };
  const upper = unit.toUpperCase();
  const known = ABBREVIATIONS[upper];
  if (known !== undefined) return { zone: known, shown: `${known} (${unit})`, label: `naive times read in ${known}, ${unit} in the header` };
  return LOOKS_LIKE_ZONE.test(unit) ? { unsure: unit } : undefined;
}

/** The offsets (minutes) a zone keeps in winter and in summer, over the last few years. */
function storeOffsets(zone: string): number[] {
  const z = IANAZone.create(zone);
  if (!z.isValid) return [];
  const out = new Set<number>();
  for (const year of [2024, 2025, 2026]) for (const month of [0, 6]) out.add(z.offset(Date.UTC(year, month, 15)));
  return [...out];
}
