// What the CLI writes: formula-safe cells end to end, warnings once per reason, whole-or-nothing files.
import { promises as fsp, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InputError } from "../../src/errors.js";
import { writeFilesAtomic } from "../../src/io/atomic.js";
import { assertReadableFile } from "../../src/io/csv.js";
import { csv } from "./case.js";
import { mkTemp, runMain } from "./cli.js";
import { agents, requirements } from "./team-cases.js";

afterEach(() => vi.restoreAllMocks());

/** An export from September to early January, one ticket every 37 minutes, then the given extra lines. */
function season(extra: string[]): string {
  const rows = ["ticket_id,created_at,channel"];
  const start = Date.UTC(2025, 8, 1);
  for (let i = 0, t = start; t < Date.UTC(2026, 0, 10); i++, t += 37 * 60_000) {
    rows.push(`${i},${new Date(t).toISOString().slice(0, 19)},${["email", "chat", "phone"][i % 3]}`);
  }
  return csv([...rows.slice(0, 1000), ...extra, ...rows.slice(1000)]);
}

describe("spreadsheet-safe CSV, end to end", () => {
  it("roster.csv: agent ids and names that look like formulas get an apostrophe; ISO times with -05:00 do not", async () => {
    const dir = await mkTemp();
    const needs = requirements().map((l) => l.replace("+02:00", "-05:00"));
    const team = agents();
    team[1] = '=id,"=HYPERLINK(""http://evil.example"",""click"")",senior,,,5,40,yes,yes,30';
    team[2] = "a2,@SUM(1),experienced,,,5,40,yes,yes,25";
    team[3] = "a3,-2+3,new,2026-11-20,,5,40,yes,no,20";
    writeFileSync(join(dir, "r.csv"), csv(needs));
    writeFileSync(join(dir, "a.csv"), csv(team));
    const run = await runMain(["schedule", "--requirements", "r.csv", "--agents", "a.csv", "--tz", "America/New_York", "--out", "roster.csv", "--json"], dir);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(dir, "roster.csv"), "utf8");
    const lines = text.trimEnd().split("\n").slice(1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      // every cell that could start a formula is either guarded or one of the tool's own values (dates, times)
      expect(line).not.toMatch(/(^|,)"?[=+@\t\r]/);
      expect(line).toMatch(/,2026-11-27T\d{2}:00-05:00,2026-11-27T\d{2}:00-05:00,/);
    }
    expect(text).toContain(`'=id,"'=HYPERLINK(""http://evil.example"",""click"")"`);
    // two agents are needed from 09 to 17: the senior and at least one of the other two are on the roster
    expect(text.includes("a2,'@SUM(1),") || text.includes("a3,'-2+3,")).toBe(true);
    expect(text).not.toMatch(/,@SUM|,-2\+3/);
  }, 60_000);

  it("forecast.csv: an event name from the config that starts with = never gets there (refused like --events refuses it)", async () => {
    const dir = await mkTemp();
    writeFileSync(join(dir, "h.csv"), season([]));
    writeFileSync(join(dir, "c.json"), JSON.stringify({ events: { custom: [{ name: "=cmd|' /C calc'!A0", date: "2026-11-05", days: 1 }] } }));
    const run = await runMain(["forecast", "--history", "h.csv", "--config", "c.json", "--from", "2026-11-04", "--to", "2026-11-06", "--tz", "UTC", "--out", "forecast.csv", "--json"], dir);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toBe(`peakplan: c.json: events.custom[0].name: "=cmd|' /C calc'!A0"; expected a name of letters, digits, spaces, - or _ (at most 60 characters)\n`);
    expect(readdirSync(dir).sort()).toEqual(["c.json", "h.csv"]);
  }, 60_000);
});

describe("warnings: a few bad rows and unknown channels go on, summarised once per reason", () => {
  const extra = [
    "90001,not a time,chat",
    "90002,also not,email",
    "90003,2025-10-01T10:00:00",
    "90004,1970-01-01T00:00:00Z,chat",
    ...Array.from({ length: 40 }, (_, i) => `9100${i},2025-10-02T1${i % 10}:00:00,carrier pigeon`),
    ...Array.from({ length: 3 }, (_, i) => `9200${i},2025-10-03T10:0${i}:00,fax`),
  ];
  for (const command of ["analyze", "forecast"]) {
    it(`${command}: exit 0, one stderr line per reason with counts and first lines`, async () => {
      const dir = await mkTemp();
      writeFileSync(join(dir, "h.csv"), season(extra));
      const run = await runMain([command, "--history", "h.csv", "--tz", "UTC", "--json", "--out", "out.csv"], dir);
      expect(run.code, run.stderr).toBe(0);
      const lines = run.stderr.split("\n").filter((l) => l !== "");
      expect(lines.filter((l) => l.startsWith("peakplan: warning:"))).toEqual([
        "peakplan: warning: h.csv: skipped 2 rows (unparseable time) at lines 1001, 1002",
        "peakplan: warning: h.csv: skipped 1 row (wrong number of fields) at line 1003",
        "peakplan: warning: h.csv: skipped 1 row (time before 2000) at line 1004",
        'peakplan: warning: h.csv: 43 tickets with an unknown channel counted as "other": "carrier pigeon" (40), "fax" (3)',
      ]);
      // forecast adds one note per closed date (25 December by default): the backlog mail carried to the next open day.
      const notes = command === "forecast" ? [expect.stringMatching(/^peakplan: note: 12-25 closed: \d+ email\/other messages carried to 12-26 /)] : [];
      expect(lines.filter((l) => !l.startsWith("peakplan: warning:"))).toEqual(notes);
    }, 60_000);
  }
});

describe("whole or nothing", () => {
  it("writeFilesAtomic: when one output cannot be staged, no file is written and no temp file is left", async () => {
    const dir = await mkTemp();
    writeFileSync(join(dir, "roster.csv"), "old roster\n");
    const failure = writeFilesAtomic([
      { path: join(dir, "roster.csv"), content: "new roster\n" },
      { path: join(dir, "missing", "summary.json"), content: "{}" },
    ]);
    await expect(failure).rejects.toBeInstanceOf(InputError);
    expect(readdirSync(dir)).toEqual(["roster.csv"]);
    expect(readFileSync(join(dir, "roster.csv"), "utf8")).toBe("old roster\n");
  });

  it("writeFilesAtomic: when a rename fails, the temp files still waiting are removed", async () => {
    const dir = await mkTemp();
    const real = fsp.rename.bind(fsp);
    let calls = 0;
    vi.spyOn(fsp, "rename").mockImplementation(async (from, to) => {
      calls++;
      if (calls === 2) throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
      return real(from, to);
    });
    const files = ["a.csv", "b.csv", "c.csv"].map((name) => ({ path: join(dir, name), content: name }));
    await expect(writeFilesAtomic(files)).rejects.toThrow(`${join(dir, "b.csv")}: cannot write: no space left on the device`);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("assertReadableFile: a file the user may not read is refused by name (the CLI case is skipped under root)", async () => {
    const dir = await mkTemp();
    const file = join(dir, "agents.csv");
    writeFileSync(file, "id,seniority\n");
    vi.spyOn(fsp, "access").mockRejectedValue(Object.assign(new Error("EACCES"), { code: "EACCES" }));
    await expect(assertReadableFile(file)).rejects.toThrow(`${file}: is not readable; expected a file this user can read`);
  });
});
