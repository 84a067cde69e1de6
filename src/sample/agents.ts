// A sample agents.csv: about a quarter seniors, under half experienced, the rest seasonal hires after training.
import { mulberry32, pick } from "./random.js";

const FIRST = ["Aino", "Mikko", "Sofia", "Jonas", "Emma", "Lauri", "Freja", "Oskar", "Ida", "Elias", "Maja", "Noah", "Sara", "Anton", "Linnea", "Veeti", "Alma", "Emil", "Helmi", "Viktor", "Ella", "Leo", "Astrid", "Onni", "Nora", "Isak", "Saga", "Eetu", "Tuva", "Aleksi"];
const LAST = ["Virtanen", "Korhonen", "Nielsen", "Lindqvist", "Mäkinen", "Hansen", "Berg", "Nieminen", "Jensen", "Laine", "Holm", "Heikkinen", "Dahl", "Koskinen", "Strand"];

/**
 * Rows for `count` agents for the season starting in November of `seasonYear`. DOMAIN: recruit in
 * September-October and allow 2-3 weeks of onboarding, so new hires take tickets from mid or late November.
 */
export function sampleAgents(count: number, seed: number, seasonYear: number): string[][] {
  const rand = mulberry32(seed ^ 0x5eed);
  const seniors = Math.round(count * 0.25);
  const experienced = Math.round(count * 0.45);
  const rows: string[][] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const seniority = i < seniors ? "senior" : i < seniors + experienced ? "experienced" : "new";
    let name = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    while (used.has(name)) name = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    used.add(name);
    const partTime = seniority !== "senior" && rand() < 0.2;
    const days = partTime ? 3 + Math.floor(rand() * 2) : 5;
    const hours = partTime ? days * 8 : 40;
    const from = seniority === "new" ? (i % 2 === 0 ? `${seasonYear}-11-16` : `${seasonYear}-11-23`) : "";
    const to = seniority === "new" ? `${seasonYear + 1}-01-15` : "";
    const weekends = seniority === "senior" ? (rand() < 0.7 ? "yes" : "no") : rand() < 0.85 ? "yes" : "no";
    const onCall = seniority === "new" ? "no" : rand() < 0.6 ? "yes" : "no";
    const cost = seniority === "senior" ? 32 + Math.floor(rand() * 5) : seniority === "experienced" ? 26 + Math.floor(rand() * 4) : 22 + Math.floor(rand() * 2);
    // The last two columns (min_hours_per_week, unavailable) stay empty: the sample has no contract minimums or time off.
    rows.push([`a${String(i + 1).padStart(2, "0")}`, name, seniority, from, to, String(days), String(hours), weekends, onCall, String(cost), "", ""]);
  }
  return rows;
}
