// Rows left out of the series, by reason, with the first line numbers of each; and the bad-timestamp limit.
import { InputError } from "../errors.js";
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

/**
 * Refuses the file when more than `maxShare` of its (non-blank) rows have an empty or unreadable created time:
 * such a file is more likely the wrong column or format than a few dirty rows.
 */
export function checkBadShare(file: string, skips: SkipCounter, rowsRead: number, maxShare: number, formatLabel: string): void {
  const rows = rowsRead - skips.count("blank line");
  const bad = skips.count("unparseable time") + skips.count("empty time");
  if (rows === 0 || bad === 0 || bad / rows <= maxShare) return;
  const unreadable = skips.get("unparseable time");
  const empty = skips.get("empty time");
  const first = Math.min(unreadable?.firstLines[0] ?? Infinity, empty?.firstLines[0] ?? Infinity);
  const example = skips.examples.get("unparseable time");
  const pct = ((bad / rows) * 100).toFixed(1);
  const what = example !== undefined ? `e.g. "${example}"` : "empty";
  throw new InputError(
    file,
    Number.isFinite(first) ? first : undefined,
    `${bad} of ${rows} created times (${pct} %) are empty or unreadable (${what}); expected at most ${(maxShare * 100).toFixed(1)} % in ${formatLabel} (or pass --date-format / --time-column)`,
  );
}
