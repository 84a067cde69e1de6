// Schedule benchmark: seeded holiday seasons (25 agents x 4 weeks, 80 x 8 weeks, 200 x 1 Nov-15 Jan), solved and checked.
import { defaultConfig } from "../../src/config.js";
import { checkRoster } from "../../src/schedule/check.js";
import { buildModel, solveRoster } from "../../src/schedule/index.js";
import { isSolved, solve } from "../../src/schedule/solver.js";
import { measure, peakMemoryMB, report } from "./measure.js";
import { seasonRequirements, seasonTeam } from "./season.js";

const config = defaultConfig();
const instances = [
  { label: "25 agents, 4 weeks", agents: 25, from: "2026-11-16", to: "2026-12-13" },
  { label: "80 agents, 8 weeks", agents: 80, from: "2026-11-09", to: "2027-01-03" },
  { label: "200 agents, 1 Nov-15 Jan", agents: 200, from: "2026-11-01", to: "2027-01-15" },
];
const only = process.argv[2];
let failures = 0;
for (const spec of instances.filter((i) => only === undefined || i.label.includes(only))) {
  const input = {
    requirements: seasonRequirements(spec.from, spec.to, config.timezone, spec.agents, 7),
    agents: seasonTeam(spec.agents, spec.from, 7),
    shifts: config.shifts,
    rules: config.rules,
    timezone: config.timezone,
    timeLimitSeconds: config.schedule.timeLimitSeconds,
  };
  const { value: result, seconds } = await measure(() => solveRoster(input));
  // Every roster the bench produces is checked independently of the solve.
  const check = checkRoster({ ...input, roster: result.roster });
  // The LP relaxation: the weakest lower bound, for reference beside HiGHS's proven bound.
  const model = buildModel(input);
  const relaxed = { ...model, variables: model.variables.map((v) => ({ ...v, type: "continuous" as const })) };
  const lp = await solve(relaxed, { timeLimitSeconds: 120, backend: "highs" });
  const cost = check.cost.total;
  report(spec.label, {
    seconds,
    solve_seconds: result.solver.seconds,
    status: result.solver.status,
    binaries: result.model.binaries,
    rows: result.model.constraints,
    cost,
    shortfall_agent_hours: check.shortfall.agentHours,
    shortfall_senior_hours: check.shortfall.seniorHours,
    gap_to_bound_pct: (result.solver.gap ?? NaN) * 100,
    gap_to_lp_relaxation_pct: ((cost - (isSolved(lp) ? lp.objective : Number.NaN)) / cost) * 100,
    violations: check.violations.length,
    peak_rss_mb: peakMemoryMB(),
  });
  if (check.violations.length > 0 || Math.abs(cost - result.solver.objective) > 1e-6 * cost) failures++;
}
process.exitCode = failures > 0 ? 1 : 0;
