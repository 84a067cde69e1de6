// One look for every terminal table: compact (no rule between rows), plain borders, numbers right-aligned where asked.
import Table from "cli-table3";

export interface TableOptions {
  /** "right" for number columns; defaults to left */
  align?: ReadonlyArray<"left" | "right" | "center">;
  /** fixed widths with word wrap, for columns holding sentences */
  widths?: ReadonlyArray<number | null>;
}

export function table(head: readonly string[], options: TableOptions = {}): InstanceType<typeof Table> {
  return new Table({
    head: [...head],
    // cli-table3 colours borders and heads on its own; colour is chalk's job here (NO_COLOR, non-TTY).
    style: { head: [], border: [], compact: true },
    ...(options.align ? { colAligns: [...options.align] } : {}),
    ...(options.widths ? { colWidths: [...options.widths], wordWrap: true } : {}),
  });
}
