// The README's cron recipe as a lead would run it: peakplan packed from this checkout, vendored and installed in a
// fresh git repository, then the README's plan.sh run day after day. Only real changes may become commits, and a
// plan that is not acceptable must not replace the roster the agents have.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CORE_TEAM } from "./plan/team.js";
import { sampleChunks } from "../src/sample/generate.js";
import { ensureBuilt, ROOT } from "./hardening/cli.js";
import { installPacked } from "./packed-install.js";

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The plan.sh block of the README, verbatim: the test runs what a reader copies. */
export function readmePlanScript(readme: string): string {
  const m = /```sh\n(#!\/bin\/sh\n# plan\.sh:[\s\S]*?)```/.exec(readme);
  if (!m?.[1]) throw new Error("README has no ```sh block starting with #!/bin/sh and # plan.sh:");
  return m[1];
}

const AGENTS = CORE_TEAM;

const CONFIG = {
  timezone: "Europe/Helsinki",
  history: "tickets.csv",
  agents: "agents.csv",
  season: { from: "2025-11-16", to: "2025-11-18" }, // three days: the recipe, not the solver, is under test
  seniors: { minPerHour: 1, peakShare: 0.2 },
  schedule: { timeLimitSeconds: 30 },
  plan: { outDir: "out", maxShortfallHours: 1000, freezeDays: 7 },
};

const GIT_ENV = { GIT_AUTHOR_NAME: "lead", GIT_AUTHOR_EMAIL: "lead@example.com", GIT_COMMITTER_NAME: "lead", GIT_COMMITTER_EMAIL: "lead@example.com", GIT_CONFIG_NOSYSTEM: "1" };

describe("the README's cron recipe, installed from a packed tarball", () => {
  let repo: string;
  const env = { ...process.env, ...GIT_ENV, NO_COLOR: "1" };
  const git = (...args: string[]): string => execFileSync("git", args, { cwd: repo, env, encoding: "utf8" }).trim();
  const head = (): string => git("rev-parse", "HEAD");
  const plan = (...args: string[]) => spawnSync("sh", ["plan.sh", ...args], { cwd: repo, env, encoding: "utf8", timeout: 120_000 });

  beforeAll(() => {
    ensureBuilt();
    repo = join(mkdtempSync(join(tmpdir(), "peakplan-workflow-")), "planning");
    mkdirSync(repo);
    git("init", "-q");
    // npm pack of the checkout, npm init -y, npm install --offline of vendor/'s tarball; its result is kept between runs
    // under a key of what npm packs (test/packed-install.ts says why a kept result proves what a fresh one does).
    installPacked(repo, env);
    writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
    writeFileSync(join(repo, "peakplan.config.json"), JSON.stringify(CONFIG, null, 2));
    writeFileSync(join(repo, "agents.csv"), AGENTS);
    writeFileSync(join(repo, "tickets.csv"), [...sampleChunks({ seed: 7, from: "2025-09-01", to: "2025-11-15", zone: "Europe/Helsinki", scale: 0.25, dirty: false })].join(""));
    writeFileSync(join(repo, "plan.sh"), readmePlanScript(README));
    git("add", ".gitignore", "package.json", "package-lock.json", "vendor", "peakplan.config.json", "agents.csv", "tickets.csv", "plan.sh");
    git("commit", "-q", "-m", "peakplan planning");
  }, 240_000);

  // No second run the same day: a run a day later, with the same data, writes the same bytes or it commits, and
  // test/commands/plan.slow.test.ts shows two runs on the same inputs write the same files.
  it("publishes, then commits nothing when nothing changed a day later", () => {
    const start = head();
    const first = plan("--today", "2025-11-12");
    expect(first.status, first.stderr).toBe(0);
    expect(git("rev-list", "--count", `${start}..HEAD`)).toBe("1");
    expect(git("log", "-1", "--format=%s")).toMatch(/^peakplan: plan of \d{4}-\d{2}-\d{2}$/);
    for (const f of ["roster.csv", "summary.json", "report.html", "forecast.csv", "requirements.csv"]) expect(existsSync(join(repo, "out", f)), f).toBe(true);
    const calendars = readdirSync(join(repo, "out", "calendars"));
    const rostered = new Set(readFileSync(join(repo, "out", "roster.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",")[1]));
    expect(rostered.size).toBeGreaterThan(5);
    // One calendar per agent of the team: a rostered agent's holds their shifts, the others' hold none (so a re-plan
    // that takes an agent off every shift empties their calendar instead of leaving the old one).
    const team = AGENTS.trim().split("\n").slice(1).map((l) => l.split(",")[0] ?? "");
    expect(calendars.sort(), "one calendar per agent of the team").toEqual(team.map((id) => `${id}.ics`).sort());
    for (const id of team) {
      const events = (readFileSync(join(repo, "out", "calendars", `${id}.ics`), "utf8").match(/BEGIN:VEVENT/g) ?? []).length;
      const rows = readFileSync(join(repo, "out", "roster.csv"), "utf8").trim().split("\n").filter((l) => l.split(",")[1] === id).length;
      expect(events, id).toBe(rows);
    }
    const published = head();

    const tomorrow = plan("--today", "2025-11-13");
    expect(tomorrow.status, tomorrow.stderr).toBe(0);
    // The first re-plan may commit the solver's status and gap alone (summary.json, report.html): the first plan's gap
    // showed what the shape search after the solve spent against the solver's bound; a re-plan's model, holding the
    // published roster, proves that roster optimal. The roster and the calendars stay as published.
    expect(git("diff", "--name-only", published, "HEAD"), "a day later with the same data changed more than the solver's line").toMatch(/^(out\/(report\.html|summary\.json)\n?)*$/);
    const settled = head();
    const later = plan("--today", "2025-11-14");
    expect(later.status, later.stderr).toBe(0);
    expect(head(), `two days later with the same data made a commit:\n${git("status", "--porcelain")}`).toBe(settled);
    expect(git("status", "--porcelain")).toBe("");
  }, 240_000);

  it("commits a not-acceptable plan as a draft and keeps the published roster and calendars", () => {
    const roster = readFileSync(join(repo, "out", "roster.csv"), "utf8");
    const summary = readFileSync(join(repo, "out", "summary.json"), "utf8");
    const calendars = readdirSync(join(repo, "out", "calendars")).map((f) => readFileSync(join(repo, "out", "calendars", f), "utf8"));
    writeFileSync(join(repo, "agents.csv"), AGENTS.split("\n").slice(0, 4).join("\n")); // three agents left
    git("commit", "-q", "-am", "most of the team left");
    const before = head();
    const run = plan("--today", "2025-11-14", "--max-shortfall", "40");
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/not acceptable, written as a draft/);
    expect(readFileSync(join(repo, "out", "roster.csv"), "utf8") === roster, "the published roster changed").toBe(true);
    expect(readFileSync(join(repo, "out", "summary.json"), "utf8")).toBe(summary);
    expect(readdirSync(join(repo, "out", "calendars")).map((f) => readFileSync(join(repo, "out", "calendars", f), "utf8"))).toEqual(calendars);
    const draft = JSON.parse(readFileSync(join(repo, "out", "draft", "summary.json"), "utf8")) as { acceptable: boolean };
    expect(draft.acceptable).toBe(false);
    expect(git("rev-list", "--count", `${before}..HEAD`)).toBe("1");
    expect(git("log", "-1", "--format=%s")).toMatch(/^peakplan: draft \(not acceptable\) of /);
    expect(git("show", "--name-only", "--format=", "HEAD").split("\n").every((f) => f.startsWith("out/draft/"))).toBe(true);

    // The team is back: the next plan is published and the draft goes.
    writeFileSync(join(repo, "agents.csv"), AGENTS);
    git("commit", "-q", "-am", "team back");
    const back = plan("--today", "2025-11-14");
    expect(back.status, back.stderr).toBe(0);
    expect(existsSync(join(repo, "out", "draft"))).toBe(false);
    expect(git("status", "--porcelain")).toBe("");
  }, 240_000);
});

// plan.sh's own git steps, with peakplan replaced by a stub that writes out/ and exits as told: before the fix, a
// failed commit (no git identity: "fatal: unable to auto-detect email address") ended the script with exit 0, the
// changes staged and no mail. The stub keeps this to git and sh; the real runs are above.
describe("the README's plan.sh when git fails", () => {
  const setup = (peakplanExit: number): { repo: string; env: NodeJS.ProcessEnv } => {
    const repo = mkdtempSync(join(tmpdir(), "peakplan-plansh-"));
    mkdirSync(join(repo, "node_modules", ".bin"), { recursive: true });
    writeFileSync(join(repo, "node_modules", ".bin", "peakplan"), `#!/bin/sh\nmkdir -p out && date +%s%N > out/roster.csv\nexit ${peakplanExit}\n`, { mode: 0o755 });
    writeFileSync(join(repo, "plan.sh"), readmePlanScript(README));
    writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
    // No identity anywhere: a HOME without .gitconfig, no system config, and git told not to guess one.
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: repo, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "user.useConfigOnly", GIT_CONFIG_VALUE_0: "true" };
    execFileSync("git", ["init", "-q"], { cwd: repo, env });
    return { repo, env };
  };

  it.each([0, 3])("peakplan exit %i, the commit fails: exit 4, a line on stderr naming the commit", (peakplanExit) => {
    const { repo, env } = setup(peakplanExit);
    const run = spawnSync("sh", ["plan.sh"], { cwd: repo, env, encoding: "utf8" });
    expect(run.stderr).toMatch(/^plan\.sh: git commit failed; the (plan|draft \(not acceptable\)) in out\/ is staged, not committed$/m);
    expect(run.status, run.stderr).toBe(4);
  });

  it("git add fails (a locked index): exit 4, a line on stderr naming the add; with git working, the same script exits 0 and commits", () => {
    const { repo, env } = setup(0);
    writeFileSync(join(repo, ".git", "index.lock"), "");
    const locked = spawnSync("sh", ["plan.sh"], { cwd: repo, env, encoding: "utf8" });
    expect(locked.stderr).toMatch(/^plan\.sh: git add -A out failed; the plan in out\/ is not committed$/m);
    expect(locked.status).toBe(4);
    execFileSync("rm", [join(repo, ".git", "index.lock")]);
    const ok = spawnSync("sh", ["plan.sh"], { cwd: repo, env: { ...env, ...GIT_ENV }, encoding: "utf8" });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toBe("");
    expect(execFileSync("git", ["log", "--format=%s"], { cwd: repo, env, encoding: "utf8" }).trim()).toMatch(/^peakplan: plan of \d{4}-\d{2}-\d{2}$/);
  });
});
