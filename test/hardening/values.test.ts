// Issue 12, items 12, 14, 15, 20, 21: one check per kind of value, the same from the command line, the config and
// the CSV readers. Each case here was accepted before src/values.ts (or worded differently on each side).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli.js";
import { checkDate, eventSettings } from "../../src/commands/inputs.js";
import { applyConfig, defaultConfig, loadConfig } from "../../src/config.js";
import { InputError } from "../../src/errors.js";
import { readAgentsCsv } from "../../src/io/agents-csv.js";

const FILE = "/tmp/peakplan.config.json";
const load = (raw: unknown) => applyConfig(defaultConfig(), raw, FILE);

/** The one-line message an InputError (or any error) carries, or "" when `run` does not throw. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  return "";
}

async function messageOfAsync(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  return "";
}

const tmp = (): string => mkdtempSync(join(tmpdir(), "peakplan-values-"));

describe("item 12: closedDays are real month-days or dates", () => {
  it("refuses 25-12 and suggests 12-25", () => {
    expect(messageOf(() => load({ closedDays: ["25-12"] }))).toBe(
      `${FILE}: closedDays[0]: "25-12"; expected a date YYYY-MM-DD or a month-day MM-DD (did you mean 12-25?)`,
    );
  });
  it.each(["02-30", "13-01", "2026-02-30", "12-32", "00-10"])("refuses %s", (day) => {
    expect(messageOf(() => load({ closedDays: ["12-24", day] }))).toContain(`closedDays[1]: "${day}"; expected a date YYYY-MM-DD or a month-day MM-DD`);
  });
  it("accepts every-year days, leap days and full dates", () => {
    expect(load({ closedDays: ["12-25", "02-29", "2026-12-31"] }).closedDays).toEqual(["12-25", "02-29", "2026-12-31"]);
  });
});

describe("item 14: one rule for times of day (00:00 to 24:00, the end after the start)", () => {
  it.each([
    [{ shifts: [{ name: "late", start: "16:00", end: "24:30" }] }, 'shifts[0].end: "24:30"; expected a time of day HH:mm from 00:00 to 24:00'],
    [{ shifts: [{ name: "late", start: "22:00", end: "06:00" }] }, "shifts[0].end: 06:00 is not after 22:00; expected a span within one day (it ends by 24:00)"],
    [{ supportHours: { default: "07:00-24:59" } }, 'supportHours.default: "07:00-24:59"; expected HH:mm-HH:mm within one day'],
    [{ supportHours: { default: "22:00-06:00" } }, 'supportHours.default: "22:00-06:00"; expected HH:mm-HH:mm within one day'],
  ])("refuses %j", (raw, message) => {
    expect(messageOf(() => load(raw))).toContain(message);
  });
  it("accepts a day that ends at 24:00", () => {
    const c = load({ shifts: [{ name: "late", start: "16:00", end: "24:00" }], supportHours: { default: "07:00-24:00" } });
    expect(c.shifts[0]).toEqual({ name: "late", start: "16:00", end: "24:00" });
    expect(c.supportHours.default).toBe("07:00-24:00");
  });
});

describe("item 15: an invalid date is refused the same way from the config and the command line", () => {
  it.each(["2027-02-31", "2026-02-30", "2026-13-01"])("%s", (date) => {
    const fromConfig = messageOf(() => load({ season: { from: date, to: "2027-12-31" } }));
    const fromCli = messageOf(() => checkDate(date, "--from"));
    expect(fromConfig).toBe(`${FILE}: season.from: "${date}"; expected a date YYYY-MM-DD`);
    expect(fromCli).toBe(`--from: "${date}"; expected a date YYYY-MM-DD`);
  });
  it("events.custom dates too", () => {
    expect(messageOf(() => load({ events: { custom: [{ name: "sale", date: "2026-02-30" }] } }))).toContain('events.custom[0].date: "2026-02-30"; expected a date YYYY-MM-DD');
  });
});

describe("item 20: numbers are decimal", () => {
  it.each(["0x20", "0b11", "0o7", "Infinity", " 12"])("--volume %s is refused on the command line", async (text) => {
    const program = buildProgram();
    let error = "";
    program.configureOutput({ writeErr: (s) => void (error += s), outputError: (s, write) => write(s) });
    for (const c of program.commands) c.configureOutput({ writeErr: (s) => void (error += s), outputError: (s, write) => write(s) });
    await expect(program.parseAsync(["node", "peakplan", "erlang", "--volume", text, "--aht", "300"])).rejects.toThrow();
    expect(error).toContain(`${JSON.stringify(text)} is not a decimal number.`);
  });
  it("hourly_cost 0x20 in agents.csv is refused", async () => {
    const dir = tmp();
    const file = join(dir, "agents.csv");
    writeFileSync(file, "id,name,seniority,hourly_cost\na1,Ana,senior,0x20\n");
    expect(await messageOfAsync(() => readAgentsCsv(file))).toMatch(/hourly_cost "0x20"; expected a number from/);
    writeFileSync(file, "id,name,seniority,hourly_cost\na1,Ana,senior,\"32,5\"\n");
    expect((await readAgentsCsv(file))[0]?.hourlyCost).toBe(32.5);
  });
});

describe("item 21: one check for custom event names, and messages quote what the user wrote", () => {
  it.each(["=HYPERLINK(\"x\")", "<b>sale</b>", "+sale", "-1+1"])("the config and --events refuse %j alike", async (name) => {
    const fromConfig = messageOf(() => load({ events: { custom: [{ name, date: "2026-11-05" }] } }));
    const dir = tmp();
    const file = join(dir, "events.json");
    writeFileSync(file, JSON.stringify([{ name, date: "2026-11-05" }]));
    const fromFile = await messageOfAsync(() => eventSettings(file, defaultConfig()));
    const expected = `${JSON.stringify(name)}; expected a name of letters, digits, spaces, - or _ (at most 60 characters)`;
    expect(fromConfig).toBe(`${FILE}: events.custom[0].name: ${expected}`);
    expect(fromFile).toBe(`${file}: [0].name: ${expected}`);
  });
  it("1e999 is quoted as written, in the config and in --events", async () => {
    const dir = tmp();
    const config = join(dir, "peakplan.config.json");
    writeFileSync(config, '{\n  "timezone": "Europe/Helsinki",\n  "growth": 1e999\n}\n');
    expect(await messageOfAsync(() => loadConfig(config))).toBe(`${config}:3: 1e999 is too large a number; expected a finite number`);
    const events = join(dir, "events.json");
    writeFileSync(events, '[{"name": "sale", "date": "2026-11-05", "days": 1e999}]');
    expect(await messageOfAsync(() => eventSettings(events, defaultConfig()))).toBe(`${events}:1: 1e999 is too large a number; expected a finite number`);
  });
  it("a number inside a string is not mistaken for one", async () => {
    const dir = tmp();
    const config = join(dir, "peakplan.config.json");
    writeFileSync(config, '{"$comment": "1e999 tickets", "growth": 1.1}');
    expect((await loadConfig(config)).growth).toBe(1.1);
  });
});
