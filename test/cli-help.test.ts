// Every command's --help ends with real example lines, and every option an example uses exists on its command.
import { describe, expect, it } from "vitest";
import { buildProgram } from "../src/cli.js";

function helpOf(name: string): string {
  const program = buildProgram();
  const cmd = program.commands.find((c) => c.name() === name);
  if (!cmd) throw new Error(`no command ${name}`);
  let text = "";
  cmd.configureOutput({ writeOut: (s) => void (text += s) });
  cmd.outputHelp();
  return text;
}

/** Splits an example line the way a shell would for these simple, double-quoted lines. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

describe("--help examples", () => {
  const names = buildProgram().commands.map((c) => c.name());

  it("covers every command", () => {
    expect(names).toEqual(expect.arrayContaining(["analyze", "sample", "forecast", "backtest", "erlang", "staff", "schedule", "check", "plan", "init", "demo"]));
  });

  it.each(names)("%s shows one or two example lines whose options all exist", (name) => {
    const help = helpOf(name);
    const examples = help.split("Examples:")[1]?.split("\n").filter((l) => l.trim().startsWith("$ ")) ?? [];
    expect(examples.length, help).toBeGreaterThanOrEqual(1);
    expect(examples.length).toBeLessThanOrEqual(2);
    for (const line of examples) {
      const words = shellWords(line.trim().slice(2));
      expect(words.slice(0, 2)).toEqual(["peakplan", name]);
      const cmd = buildProgram().commands.find((c) => c.name() === name);
      const known = new Set(cmd?.options.flatMap((o) => [o.long, o.short].filter((x): x is string => x !== undefined)));
      for (const w of words.slice(2).filter((x) => x.startsWith("--"))) expect(known.has(w), `${line}: ${w}`).toBe(true);
    }
  });
});
