// Schedule benchmark: seeded seasons 1 Nov - 15 Jan for 25, 80, 200, 1,000 and 1,500 agents, each solved in its own
// Node process (so peak RSS is that size's own), checked independently, and measured for the roster's shape.
// Usage: npm run bench -- schedule [sizes, e.g. 25,200] ; PEAKPLAN_BENCH_TIME_LIMIT sets the time limit (default: config).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { defaultConfig } from "../../src/config.js";
import { checkRoster } from "../../src/schedule/check.js";
import { solveRoster } from "../../src/schedule/index.js";
import { measure, peakMemoryMB, report } from "./measure.js";
import { seasonRequirements, seasonTeam } from "./season.js";

const FROM = "2026-11-01";
const TO = "2027-01-15";
const SIZES = [25, 80, 200, 1000, 1500];

async function one(size: number): Promise<void> {
  const config = defaultConfig();
  const limit = Number(process.env.PEAKPLAN_BENCH_TIME_LIMIT ?? config.schedule.timeLimitSeconds);
  const input = {
    requirements: seasonRequirements(FROM, TO, config.timezone, size, 7),
    agents: seasonTeam(size, FROM, 7),
    shifts: config.shifts,
    rules: config.rules,
    timezone: config.timezone,
    timeLimitSeconds: limit,
    decompose: decomposeOf(process.env.PEAKPLAN_BENCH_DECOMPOSE),
  };
  const { value: r, seconds } = await measure(() => solveRoster(input));
  // Every roster the bench produces is checked independently of the solve.
  const check = checkRoster({ ...input, roster: r.roster });
  const s = r.summary.shape;
  report(`${size} agents`, {
    seconds,
    peak_rss_mb: peakMemoryMB(),
    status: r.solver.status,
    pieces: r.solver.pieces ?? 1,
    rows: r.roster.length,
    contract_cost: check.cost.shifts + check.cost.onCall,
    total_cost: check.cost.total,
    gap_to_bound_pct: (r.solver.gap ?? Number.NaN) * 100,
    shortfall_agent_hours: check.shortfall.agentHours,
    senior_hours_missing_on_peak: r.summary.peak.seniorHoursMissing,
    weekend_spread: s.weekendSpread,
    shift_type_change_pct: s.consecutivePairs === 0 ? 0 : (100 * s.shiftTypeChanges) / s.consecutivePairs,
    isolated_days: s.isolatedDays,
    isolated_pct: s.workingDays === 0 ? 0 : (100 * s.isolatedDays) / s.workingDays,
    violations: check.violations.length,
  });
  if (check.violations.length > 0 || r.roster.length === 0) process.exitCode = 1;
}

/** PEAKPLAN_BENCH_DECOMPOSE=none|weekly|auto (default auto, as the command runs) */
function decomposeOf(value: string | undefined): "auto" | "weekly" | "none" {
  return value === "none" || value === "weekly" ? value : "auto";
}

const arg = process.argv[2];
if (arg?.startsWith("--one=")) {
  await one(Number(arg.slice(6)));
} else {
  const sizes = arg && /^[\d,]+$/.test(arg) ? arg.split(",").map(Number) : SIZES;
  const self = fileURLToPath(import.meta.url);
  let failed = 0;
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ["--import", "tsx", self, `--one=${size}`], { stdio: "inherit" });
    if (child.status !== 0) {
      failed++;
      process.stdout.write(`${size} agents: failed (exit ${child.status ?? child.signal})\n`);
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
