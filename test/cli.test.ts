// The command table, argv -> options for every command (as changesets' cli.test.ts): buildProgram gets a runner that
// records instead of running, so this checks parsing, defaults and number coercion only; the commands have their own tests.
import { beforeEach, describe, expect, it } from "vitest";
import { buildProgram, type Run } from "../src/cli.js";
import { memoryIo } from "../src/io/terminal.js";

const calls: Array<{ command: string; options: Record<string, unknown> }> = [];
const record: Run = async (command, options) => void calls.push({ command, options: { ...options } });

async function parse(args: string[]): Promise<{ command: string; options: Record<string, unknown> } | { error: string }> {
  const io = memoryIo();
  try {
    await buildProgram(io, record).parseAsync(["node", "peakplan", ...args]);
  } catch {
    return { error: io.err.join("").trim() };
  }
  const call = calls.at(-1);
  if (!call) throw new Error("no command ran");
  return call;
}

beforeEach(() => void calls.splice(0));

describe("argv -> options", () => {
  it.each<[string[], string, Record<string, unknown>]>([
    [["analyze"], "analyze", {}],
    [["analyze", "--history", "h.csv", "--tz", "UTC", "--time-column", "t", "--channel-column", "c", "--date-format", "dd.MM.yyyy HH:mm", "--config", "c.json", "--out", "s.csv", "--json"], "analyze",
      { history: "h.csv", tz: "UTC", timeColumn: "t", channelColumn: "c", dateFormat: "dd.MM.yyyy HH:mm", config: "c.json", out: "s.csv", json: true }],
    [["sample"], "sample", { seed: 1, out: "tickets.csv", from: "2024-09-01", to: "2026-01-15", tz: "Europe/Helsinki", scale: 1, format: "generic", dirty: true, agents: 25 }],
    [["sample", "--seed", "7", "--rows", "1000", "--scale", "2.5", "--no-dirty", "--agents-out", "a.csv", "--agents", "9", "--format", "nordic"], "sample",
      { seed: 7, rows: 1000, scale: 2.5, dirty: false, agentsOut: "a.csv", agents: 9, format: "nordic", out: "tickets.csv", from: "2024-09-01", to: "2026-01-15", tz: "Europe/Helsinki" }],
    [["forecast"], "forecast", { events: "default", out: "forecast.csv" }],
    [["forecast", "--season", "2026", "--from", "2026-11-01", "--to", "2026-12-31", "--growth", "1.15", "--events", "none", "--json"], "forecast",
      { season: 2026, from: "2026-11-01", to: "2026-12-31", growth: 1.15, events: "none", json: true, out: "forecast.csv" }],
    [["backtest", "--holdout-days", "14"], "backtest", { holdoutDays: 14, events: "default" }],
    [["erlang", "--volume", "120", "--aht", "300"], "erlang", { volume: 120, aht: 300, intervalMinutes: 30, target: 0.8, answerSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3, concurrency: 1 }],
    [["erlang", "--volume", "1.5e2", "--aht", "240", "--patience", "90", "--agents", "12", "--concurrency", "2", "--json"], "erlang", { volume: 150, aht: 240, patience: 90, agents: 12, concurrency: 2, json: true, intervalMinutes: 30, target: 0.8, answerSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3 }],
    [["staff"], "staff", { forecast: "forecast.csv", out: "requirements.csv" }],
    [["staff", "--forecast", "f.csv", "--tz", "UTC", "--config", "c.json", "--json"], "staff", { forecast: "f.csv", tz: "UTC", config: "c.json", json: true, out: "requirements.csv" }],
    [["schedule"], "schedule", { out: "roster.csv" }],
    [["schedule", "--requirements", "r.csv", "--agents", "a.csv", "--time-limit", "30", "--export-lp", "m.lp", "--ics-dir", "ics", "--max-shortfall", "4", "--max-on-call-short", "2"], "schedule",
      { requirements: "r.csv", agents: "a.csv", timeLimit: 30, exportLp: "m.lp", icsDir: "ics", maxShortfall: 4, maxOnCallShort: 2, out: "roster.csv" }],
    [["check", "--roster", "x.csv", "--requirements", "r.csv"], "check", { roster: "x.csv", requirements: "r.csv" }],
    [["plan"], "plan", {}],
    [["plan", "--config", "c.json", "--out-dir", "o", "--freeze-until", "2026-11-30", "--max-shortfall", "12", "--today", "2026-11-01", "--quiet"], "plan",
      { config: "c.json", outDir: "o", freezeUntil: "2026-11-30", maxShortfall: 12, today: "2026-11-01", quiet: true }],
    [["plan", "--sample", "--ics-dir", "cal"], "plan", { sample: true, icsDir: "cal" }],
    [["hire"], "hire", { out: "hires.csv" }],
    [["hire", "--agents", "a.csv", "--requirements", "r.csv", "--profile", "p.json", "--max-shortfall", "8", "--latest-start", "2026-11-20", "--today", "2026-09-15", "--time-limit", "20", "--json", "--out", "h.csv"], "hire",
      { agents: "a.csv", requirements: "r.csv", profile: "p.json", maxShortfall: 8, latestStart: "2026-11-20", today: "2026-09-15", timeLimit: 20, json: true, out: "h.csv" }],
    [["init"], "init", { dir: "." }],
    [["init", "--dir", "d", "--force"], "init", { dir: "d", force: true }],
    [["demo"], "demo", { outDir: "out" }],
  ])("%j", async (args, command, options) => {
    const call = await parse(args);
    expect(call).toMatchObject({ command, options });
    if ("options" in call) expect(Object.keys(call.options).sort()).toEqual(Object.keys(options).sort());
  });

  it.each([
    [["erlang", "--volume", "0x20", "--aht", "300"], 'peakplan: option \'--volume <n>\' argument \'0x20\' is invalid. "0x20" is not a decimal number.'],
    [["sample", "--seed", "1.5"], 'peakplan: option \'--seed <n>\' argument \'1.5\' is invalid. "1.5" is not a whole number.'],
    [["check", "--roster", "x.csv"], "peakplan: required option '--requirements <file>' not specified"],
    [["plan", "--colour"], "peakplan: unknown option '--colour'"],
  ])("%j is refused: %s", async (args, message) => {
    expect(await parse(args)).toEqual({ error: message });
    expect(calls).toEqual([]);
  });
});
