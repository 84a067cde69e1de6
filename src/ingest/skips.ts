// Rows left out of the series, by reason, with the first line numbers of each; and the bad-timestamp limit.
import { InputError } from "../errors.js";
import { BAD_COUNT } from "./counts.js";
import type { SkipReason } from "./types.js";

const FIRST_LINES = 5;

export class SkipCounter {
  private readonly reasons = new Map<string, SkipReason>();
  /** first raw value of each reason, to quote in an error */
  readonly examples = new Map<string, string>();

  add(reason: string, line: number, example?: string): void {
    let r = this.reasons.get(reason);
    if (!r) {
      r = { reason, count: 0, firstLines: [] };
      this.reasons.set(reason, r);
      if (example !== undefined) this.examples.set(reason, example.slice(0, 60));
    }
    r.count++;
    if (r.firstLines.length < FIRST_LINES) r.firstLines.push(line);
  }

  count(reason: string): number {
    return this.reasons.get(reason)?.count ?? 0;
  }

  get(reason: string): SkipReason | undefined {
    return this.reasons.get(reason);
  }

  list(): SkipReason[] {
    return [...this.reasons.values()].map((r) => ({ ...r, firstLines: [...r.firstLines] }));
  }
}

/** A quoted cell running over more than MAX_CELL_LINES lines: a stray quote that swallowed the rows after it. */
export const SWALLOWED = "line inside a quoted cell over many lines (a stray quote?)";

/**
 * Counts each of the `lines` physical lines a runaway quoted cell took, from `first`, as a bad row: they are rows
 * the stray quote swallowed, so the bad-row limit applies to them (50,073 rows once vanished into one cell).
 */
export function countSwallowed(skips: SkipCounter, first: number, lines: number): number {
  for (let k = 0; k < lines; k++) skips.add(SWALLOWED, first + k);
  return lines;
}

/** Reasons a row is bad rather than merely redundant; together they are held to the bad-row limit. */
export const BAD_REASONS = ["unparseable time", "empty time", "wrong number of fields", "time before 2000", "time in the future", SWALLOWED, BAD_COUNT] as const;

/**
 * Refuses the file when more than `maxShare` of its (non-blank) rows are bad (empty, unreadable or implausible
 * created time, wrong field count): such a file is more likely the wrong column, format or a broken export than a
 * few dirty rows. Under the limit the rows are skipped and listed in the summary.
 */
export function checkBadShare(file: string, skips: SkipCounter, rowsRead: number, maxShare: number, formatLabel: string): void {
  const rows = rowsRead - skips.count("blank line");
  const bad = BAD_REASONS.reduce((n, r) => n + skips.count(r), 0);
  if (rows === 0 || bad === 0 || bad / rows <= maxShare) return;
  const first = Math.min(...BAD_REASONS.map((r) => skips.get(r)?.firstLines[0] ?? Infinity));
  const pct = ((bad / rows) * 100).toFixed(1);
  const limit = `expected at most ${(maxShare * 100).toFixed(1)} %`;
  const timeBad = skips.count("unparseable time") + skips.count("empty time");
  if (timeBad === bad) {
    const example = skips.examples.get("unparseable time");
    const what = example !== undefined ? `e.g. "${example}"` : "empty";
    throw new InputError(
      file,
      Number.isFinite(first) ? first : undefined,
      `${bad} of ${rows} created times (${pct} %) are empty or unreadable (${what}); ${limit} in ${formatLabel} (or pass --date-format / --time-column)`,
    );
  }
  const parts = BAD_REASONS.filter((r) => skips.count(r) > 0).map((r) => {
    const example = skips.examples.get(r);
    return `${skips.count(r)} ${r}${example !== undefined ? ` (e.g. "${example}")` : ""}`;
  });
  throw new InputError(
    file,
    Number.isFinite(first) ? first : undefined,
    `${bad} of ${rows} rows (${pct} %) are unusable: ${parts.join(", ")}; ${limit} (created times in ${formatLabel} between 2000 and today, as many fields as the header)`,
  );
}
