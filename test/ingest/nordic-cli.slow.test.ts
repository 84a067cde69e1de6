// Issue 10 end to end through the command line (main(argv, io) in-process, as the built CLI runs it; the spawned
// process path is test/hardening/bad-input.slow.test.ts's): the public real exports read in full, and every way a
// Nordic export used to go quietly wrong now ends in the right exit code and one line that says what happened.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runMain, type Run } from "../hardening/cli.js";
import { FIXTURE_DIR } from "./dialects/generate.js";

const REAL = join(ROOT, "../shared/realdata");
const dir = mkdtempSync(join(tmpdir(), "peakplan-nordic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// Without main's full collections: two plans and a schedule would walk the worker's heap six times (see runMain).
const cli = (...args: string[]): Promise<Run> => runMain(args, dir, { collect: false });
/** The lines of stderr that peakplan printed (a warning or the error), one each. */
const lines = (r: Run, pattern: RegExp): string[] => r.stderr.split("\n").filter((l) => pattern.test(l));

describe.skipIf(!existsSync(REAL))("the public real exports read every row they should", { timeout: 120_000 }, () => {
  it("helpdesk event log: 21,348 events, 4,580 tickets after id dedupe, yyyy/MM/dd with fractions", async () => {
    const r = await cli("analyze", "--history", join(REAL, "helpdesk_italian_software_2010-2013.csv"), "--tz", "Europe/Rome", "--json");
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { totalTickets: number; rows: { read: number; used: number; duplicates: number; skipped: Array<{ reason: string }> } };
    expect(a.rows.read).toBe(21_348);
    expect(a.totalTickets).toBe(4_580);
    expect(a.rows.duplicates).toBe(21_348 - 4_580);
    expect(a.rows.skipped.map((s) => s.reason)).toEqual(["duplicate ticket id"]);
  }, 60_000);

  it("olist orders: dd-MM-yyyy HH:mm, every approved order counted (only empty times skipped)", async () => {
    const r = await cli("analyze", "--history", join(REAL, "olist_orders_20k_sample_2016-2018.csv"), "--tz", "America/Sao_Paulo", "--time-column", "order_approved_at", "--json");
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { totalTickets: number; rows: { read: number; skipped: Array<{ reason: string; count: number }> } };
    const text = readFileSync(join(REAL, "olist_orders_20k_sample_2016-2018.csv"), "utf8").split("\n").slice(1).filter((l) => l.trim() !== "");
    const withTime = text.filter((l) => (l.split(",")[3] ?? "") !== "").length;
    expect(a.rows.read).toBe(19_999);
    expect(a.totalTickets).toBe(withTime);
    expect(a.rows.skipped).toEqual([{ reason: "empty time", count: 19_999 - withTime, firstLines: expect.any(Array) }]);
  }, 60_000);
});

describe("a Nordic export: the right reading, or a clear stop", { timeout: 120_000 }, () => {
  it("Finnish headers, values and d.M.yyyy H.mm dates read without any flag", async () => {
    const r = await cli("analyze", "--history", join(FIXTURE_DIR, "fi-zendesk.csv"), "--tz", "Europe/Helsinki");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/zendesk export, time column "Luotu", channel column "Kanava", ids in "Tiketin ID"/);
    expect(r.stderr).toBe("");
  });

  it.each([
    ["1.9.2024 6.34", "dd.MM.yyyy HH:mm"],
    ["28.11.2025 klo 9.05", "dd.MM.yyyy HH:mm"],
    ["01.09.2024 kl. 06.34", "dd.MM.yyyy HH:mm"],
    ["01-09-2024 06:34", "dd-MM-yyyy HH:mm"],
    ["2012/10/09 14:50:17.000", "yyyy/MM/dd HH:mm"],
    ["02-10-2017 11:07", "dd-MM-yyyy HH:mm"],
    ["Tue Oct 31 23:36:20 +0000 2017", "EEE MMM dd HH:mm:ss ZZZ yyyy (Twitter)"],
  ])("reads %s", async (stamp, label) => {
    // A second row whose day exceeds 12 decides day/month where the first cannot.
    const second = stamp.replace(/^0?1([.-])(0?9)/, "13$1$2").replace(/^02-10/, "13-10");
    const path = file(`d-${label.replace(/\W/g, "")}-${stamp.length}.csv`, `Luotu;Kanava\n${stamp};Puhelin\n${second};Sähköposti\n`);
    const r = await cli("analyze", "--history", path, "--tz", "Europe/Helsinki");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`dates as ${label}`);
    expect(r.stdout).toMatch(/rows read 2, used 2, skipped 0/);
  });

  it("unknown channel values above ingest.maxOtherShare: exit 2 naming the values and ingest.channelMap", async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i};2025-11-0${1 + (i % 9)} 10:00;${i % 2 ? "Trustpilot" : "Puhelin"}`);
    const path = file("unknown.csv", `Tiketin ID;Luotu;Kanava\n${rows.join("\n")}\n`);
    const r = await cli("analyze", "--history", path, "--tz", "Europe/Helsinki");
    expect(r.code).toBe(2);
    const error = lines(r, /peakplan/);
    expect(error).toHaveLength(1);
    expect(error[0]).toContain(`"Trustpilot" (10)`);
    expect(error[0]).toContain("ingest.channelMap");
    const config = file("map.json", JSON.stringify({ ingest: { channelMap: { trustpilot: "social" } } }));
    const mapped = await cli("analyze", "--history", path, "--tz", "Europe/Helsinki", "--config", config);
    expect(mapped.code, mapped.stderr).toBe(0);
    expect(mapped.stdout).toMatch(/social\s*│\s*10\b/);
  });

  it("no channel column: one line in analyze's output naming the model; plan exits 3 unless ingest.singleChannel", async () => {
    const history = file("nochannel.csv", `id,created\n${Array.from({ length: 30 }, (_, i) => `${i},2025-11-${String(1 + (i % 28)).padStart(2, "0")} 1${i % 8}:00`).join("\n")}\n`);
    const a = await cli("analyze", "--history", history, "--tz", "Europe/Helsinki");
    expect(a.code).toBe(0);
    expect(lines(a, /no channel column/)).toEqual([
      `peakplan: warning: ${history}: no channel column, so all tickets are planned as one channel "all", staffed as a backlog answered within 4 h (channels.all in the config); set ingest.singleChannel to true if intended, or name the column with --channel-column`,
    ]);
    const team = file("seniors.csv", `id,seniority\n${Array.from({ length: 6 }, (_, i) => `s${i},senior`).join("\n")}\n`);
    const config = (single: boolean, name: string): string =>
      file(name, JSON.stringify({ history, agents: team, season: { from: "2025-12-01", to: "2025-12-02" }, ingest: { singleChannel: single }, plan: { maxShortfallHours: 100000 }, schedule: { timeLimitSeconds: 20 } }));
    const refused = await cli("plan", "--config", config(false, "one.json"), "--out-dir", join(dir, "out1"), "--today", "2025-11-29");
    expect(refused.code, refused.stderr).toBe(3);
    expect(lines(refused, /no channel column/)).toHaveLength(2); // the warning, and the reason plan is not acceptable
    const intended = await cli("plan", "--config", config(true, "two.json"), "--out-dir", join(dir, "out2"), "--today", "2025-11-29");
    expect(intended.stderr).not.toMatch(/not acceptable: .*no channel column/);
    expect(lines(intended, /no channel column/)).toEqual([expect.stringContaining("(ingest.singleChannel: intended)")]);
  }, 120_000);

  it("plan takes --time-column, --channel-column and --date-format; init writes the ingest section", async () => {
    const r = await cli("plan", "--time-column", "Luotu", "--channel-column", "Kanava", "--date-format", "d.M.yyyy H.mm", "--config", join(dir, "none.json"));
    expect(r.code).toBe(2);
    expect(lines(r, /peakplan/)).toEqual([expect.stringMatching(/none\.json/)]);
    const init = await cli("init", "--dir", join(dir, "planning"));
    expect(init.code, init.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, "planning/peakplan.config.json"), "utf8")) as { ingest: Record<string, unknown> };
    expect(config.ingest).toMatchObject({ channelMap: {}, maxOtherShare: 0.05, singleChannel: false, spreadDays: false });
    expect(String(config.ingest.$comment)).toContain("--time-column");
  });

  it("a date-only export stops with exit 2 naming --spread-days, and reads with it", async () => {
    const path = file("dates.csv", `Luotu;Kanava\n2025-11-28;Puhelin\n2025-11-29;Sähköposti\n`);
    const r = await cli("analyze", "--history", path, "--tz", "Europe/Helsinki");
    expect(r.code).toBe(2);
    expect(lines(r, /peakplan/)).toHaveLength(1);
    expect(r.stderr).toContain("--spread-days");
    const spread = await cli("analyze", "--history", path, "--tz", "Europe/Helsinki", "--spread-days");
    expect(spread.code, spread.stderr).toBe(0);
    expect(lines(spread, /spread over the intraday profile/)).toHaveLength(1);
  });

  it("offsets that the zone does not have: one warning naming both zones", async () => {
    const path = file("offsets.csv", `Created at,Via\n2025-11-28T09:05:00+02:00,email\n2025-11-28T10:05:00+02:00,chat\n2025-07-01T10:00:00+03:00,phone\n`);
    const r = await cli("analyze", "--history", path, "--tz", "America/New_York");
    expect(r.code).toBe(0);
    const warning = lines(r, /offset/);
    expect(warning).toHaveLength(1);
    expect(warning[0]).toContain("America/New_York");
    expect(warning[0]).toContain("Europe/Helsinki");
    const right = await cli("analyze", "--history", path, "--tz", "Europe/Helsinki");
    expect(lines(right, /offset/)).toEqual([]);
  });

  it("a history that ends long before the planned window: one warning with the gap", async () => {
    const r = await cli("forecast", "--history", join(FIXTURE_DIR, "fi-zendesk.csv"), "--tz", "Europe/Helsinki", "--from", "2026-11-01", "--to", "2026-11-03", "--out", join(dir, "f.csv"));
    expect(r.code, r.stderr).toBe(0);
    const warning = lines(r, /days before the planned window/);
    expect(warning).toHaveLength(1);
    expect(warning[0]).toContain("the history ends 2025-11-23, 343 days before the planned window starts 2026-11-01");
  });

  it("agents.csv: a near-miss column stops with exit 2 and the right name", async () => {
    const agents = file("agents.csv", "id,seniority,max_hour_per_week\na1,senior,30\n");
    const forecast = join(dir, "near-miss-forecast.csv");
    expect((await cli("forecast", "--history", join(FIXTURE_DIR, "fi-zendesk.csv"), "--tz", "Europe/Helsinki", "--from", "2025-12-01", "--to", "2025-12-01", "--out", forecast)).code).toBe(0);
    const r = await cli("schedule", "--agents", agents, "--forecast", forecast);
    expect(r.code).toBe(2);
    expect(lines(r, /peakplan/)).toEqual([`peakplan: ${agents}:1: column "max_hour_per_week" is not one peakplan reads; expected "max_hours_per_week"`]);
    // Finnish headers are read; a column peakplan does not use is named once, with the ones it reads.
    const finnish = file("agentit.csv", "tunnus;kokemus;max_tunnit_viikossa;viikonloput;lempiväri\na1;senior;30;ei;sininen\na2;senior;30;kyllä;punainen\n");
    const ok = await cli("schedule", "--agents", finnish, "--forecast", forecast, "--out", join(dir, "roster.csv"));
    expect([0, 3]).toContain(ok.code);
    expect(lines(ok, /not used/)).toEqual([expect.stringContaining(`peakplan: warning: ${finnish}: column "lempiväri" not used; peakplan reads id, name, seniority, `)]);
  });
});
