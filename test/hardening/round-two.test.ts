// Hardening, round two (issue 12): one in-process test per item a hostile tester broke. Each failed before its fix.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, lstatSync, promises as fsp, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InputError } from "../../src/errors.js";
import { backtestCommand } from "../../src/commands/backtest.js";
import { computeErlang } from "../../src/commands/erlang.js";
import { forecastCommand } from "../../src/commands/forecast.js";
import { initCommand } from "../../src/commands/init.js";
import { planCommand } from "../../src/commands/plan.js";
import { sampleCommand } from "../../src/commands/sample.js";
import { scheduleCommand } from "../../src/commands/schedule.js";
import { staffCommand } from "../../src/commands/staff.js";
import { IdSet } from "../../src/ingest/idset.js";
import { ingestExport } from "../../src/ingest/read.js";
import { analyzeCommand } from "../../src/commands/analyze.js";
import { memoryPrinter, stdPrinter } from "../../src/io/terminal.js";
import { isAlive, stageAll, writeFileAtomic, writeFilesAtomic } from "../../src/io/atomic.js";
import { calendarFiles } from "../../src/io/roster-ics.js";
import { FolderLock, commitJournal } from "../../src/io/publish.js";
import { readAgentsCsv } from "../../src/io/agents-csv.js";
import { readCsvTable, writeCsv } from "../../src/io/csv.js";
import { readForecastCsv, writeForecastCsv } from "../../src/io/forecast-csv.js";
import { readRequirementsCsv, writeRequirementsCsv } from "../../src/io/requirements-csv.js";
import { readRosterCsv, writeRosterCsv } from "../../src/io/roster-csv.js";
import { AGENT_COLUMNS, type Agent, type RosterRow } from "../../src/schedule/types.js";
import { mkTemp } from "./cli.js";
import { inputError } from "../input-error.js";

afterEach(() => vi.restoreAllMocks());

describe("item 1: ticket id dedupe stays flat in memory whatever the ids look like", () => {
  it("20,000 sparse 12-digit ids cost well under 5 MB of buffers (a page per id cost 160 MB)", () => {
    const ids = new IdSet();
    const before = process.memoryUsage().arrayBuffers;
    let repeats = 0;
    for (let i = 0; i < 20_000; i++) if (ids.seen(String(100_000_000_000 + i * 7_919_993))) repeats++;
    expect(repeats).toBe(0);
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(grown).toBeLessThan(5 * 1024 * 1024);
    expect(ids.seen(String(100_000_000_000 + 5 * 7_919_993))).toBe(true);
    expect(ids.size).toBe(20_000);
  });

  it("dedupe is exact across shapes: 7 and 007, long and short ids, UUIDs, 15-digit ids", () => {
    const ids = new IdSet();
    const shapes = ["7", "007", "999999999999999", "9999999999999999", "T-1", "t-1", "a".repeat(5000), `${"a".repeat(4999)}b`, "6f1c2b7e-4bad-4c0f-9e1a-000000000001", ""];
    for (const id of shapes) expect(ids.seen(id), id.slice(0, 20)).toBe(false);
    for (const id of shapes) expect(ids.seen(id), id.slice(0, 20)).toBe(true);
    expect(ids.size).toBe(shapes.length);
  });
});

/** Values a spreadsheet, a CSV parser or a careless reader would mangle. */
const HOSTILE = ["+358401234567", "-5", "=SUM(A1)", "@cmd", "'=already", "''+two", "'plain", 'say "hi", then; go', "two\nlines", "\tTAB", "ä€😀", "a;b", "'"];

describe("item 3: every file peakplan writes reads back to the same values", () => {
  it("roster.csv: hostile ids, names and shift names round-trip", async () => {
    const dir = await mkTemp();
    const rows: RosterRow[] = HOSTILE.map((v, i) => ({
      date: "2026-11-27", agentId: v, name: HOSTILE[(i + 1) % HOSTILE.length] as string, seniority: "senior", shift: HOSTILE[(i + 2) % HOSTILE.length] as string,
      start: "2026-11-27T07:00-05:00", end: "2026-11-27T15:00-05:00", hours: 8, cost: 123.5,
    }));
    await writeRosterCsv(join(dir, "roster.csv"), rows);
    expect(readFileSync(join(dir, "roster.csv"), "utf8")).not.toMatch(/(^|,)"?[=+@\-]/m);
    expect(await readRosterCsv(join(dir, "roster.csv"))).toEqual(rows);
  });

  it("forecast.csv: hostile channel, event and method names round-trip", async () => {
    const dir = await mkTemp();
    // One hour, every hostile channel in it: forecast.csv may not skip an hour of a channel (staff's gap check).
    const rows = HOSTILE.map((v, i) => ({ hourStart: "2026-11-27T00:00+02:00", channel: v, volume: 12.125 + i, p10: 8, p50: 12, p90: 17.5, event: HOSTILE[(i + 3) % HOSTILE.length] as string, method: HOSTILE[(i + 4) % HOSTILE.length] as string }));
    await writeForecastCsv(join(dir, "forecast.csv"), rows);
    expect(await readForecastCsv(join(dir, "forecast.csv"))).toEqual(rows);
  });

  it("requirements.csv: hostile channel names (the header) round-trip", async () => {
    const dir = await mkTemp();
    const channels = HOSTILE.filter((v) => v === v.toLowerCase() && !v.includes("\t"));
    const rows = [0, 1].map((h) => ({ hourStart: `2026-11-27T0${h}:00+02:00`, agents: 3 + h, seniors: 1, standby: h, byChannel: Object.fromEntries(channels.map((c, i) => [c, i + 0.5])) }));
    await writeRequirementsCsv(join(dir, "requirements.csv"), rows, channels);
    expect(await readRequirementsCsv(join(dir, "requirements.csv"))).toEqual(rows);
  });

  it("agents.csv (sample --agents-out writes it with writeCsv): hostile ids and names round-trip", async () => {
    const dir = await mkTemp();
    const agents: Agent[] = HOSTILE.map((v, i) => ({ id: v, name: HOSTILE[(i + 5) % HOSTILE.length] as string, seniority: "experienced", availableFrom: "2026-11-01", availableTo: "2026-12-31", maxDaysPerWeek: 5, maxHoursPerWeek: 37.5, weekends: true, onCall: true, hourlyCost: 25.25 }));
    const cells = agents.map((a) => [a.id, a.name, a.seniority, a.availableFrom, a.availableTo, a.maxDaysPerWeek, a.maxHoursPerWeek, a.weekends ? "yes" : "no", a.onCall ? "yes" : "no", a.hourlyCost, "", ""]);
    await writeCsv(join(dir, "agents.csv"), AGENT_COLUMNS, cells);
    expect(await readAgentsCsv(join(dir, "agents.csv"))).toEqual(agents);
  });

  it("analyze --out series: hostile channel names read back as written", async () => {
    const dir = await mkTemp();
    const rows = HOSTILE.map((v, i) => [`2026-11-27T${String(i).padStart(2, "0")}:00+02:00`, v, i]);
    await writeCsv(join(dir, "series.csv"), ["hour_start", "channel", "tickets"], rows, new Set(["hour_start"]));
    const back = await readCsvTable(join(dir, "series.csv"));
    expect(back.rows.map((r) => [r.values.hour_start, r.values.channel, Number(r.values.tickets)])).toEqual(rows);
  });
});

describe("item 2: an output path that is a device, FIFO or symlink is not replaced by a regular file", () => {
  it("a FIFO (like /dev/null, a special file) is refused with exit 2 and stays a FIFO", async () => {
    const dir = await mkTemp();
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const error = await inputError(() => writeFileAtomic(fifo, "x"));
    expect(error.message).toBe(`${fifo}: is not a regular file (a device, pipe or socket); expected a file path to write, or - for standard output`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("a symlink to a regular file is written through: the link stays a link, its target gets the content", async () => {
    const dir = await mkTemp();
    writeFileSync(join(dir, "real.csv"), "old\n");
    symlinkSync("real.csv", join(dir, "link.csv"));
    await writeFileAtomic(join(dir, "link.csv"), "new\n");
    expect(lstatSync(join(dir, "link.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.csv"), "utf8")).toBe("new\n");
  });

  it("- and /dev/stdout are a plain write to standard output, no file named - appears", async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation(((chunk: string, cb?: (e?: Error) => void) => {
      written.push(String(chunk));
      cb?.();
      return true;
    }) as typeof process.stdout.write);
    await writeFilesAtomic([{ path: "-", content: "to stdout\n" }, { path: "/dev/stdout", content: "again\n" }]);
    expect(written).toEqual(["to stdout\n", "again\n"]);
    expect(existsSync("-")).toBe(false);
  });
});

/** Makes the next staged write put half its bytes on disk, then fail with `code` as a full disk would. */
function failStagedWrite(code: string): void {
  const realOpen = fsp.open.bind(fsp);
  vi.spyOn(fsp, "open").mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
    const handle = await realOpen(...args);
    if (String(args[1]) === "wx") {
      handle.writeFile = async (data: unknown) => {
        await handle.write(String(data).slice(0, 3));
        throw Object.assign(new Error(`${code}: failed, write`), { code, path: String(args[0]) });
      };
    }
    return handle;
  });
}

describe("item 8: a full disk is exit 2 naming the path and the cause, and leaves nothing behind", () => {
  it("ENOSPC while staging: InputError for the user's path, no temp file, the earlier output untouched", async () => {
    const dir = await mkTemp();
    writeFileSync(join(dir, "roster.csv"), "EARLIER\n");
    failStagedWrite("ENOSPC");
    const error = await inputError(() => writeFilesAtomic([{ path: join(dir, "forecast.csv"), content: "a,b\n" }, { path: join(dir, "roster.csv"), content: "new,roster\n" }]));
    expect(error.message).toBe(`${join(dir, "forecast.csv")}: cannot write: no space left on the device; expected room to write the output (free some space and run again) (ENOSPC)`);
    expect(readdirSync(dir)).toEqual(["roster.csv"]);
    expect(readFileSync(join(dir, "roster.csv"), "utf8")).toBe("EARLIER\n");
  });
});

describe("item 17: errors name the user's path, never the hidden staging file", () => {
  it('--out "" is exit 2 naming the empty path', async () => {
    const error = await inputError(() => writeFileAtomic("", "x"));
    expect(error.message).toBe('"": an empty output path; expected a file name');
  });

  it("a folder the user may not write: exit 2 naming the output path", async () => {
    const dir = await mkTemp();
    failStagedWrite("EACCES");
    const error = await inputError(() => writeFileAtomic(join(dir, "out.csv"), "x"));
    expect(error.message).toBe(`${join(dir, "out.csv")}: cannot write: permission denied; expected a folder this user can write (EACCES)`);
    expect(error.message).not.toMatch(/\.tmp/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("item 10: an output path equal to an input path is exit 2, and the input survives", () => {
  const cases: Array<[string, (x: string, dir: string) => Promise<unknown>, string]> = [
    ["forecast --history X --out X", (x) => forecastCommand({ history: x, out: x, tz: "UTC" }, memoryPrinter()), "--out"],
    ["schedule --agents X --out X", (x, dir) => scheduleCommand({ agents: x, requirements: join(dir, "r.csv"), out: x }, memoryPrinter()), "--out"],
    ["schedule --agents X --out ./X (same file, other spelling)", (x, dir) => scheduleCommand({ agents: x, requirements: join(dir, "r.csv"), out: join(dir, ".", "x.csv") }, memoryPrinter()), "--out"],
    ["staff --forecast X --out X", (x) => staffCommand({ forecast: x, out: x }, memoryPrinter()), "--out"],
    ["sample --out X --agents-out X", (x) => sampleCommand({ out: x, agentsOut: x, rows: 10 }, memoryPrinter()), "--agents-out"],
  ];
  for (const [name, run, option] of cases) {
    it(name, async () => {
      const dir = await mkTemp();
      const x = join(dir, "x.csv");
      writeFileSync(x, "INPUT\n");
      writeFileSync(join(dir, "r.csv"), "hour_start,agents\n");
      const error = await inputError(() => run(x, dir));
      expect(error.message).toMatch(new RegExp(`^${option}: .*x\\.csv is also the (input|output) `));
      expect(readFileSync(x, "utf8")).toBe("INPUT\n");
    });
  }
});

describe("item 16: an output folder that is a file is exit 2 before the work", () => {
  it("plan --out-dir FILE, init --dir FILE, schedule --ics-dir FILE", async () => {
    const dir = await mkTemp();
    const file = join(dir, "file");
    writeFileSync(file, "a file\n");
    const expected = `${file}: is a file, not a folder; expected a folder for`;
    expect((await inputError(() => planCommand({ sample: true, outDir: file, quiet: true }, memoryPrinter()))).message).toBe(`${expected} --out-dir`);
    expect((await inputError(() => initCommand({ dir: file }, memoryPrinter()))).message).toBe(`${expected} --dir`);
    // the requirements file is missing: the ics check must come first, before any input is read or solved
    expect((await inputError(() => scheduleCommand({ icsDir: file, requirements: join(dir, "missing.csv") }, memoryPrinter()))).message).toBe(`${expected} --ics-dir`);
    expect(readFileSync(file, "utf8")).toBe("a file\n");
  });
});

describe("item 4: huge numbers are exit 2 above a documented maximum, never a search that runs until killed", () => {
  it("erlang --volume 1e308 / 1e12, --patience 1e-9, a queue too large for Erlang A", () => {
    const message = (o: Parameters<typeof computeErlang>[0]): string => {
      try {
        computeErlang(o);
      } catch (error) {
        if (error instanceof InputError) return error.message;
        throw error;
      }
      return "no error";
    };
    expect(message({ volume: 1e308, aht: 180 })).toBe("--volume: 1e+308; expected a number of contacts from 0 to 1,000,000");
    expect(message({ volume: 1e12, aht: 180 })).toMatch(/^--volume: 1000000000000; expected/);
    expect(message({ volume: 100, aht: 180, patience: 1e-9 })).toBe("--patience: 1e-9; expected a mean patience in seconds from 1 to 86400, e.g. 120");
    expect(message({ volume: 1_000_000, aht: 3600, intervalMinutes: 60 })).toMatch(/^--volume: 1000000; expected a queue within the limits; this one is 1,000,000 erlangs, above the 10,000/);
    expect(message({ volume: 5000, aht: 1800, intervalMinutes: 60, patience: 86_400, answerSeconds: 86_400 })).toMatch(/above the 1,000 Erlang A/);
    // within the limits the answer still comes
    expect(computeErlang({ volume: 200, aht: 180, patience: 120 }).agents).toBeGreaterThan(0);
  });

  it("staff: a forecast row with volume 1e12 (or 2,000,000, spelled plainly) is exit 2 naming the file and line", async () => {
    const dir = await mkTemp();
    const lines = ["hour_start,channel,volume", "2026-11-27T10:00+02:00,chat,12", "2026-11-27T11:00+02:00,chat,2000000", "2026-11-27T12:00+02:00,chat,1e12"];
    writeFileSync(join(dir, "f.csv"), `${lines.join("\n")}\n`);
    const error = await inputError(() => staffCommand({ forecast: join(dir, "f.csv"), out: join(dir, "r.csv") }, memoryPrinter()));
    expect(error.message).toBe(`${join(dir, "f.csv")}:3: volume "2000000"; expected a non-negative number of tickets, at most 1,000,000`);
    expect(existsSync(join(dir, "r.csv"))).toBe(false);
  });
});

describe("item 9: --ics-dir gives every agent a file of their own", () => {
  it("ids a 1, a/1, a_1, A_1 and .. get distinct names inside the folder; a plain id keeps its plain name", () => {
    const ids = ["a 1", "a/1", "a_1", "A_1", "..", "ana"];
    const rows: RosterRow[] = ids.map((id) => ({ date: "2026-11-27", agentId: id, name: id, seniority: "senior", shift: "early", start: "2026-11-27T07:00+02:00", end: "2026-11-27T15:00+02:00", hours: 8, cost: 200 }));
    const files = calendarFiles("/cal", rows);
    const names = files.map((f) => f.path);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(ids.length);
    for (const n of names) expect(n).toMatch(/^\/cal\/[A-Za-z0-9_][A-Za-z0-9_.-]*\.ics$/);
    expect(names).toContain("/cal/ana.ics");
    // each calendar holds its own agent's shift
    files.forEach((f, i) => expect(f.content).toContain(`${encodeURIComponent(ids[i] as string)}@peakplan`));
  });
});

describe("item 19: backtest on too little history is exit 2 with the minimum it needs", () => {
  for (const rows of [1, 2]) {
    it(`a ${rows}-row history`, async () => {
      const dir = await mkTemp();
      const lines = ["ticket_id,created_at,channel", "1,2025-11-28T10:00:00,chat", "2,2025-11-28T11:00:00,email"].slice(0, rows + 1);
      writeFileSync(join(dir, "h.csv"), `${lines.join("\n")}\n`);
      const printer = memoryPrinter();
      const error = await inputError(() => backtestCommand({ history: join(dir, "h.csv"), tz: "UTC" }, printer));
      expect(error.message).toBe(`${join(dir, "h.csv")}: 0 complete days of history; expected at least 84 to backtest (the 28-day holdout plus 8 weeks to fit on), or two seasons of 1 Nov - 15 Jan`);
      expect(printer.stdout.join("")).not.toMatch(/holds/);
    });
  }
});

describe("item 18: windows and sizes have documented maximums, exit 2 above them", () => {
  it("sample --rows 1e12, --scale 1e6 and a 100-year window are refused before anything is written", async () => {
    const dir = await mkTemp();
    const out = join(dir, "t.csv");
    expect((await inputError(() => sampleCommand({ out, rows: 1e12 }, memoryPrinter()))).message).toBe("--rows: 1000000000000; expected a whole number from 1 to 10,000,000");
    expect((await inputError(() => sampleCommand({ out, scale: 1e6 }, memoryPrinter()))).message).toBe("--scale: 1000000; expected a number above 0 and at most 100");
    expect((await inputError(() => sampleCommand({ out, from: "2000-01-01", to: "2099-12-31" }, memoryPrinter()))).message).toBe("--to: 2099-12-31 is 36525 days after --from 2000-01-01; expected at most 3653 days (10 years)");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("forecast --from 2000-01-01 --to 2099-12-31 is refused before the history is read", async () => {
    const dir = await mkTemp();
    // the history does not exist: the window is checked first
    const error = await inputError(() => forecastCommand({ history: join(dir, "missing.csv"), from: "2000-01-01", to: "2099-12-31", out: join(dir, "f.csv") }, memoryPrinter()));
    expect(error.message).toBe("--to: 2099-12-31 is 36525 days after 2000-01-01; expected a window of at most 400 days");
  });

  it("forecast --to far after the history's end is refused before forecasting", async () => {
    const dir = await mkTemp();
    writeFileSync(join(dir, "h.csv"), "ticket_id,created_at,channel\n1,2025-11-28T10:00:00,chat\n");
    const error = await inputError(() => forecastCommand({ history: join(dir, "h.csv"), tz: "UTC", to: "2099-12-31", out: join(dir, "f.csv") }, memoryPrinter()));
    expect(error.message).toBe("--to: 2099-12-31 is 27061 days after 2025-11-29; expected a window of at most 400 days");
    expect(existsSync(join(dir, "f.csv"))).toBe(false);
  });
});

describe("item 13: control characters from input are escaped in everything printed", () => {
  it("a channel value with ESC and OSC sequences prints as visible \\x1b text; errors too", async () => {
    const dir = await mkTemp();
    const evil = "\u001b]0;pwned\u0007\u001b[2Jpigeon\u009b31m";
    // many plain rows first: a head full of control characters is refused as binary before any is printed
    const plain = Array.from({ length: 300 }, (_, i) => `${i},2025-11-28T1${i % 10}:00:00,chat`);
    const rows = ["ticket_id,created_at,channel", ...plain, ...Array.from({ length: 3 }, (_, i) => `${900 + i},2025-11-28T1${i}:30:00,"${evil}"`)];
    writeFileSync(join(dir, "h.csv"), `${rows.join("\n")}\n`);
    const printer = memoryPrinter();
    await analyzeCommand({ history: join(dir, "h.csv"), tz: "UTC" }, printer);
    const printed = [...printer.stdout, ...printer.stderr].join("\n");
    expect(printed).toContain("\\x1b]0;pwned");
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    // the printer commands get by default escapes the same way, and leaves its own colours alone
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation(((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stdout.write);
    stdPrinter().out(`${evil} \u001b[31mred\u001b[39m`);
    expect(written).toEqual(["\\x1b]0;pwned\\x07\\x1b[2Jpigeon\\x9b31m \u001b[31mred\u001b[39m\n"]);
    const error = new InputError(join(dir, "\u001b[2Jx.csv"), 3, `"\u001b]0;t\u0007"; expected a time`);
    expect(error.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(error.message).toContain("\\x1b[2Jx.csv:3:");
  });
});

/** The pid of a process that has ended. */
function deadPid(): number {
  const pid = spawnSync("true").pid;
  expect(isAlive(pid)).toBe(false);
  return pid;
}

const PLAN_FILES = ["forecast.csv", "requirements.csv", "roster.csv", "report.html", "summary.json"];

describe("item 7: plan's outputs switch whole, one run at a time, and dead runs' leftovers are cleaned", () => {
  it("a second plan into a folder being written exits 2 naming the first run; the folder is untouched", async () => {
    const dir = await mkTemp();
    writeFileSync(join(dir, "roster.csv"), "EARLIER\n");
    const first = new FolderLock();
    await first.take(dir);
    try {
      const error = await inputError(() => planCommand({ sample: true, outDir: dir, quiet: true }, memoryPrinter()));
      expect(error.message).toMatch(new RegExp(`^${join(dir, ".peakplan.lock")}: another peakplan run \\(pid ${process.pid} on .+, started .+\\) is writing this folder; expected one run at a time`));
    } finally {
      await first.release();
    }
    expect(readdirSync(dir)).toEqual(["roster.csv"]);
    expect(readFileSync(join(dir, "roster.csv"), "utf8")).toBe("EARLIER\n");
  });

  it("a lock left by a run that died is taken over", async () => {
    const dir = await mkTemp();
    writeFileSync(join(dir, ".peakplan.lock"), JSON.stringify({ pid: deadPid(), host: (await import("node:os")).hostname(), started: "2026-11-01T00:00:00Z" }));
    const lock = new FolderLock();
    await lock.take(dir);
    expect(JSON.parse(readFileSync(join(dir, ".peakplan.lock"), "utf8")).pid).toBe(process.pid);
    await lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("killed between the renames after the switch: the next write into the folder finishes the set from the journal", async () => {
    const dir = await mkTemp();
    for (const f of PLAN_FILES) writeFileSync(join(dir, f), `old ${f}\n`);
    const { staged } = await stageAll(PLAN_FILES.map((f) => ({ path: join(dir, f), content: `new ${f}\n` })));
    const pid = deadPid();
    await commitJournal(dir, staged, pid);
    // the run "dies" after two of its five renames
    for (const s of staged.slice(0, 2)) await fsp.rename(s.tmp, s.target.real);
    await writeFileAtomic(join(dir, "notes.txt"), "another command writes here\n");
    for (const f of PLAN_FILES) expect(readFileSync(join(dir, f), "utf8")).toBe(`new ${f}\n`);
    expect(readdirSync(dir).sort()).toEqual([...PLAN_FILES, "notes.txt"].sort());
  });

  it("killed between the renames: the next plan finishes the set as it takes the lock, before it reads the roster", async () => {
    const dir = await mkTemp();
    for (const f of PLAN_FILES) writeFileSync(join(dir, f), `old ${f}\n`);
    const { staged } = await stageAll(PLAN_FILES.map((f) => ({ path: join(dir, f), content: `new ${f}\n` })));
    await commitJournal(dir, staged, deadPid());
    for (const s of staged.slice(0, 3)) await fsp.rename(s.tmp, s.target.real);
    const lock = new FolderLock();
    await lock.take(dir);
    for (const f of PLAN_FILES) expect(readFileSync(join(dir, f), "utf8")).toBe(`new ${f}\n`);
    await lock.release();
    expect(readdirSync(dir).sort()).toEqual([...PLAN_FILES].sort());
  });

  it("killed before the switch: the old set stands whole and the dead run's staged files are removed; a live run's stay", async () => {
    const dir = await mkTemp();
    for (const f of PLAN_FILES) writeFileSync(join(dir, f), `old ${f}\n`);
    const dead = deadPid();
    writeFileSync(join(dir, `.roster.csv.${dead}.0badf00d.tmp`), "half a roster");
    writeFileSync(join(dir, `.summary.json.${process.pid}.0badf00d.tmp`), "a live run's work");
    await writeFileAtomic(join(dir, "notes.txt"), "x\n");
    expect(readdirSync(dir).sort()).toEqual([`.summary.json.${process.pid}.0badf00d.tmp`, ...PLAN_FILES, "notes.txt"].sort());
    for (const f of PLAN_FILES) expect(readFileSync(join(dir, f), "utf8")).toBe(`old ${f}\n`);
  });
});

/** A ticket export with a subject column; `subject(i)` gives row i's raw subject cell. */
function withSubjects(rows: number, subject: (i: number) => string): string {
  const lines = ["ticket_id,created_at,channel,subject"];
  for (let i = 0; i < rows; i++) lines.push(`${i},2025-11-${String(1 + (i % 28)).padStart(2, "0")}T${String(8 + (i % 12)).padStart(2, "0")}:00:00,chat,${subject(i)}`);
  return `${lines.join("\n")}\n`;
}

describe("item 5: the long-line guard holds for a quoted cell, whatever its line breaks", () => {
  it("ingest: a 3 MB quoted cell made of short lines is exit 2 naming the line its quote opens on", async () => {
    const dir = await mkTemp();
    const file = join(dir, "h.csv");
    writeFileSync(file, withSubjects(50, (i) => (i === 20 ? `"${"spam\n".repeat(600_000)}"` : "hello")));
    const error = await inputError(() => ingestExport(file, { zone: "UTC", now: Date.UTC(2026, 0, 1) }));
    expect(error.message).toBe(`${file}:22: a quoted cell opened on this line runs past 1,000,000 characters (a stray " ?); expected a closing quote within the row`);
  });

  it("the tool's own CSV files (agents.csv): the same guard", async () => {
    const dir = await mkTemp();
    const file = join(dir, "agents.csv");
    writeFileSync(file, `id,name,seniority\na1,"${"x\n".repeat(600_000)}",senior\n`);
    const error = await inputError(() => readAgentsCsv(file));
    expect(error.message).toBe(`${file}:2: a quoted cell opened on this line runs past 1,000,000 characters (a stray " ?); expected a closing quote within the row`);
  });
});

describe("item 6: rows swallowed by a stray quote are bad rows, so the 1 % limit applies", () => {
  const stray = (from: number, to: number) => (i: number): string => (i === from ? '"Re: order' : i === to ? 'late"' : "hello");

  it("150 rows swallowed of 2,000 (7.5 %) is exit 2 naming the reason", async () => {
    const dir = await mkTemp();
    const file = join(dir, "h.csv");
    writeFileSync(file, withSubjects(2000, stray(1000, 1150)));
    const error = await inputError(() => ingestExport(file, { zone: "UTC", now: Date.UTC(2026, 0, 1) }));
    expect(error.message).toMatch(new RegExp(`^${file}:1002: 151 of 2000 rows \\(7\\.5 %\\) are unusable: 151 line inside a quoted cell over many lines \\(a stray quote\\?\\)`));
  });

  it("150 rows swallowed of 20,000 is under the limit: read on, and every swallowed line is counted and listed", async () => {
    const dir = await mkTemp();
    const file = join(dir, "h.csv");
    writeFileSync(file, withSubjects(20_000, stray(1000, 1150)));
    const result = await ingestExport(file, { zone: "UTC", now: Date.UTC(2026, 0, 1) });
    const swallowed = result.summary.skipped.find((s) => s.reason.startsWith("line inside a quoted cell"));
    expect(swallowed?.count).toBe(151);
    expect(swallowed?.firstLines[0]).toBe(1002);
    expect(result.summary.rowsRead).toBe(20_000);
    expect(result.summary.rowsUsed).toBe(20_000 - 151);
  });
});
