// `peakplan staff`: forecast.csv in, requirements.csv out (readable by schedule's reader), table and JSON, bad input.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staffCommand } from "../../src/commands/staff.js";
import { readRequirementsCsv } from "../../src/io/requirements-csv.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { inputError } from "../input-error.js";

const fixture = join(import.meta.dirname, "../staff/fixtures/forecast.csv");
const dir = mkdtempSync(join(tmpdir(), "peakplan-staff-"));

describe("staff command", () => {
  it("writes requirements.csv with hour_start,agents,seniors,standby and one column per channel", async () => {
    const out = join(dir, "requirements.csv");
    const p = memoryPrinter();
    const r = await staffCommand({ forecast: fixture, out }, p);
    const header = readFileSync(out, "utf8").split("\n")[0];
    expect(header).toBe("hour_start,agents,seniors,standby,email,chat,phone,social");
    const back = await readRequirementsCsv(out);
    expect(back).toHaveLength(72);
    expect(back.map((x) => x.agents)).toEqual(r.rows.map((x) => x.agents));
    expect(back.some((x) => x.standby > 0)).toBe(true);
    const text = p.stdout.join("\n");
    expect(text).toContain("peak agents");
    expect(text).toContain("2026-11-27");
    expect(text).toContain("peak window");
  });
  it("--json prints the daily summary and the rows", async () => {
    const p = memoryPrinter();
    await staffCommand({ forecast: fixture, out: join(dir, "r2.csv"), json: true }, p);
    const parsed = JSON.parse(p.stdout.join("")) as { daily: Array<{ date: string; peakAgents: number }>; rows: unknown[] };
    expect(parsed.daily.map((d) => d.date)).toEqual(["2026-11-26", "2026-11-27", "2026-11-28"]);
    expect(parsed.daily[1]?.peakAgents).toBeGreaterThan(parsed.daily[0]?.peakAgents ?? Infinity);
    expect(parsed.rows).toHaveLength(72);
  });
  it("a forecast without the volume column is exit 2 naming the file and line 1", async () => {
    const f = join(dir, "nocol.csv");
    writeFileSync(f, "hour_start,channel\n2026-11-27T09:00+02:00,chat\n");
    const e = await inputError(() => staffCommand({ forecast: f, out: join(dir, "x.csv") }, memoryPrinter()));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/nocol\.csv:1: missing column volume/);
  });
  it("a negative volume is exit 2 naming the line", async () => {
    const f = join(dir, "neg.csv");
    writeFileSync(f, "hour_start,channel,volume\n2026-11-27T09:00+02:00,chat,3\n2026-11-27T10:00+02:00,chat,-1\n");
    const e = await inputError(() => staffCommand({ forecast: f, out: join(dir, "x.csv") }, memoryPrinter()));
    expect(e.message).toMatch(/neg\.csv:3: volume "-1"/);
  });
  it("a config with an unknown key is exit 2 naming the key", async () => {
    const c = join(dir, "bad.json");
    writeFileSync(c, JSON.stringify({ channels: { chat: { speed: 3 } } }));
    const e = await inputError(() => staffCommand({ forecast: fixture, config: c, out: join(dir, "x.csv") }, memoryPrinter()));
    expect(e.message).toMatch(/bad\.json: channels\.chat\.speed: unknown key/);
  });
  it("an impossible target (1.0 within 0 seconds) is exit 2 naming the key", async () => {
    const c = join(dir, "impossible.json");
    writeFileSync(c, JSON.stringify({ channels: { phone: { target: 1.0, answerSeconds: 0 } } }));
    const e = await inputError(() => staffCommand({ forecast: fixture, config: c, out: join(dir, "x.csv") }, memoryPrinter()));
    expect(e.message).toMatch(/impossible\.json: channels\.phone\.(target|answerSeconds)/);
  });
  it("a forecast made in another zone is exit 2 naming its first line and both zones; with that --tz it is staffed", async () => {
    // Made with --tz Europe/London: its 20:00 is 22:00 in Helsinki (the default zone), after closing.
    const f = join(dir, "london.csv");
    const hours = Array.from({ length: 24 }, (_, h) => `2026-11-02T${String(h).padStart(2, "0")}:00+00:00,chat,20`);
    writeFileSync(f, ["hour_start,channel,volume", ...hours].join("\n"));
    const e = await inputError(() => staffCommand({ forecast: f, out: join(dir, "london-req.csv") }, memoryPrinter()));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/london\.csv:2: hour_start 2026-11-02T00:00\+00:00 carries offset \+00:00, which Europe\/Helsinki \(the zone in use\) does not have then \(\+02:00\); the file's offsets fit Europe\/London: expected --tz Europe\/London/);
    const r = await staffCommand({ forecast: f, tz: "Europe/London", out: join(dir, "london-req.csv") }, memoryPrinter());
    expect(r.rows.find((x) => x.hourStart === "2026-11-02T20:00+00:00")?.agents).toBeGreaterThan(0);
  });
  it("a forecast with a day deleted is exit 2 at the line after the gap, naming the missing hour", async () => {
    const f = join(dir, "cut.csv");
    const rows = readFileSync(fixture, "utf8").trimEnd().split("\n");
    writeFileSync(f, rows.filter((r) => !r.startsWith("2026-11-27")).join("\n"));
    const e = await inputError(() => staffCommand({ forecast: f, out: join(dir, "cut-req.csv") }, memoryPrinter()));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/^.*cut\.csv:98: no chat row for 2026-11-27T00:00\+02:00 \(24 hours missing from there\); expected one row per clock hour and channel/);
  });
  it("a file of daily totals is exit 2 saying forecast.csv is hourly", async () => {
    const f = join(dir, "daily.csv");
    writeFileSync(f, "hour_start,channel,volume\n2026-11-26T00:00+02:00,chat,400\n2026-11-26T00:00+02:00,email,600\n2026-11-27T00:00+02:00,chat,1200\n2026-11-27T00:00+02:00,email,900\n");
    const e = await inputError(() => staffCommand({ forecast: f, out: join(dir, "daily-req.csv") }, memoryPrinter()));
    expect(e.message).toMatch(/daily\.csv:4: no chat row for 2026-11-26T01:00\+02:00: the file has one row per day; expected forecast\.csv to be hourly/);
  });
  it("a bad --tz is exit 2", async () => {
    const e = await inputError(() => staffCommand({ forecast: fixture, tz: "Mars/Base", out: join(dir, "x.csv") }, memoryPrinter()));
    expect(e.message).toMatch(/--tz/);
  });
});
