// What `forecast` says beside its table: a store event it could not align, the day the first-season peak rests on.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { forecastCommand, markedDays } from "../../src/commands/forecast.js";
import { requirementsFromConfig } from "../../src/commands/hire.js";
import { loadConfig } from "../../src/config.js";
import { memoryPrinter } from "../../src/io/terminal.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-forecast-lines-"));

/** Eight tickets a day over September and October 2026 (no last season), naive Helsinki times; `flood` more on 10-15. */
function smallHistory(flood = 0): string {
  const lines = ["Ticket ID,Created at,Channel"];
  let id = 1;
  for (let t = Date.UTC(2026, 8, 1); t <= Date.UTC(2026, 9, 31); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    for (let h = 9; h < 17; h++) lines.push(`${id++},${day} ${String(h).padStart(2, "0")}:15:00,${h % 2 === 0 ? "Email" : "Chat"}`);
    if (day === "2026-10-15") for (let k = 0; k < flood; k++) lines.push(`${id++},${day} 10:${String(k % 60).padStart(2, "0")}:00,Email`);
  }
  return `${lines.join("\n")}\n`;
}
const history = join(dir, "tickets.csv");
writeFileSync(history, smallHistory());

describe("a store's own event with no last season", () => {
  it("gets one warning naming it and its dates", async () => {
    const events = join(dir, "events.json");
    writeFileSync(events, JSON.stringify([{ name: "spring-sale", date: "2026-11-25", days: 2 }]));
    const p = memoryPrinter();
    const r = await forecastCommand({ history, events, from: "2026-11-23", to: "2026-11-26", out: join(dir, "e.csv") }, p);
    expect(r.daily.map((d) => d.event).slice(2)).toEqual(["spring-sale", "spring-sale"]);
    expect(p.stderr.filter((l) => l.includes("spring-sale"))).toEqual([
      "peakplan: warning: spring-sale on 2026-11-25 to 2026-11-26: no last-season day of that name in the history, forecast as an ordinary day (no uplift); to learn its uplift, add last season's spring-sale to the events under the same name",
    ]);
  });
  it("plan and hire say it too, for a config's events.custom (hire's season shown here; plan prints the same lines)", async () => {
    const config = join(dir, "custom.json");
    writeFileSync(config, JSON.stringify({ history: "tickets.csv", season: { from: "2026-11-23", to: "2026-11-26" }, events: { custom: [{ name: "spring-sale", date: "2026-11-25", days: 2 }] } }));
    const p = memoryPrinter();
    await requirementsFromConfig(await loadConfig(config), p);
    expect(p.stderr.filter((l) => l.includes("spring-sale"))).toEqual([expect.stringMatching(/^peakplan: warning: spring-sale on 2026-11-25 to 2026-11-26: no last-season day of that name in the history/)]);
  });
});

describe("the first-season peak", () => {
  const dates = { from: "2026-11-26", to: "2026-12-02" };
  it("names the day and count the rule used, and warns when that day stands far above the other busy days", async () => {
    const flooded = join(dir, "flood.csv");
    writeFileSync(flooded, smallHistory(100));
    const p = memoryPrinter();
    await forecastCommand({ history: flooded, ...dates, out: join(dir, "fs1.csv") }, p);
    expect(p.stdout.join("\n")).toContain("First-season peak: 3 x 108 tickets on 2026-10-15 (the history's busiest day), on 11-27, 11-30");
    expect(p.stderr.filter((l) => l.includes("first-season"))).toEqual([
      "peakplan: warning: the first-season peak rests on 2026-10-15, 108 tickets: more than 3 x the median of the history's ten busiest days (8); expected a real busy day: a flood or a bulk import? check it, or drop it from the export",
    ]);
  });
  it("names the day without a warning when it is an ordinary busy day, and --json carries it", async () => {
    const p = memoryPrinter();
    await forecastCommand({ history, ...dates, out: join(dir, "fs2.csv") }, p);
    expect(p.stdout.join("\n")).toContain("First-season peak: 3 x 8 tickets on 2026-09-02 (the history's busiest day), on 11-27, 11-30");
    expect(p.stderr.filter((l) => l.includes("first-season"))).toEqual([]);
    const j = memoryPrinter();
    await forecastCommand({ history, ...dates, json: true, out: join(dir, "fs3.csv") }, j);
    expect((JSON.parse(j.stdout.join("")) as { firstSeason: unknown }).firstSeason).toEqual({ multiplier: 3, busiestDay: 8, busiestDate: "2026-09-02", busyMedian: 8 });
  });
});

describe("the table's marked days", () => {
  const december = Array.from({ length: 31 }, (_, i) => ({ date: `2026-12-${String(i + 1).padStart(2, "0")}`, expected: i + 1 }));
  it("mark the config's last shipping day and the two days before, not the default 12-20", () => {
    const marked = markedDays(december, "12-10");
    for (const d of ["2026-12-08", "2026-12-09", "2026-12-10"]) expect(marked.has(d), d).toBe(true);
    for (const d of ["2026-12-18", "2026-12-19", "2026-12-20"]) expect(marked.has(d), d).toBe(false);
    expect([...markedDays(december, undefined)].filter((d) => d < "2026-12-28")).toEqual(["2026-12-18", "2026-12-19", "2026-12-20"]);
  });
  it("forecast marks the config's last shipping day in red", async () => {
    // Mondays busiest, so the busiest tenth falls on no day checked here.
    const lines = ["Ticket ID,Created at,Channel"];
    let id = 1;
    for (let t = Date.UTC(2026, 8, 1); t <= Date.UTC(2026, 9, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const n = new Date(t).getUTCDay() === 1 ? 20 : 8;
      for (let k = 0; k < n; k++) lines.push(`${id++},${day} ${String(9 + (k % 8)).padStart(2, "0")}:${String(k).padStart(2, "0")}:00,Email`);
    }
    writeFileSync(join(dir, "mondays.csv"), `${lines.join("\n")}\n`);
    const config = join(dir, "ship.json");
    writeFileSync(config, JSON.stringify({ history: "mondays.csv", events: { lastShippingDay: "12-10" } }));
    const p = { ...memoryPrinter(), c: new Chalk({ level: 1 }) };
    await forecastCommand({ config, from: "2026-12-05", to: "2026-12-22", out: join(dir, "ship.csv") }, p);
    const row = (date: string): string => p.stdout.join("\n").split("\n").find((l) => l.includes(date)) ?? "";
    const red = (date: string): boolean => row(date).includes(new Chalk({ level: 1 }).bold.red(date));
    expect(["2026-12-08", "2026-12-09", "2026-12-10"].map(red)).toEqual([true, true, true]);
    expect(["2026-12-18", "2026-12-19", "2026-12-20"].map(red)).toEqual([false, false, false]);
  });
});
