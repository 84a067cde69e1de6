// The demo reads the sample export twice (analyze, then forecast); each import warning must show once.
import { describe, expect, it } from "vitest";
import { warningsOnce } from "../../src/commands/demo.js";
import { memoryPrinter } from "../../src/io/terminal.js";

describe("demo's printer", () => {
  it("passes a warning the first time only, and every other line always", () => {
    const inner = memoryPrinter();
    const p = warningsOnce(inner);
    for (let i = 0; i < 2; i++) {
      p.err("peakplan: warning: tickets.csv: skipped 3 rows (empty time) at lines 1, 2, 3");
      p.err("peakplan: email: 6.8 messages arrive after the plan's last open hour");
      p.out("table");
    }
    p.err("peakplan: warning: tickets.csv: 2 tickets with an unknown channel");
    expect(inner.stderr).toEqual([
      "peakplan: warning: tickets.csv: skipped 3 rows (empty time) at lines 1, 2, 3",
      "peakplan: email: 6.8 messages arrive after the plan's last open hour",
      "peakplan: email: 6.8 messages arrive after the plan's last open hour",
      "peakplan: warning: tickets.csv: 2 tickets with an unknown channel",
    ]);
    expect(inner.stdout).toEqual(["table", "table"]);
  });
});
