// `forecast` with a config: its season is the window when no option names one (as `plan` and `hire` read it).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecastCommand } from "../../src/commands/forecast.js";
import { InputError } from "../../src/errors.js";
import { memoryPrinter } from "../../src/io/terminal.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-forecast-config-"));

/** Eight tickets a day over September and October 2026, naive Helsinki times: enough for a level, quick to read. */
function smallHistory(): string {
  const lines = ["Ticket ID,Created at,Channel"];
  let id = 1;
  for (let t = Date.UTC(2026, 8, 1); t <= Date.UTC(2026, 9, 31); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    for (let h = 9; h < 17; h++) lines.push(`${id++},${day} ${String(h).padStart(2, "0")}:15:00,${h % 2 === 0 ? "Email" : "Chat"}`);
  }
  return `${lines.join("\n")}\n`;
}
writeFileSync(join(dir, "tickets.csv"), smallHistory());

function config(name: string, body: object): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

describe("forecast window from the config", () => {
  const seasonConfig = config("season.json", { history: "tickets.csv", season: { from: "2026-11-10", to: "2026-11-12" } });

  it("without --from, --to or --season, forecasts the config's season and says so", async () => {
    const printer = memoryPrinter();
    const r = await forecastCommand({ config: seasonConfig, out: join(dir, "f1.csv") }, printer);
    expect(r.daily.map((d) => d.date)).toEqual(["2026-11-10", "2026-11-11", "2026-11-12"]);
    expect(printer.stdout.join("\n")).toContain(`Forecast 2026-11-10 to 2026-11-12 (season in config ${seasonConfig}), Europe/Helsinki`);
  });

  it("--from/--to and --season still win over it", async () => {
    const a = await forecastCommand({ config: seasonConfig, from: "2026-11-20", to: "2026-11-20", out: join(dir, "f2.csv") }, memoryPrinter());
    expect(a.window).toMatchObject({ from: "2026-11-20", to: "2026-11-20", reason: "--from/--to" });
    const b = await forecastCommand({ config: seasonConfig, season: 2026, out: join(dir, "f3.csv") }, memoryPrinter());
    expect(b.window).toMatchObject({ from: "2026-11-01", to: "2027-01-15", reason: "--season 2026" });
  });

  it("a config season the history already covers names the config's season.to", async () => {
    const past = config("past.json", { history: "tickets.csv", season: { from: "2026-10-01", to: "2026-10-20" } });
    const e = await forecastCommand({ config: past, out: join(dir, "f4.csv") }, memoryPrinter()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toBe(`${past}: season.to: the history already reaches 2026-10-20; expected a window that ends after the history's last day`);
  });
});

describe("--events FILE with a config that turned the events off", () => {
  const b2b = config("b2b.json", { history: "tickets.csv", events: { enabled: false } });
  const events = join(dir, "events.json");
  writeFileSync(events, JSON.stringify([{ name: "spring-sale", date: "2026-11-26", days: 1 }]));
  const dates = { from: "2026-11-25", to: "2026-11-30" };

  it("adds the store's own day and leaves the retail days off (no first-season Black Friday or Cyber Monday)", async () => {
    const r = await forecastCommand({ config: b2b, events, ...dates, out: join(dir, "e1.csv") }, memoryPrinter());
    expect(r.daily.map((d) => d.event)).toEqual(["", "spring-sale", "", "", "", ""]);
    expect(r.methods.map((m) => m.method)).not.toContain("first-season");
  });

  it("without a config, still adds the file's days to the retail calendar", async () => {
    const r = await forecastCommand({ history: join(dir, "tickets.csv"), events, ...dates, out: join(dir, "e2.csv") }, memoryPrinter());
    expect(r.daily.map((d) => d.event)).toEqual(["black-friday", "spring-sale", "black-friday", "black-friday", "black-friday", "cyber-monday"]);
    expect(r.methods.filter((m) => m.method === "first-season").map((m) => m.from)).toEqual(["2026-11-27", "2026-11-30"]);
  });
});
