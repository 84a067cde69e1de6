// hire benchmark: the 80-agent, 8-week schedule instance with 20 agents removed; and, with "sample", the bundled sample's
// first 30 agents, then every proposed hire left out in turn to show the count is minimal.
import { requirementsFromConfig } from "../../src/commands/hire.js";
import { loadConfig } from "../../src/config.js";
import { defaultConfig } from "../../src/config/types.js";
import { planHires } from "../../src/hire/index.js";
import { readAgentsCsv } from "../../src/io/agents-csv.js";
import { SAMPLE } from "../../src/io/paths.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { checkRoster, solveRoster } from "../../src/schedule/index.js";
import { fullCollection } from "../../src/io/collect.js";
import { onReleaseMemory } from "../../src/schedule/memory.js";
import { measure, peakMemoryMB, report } from "./measure.js";
import { seasonRequirements, seasonTeam } from "./season.js";

const config = defaultConfig();
// As `main` does for every command: each solved roster's garbage is collected before the next is built.
onReleaseMemory(fullCollection());
const only = process.argv[2] ?? "80";
let failures = 0;

if (only === "80") {
  const from = "2026-11-09";
  const to = "2027-01-03";
  const schedule = {
    requirements: seasonRequirements(from, to, config.timezone, 80, 7),
    agents: seasonTeam(80, from, 7).slice(0, 60),
    shifts: config.shifts,
    rules: config.rules,
    timezone: config.timezone,
    timeLimitSeconds: config.schedule.timeLimitSeconds,
  };
  const cpu0 = process.cpuUsage();
  const { value: plan, seconds } = await measure(() =>
    planHires({ schedule, settings: config.hire, today: "2026-09-01", maxShortfall: 0, onProgress: (t) => process.stderr.write(`  ${t}\n`) }),
  );
  const cpu = process.cpuUsage(cpu0);
  const check = checkRoster({ ...schedule, agents: [...schedule.agents, ...plan.hires], roster: plan.final?.roster ?? [] });
  report("hire, 80 agents x 8 weeks less 20", {
    seconds,
    cpu_seconds: (cpu.user + cpu.system) / 1e6,
    status: plan.status,
    hires: plan.hires.length,
    cohorts: plan.cohorts.map((c) => `${c.liveFrom}x${c.count}`).join("+"),
    solves: plan.solves,
    minimal: String(plan.minimal),
    before_agent_hours: plan.before.agentHours,
    before_senior_hours: plan.before.seniorHours,
    after_agent_hours: check.shortfall.agentHours,
    after_senior_hours: check.shortfall.seniorHours,
    seniors_only_hours: plan.seniorsOnly,
    too_late_hours: plan.unfixable.tooLate,
    violations: check.violations.length,
    peak_rss_mb: peakMemoryMB(),
  });
  if (check.violations.length > 0 || plan.status === "not-covered") failures++;
}

if (only === "sample") {
  // The sample team without its 13 seasonal hires and its last experienced agent: a01-a30; inputs as `hire` reads them.
  const sample = await loadConfig(SAMPLE.config);
  const team = (await readAgentsCsv(SAMPLE.agents)).slice(0, 30);
  const schedule = {
    requirements: await requirementsFromConfig(sample, memoryPrinter()),
    agents: team,
    shifts: sample.shifts,
    rules: sample.rules,
    timezone: sample.timezone,
    timeLimitSeconds: sample.schedule.timeLimitSeconds,
    backend: sample.schedule.solver,
  };
  const { value: plan, seconds } = await measure(() =>
    planHires({ schedule, settings: sample.hire, today: "2026-09-15", maxShortfall: 0, onProgress: (t) => process.stderr.write(`  ${t}\n`) }),
  );
  report("hire, sample with 30 agents", {
    seconds, hires: plan.hires.length, cohorts: plan.cohorts.map((c) => `${c.liveFrom}x${c.count}`).join("+"), solves: plan.solves,
    after_agent_hours: plan.after?.agentHours ?? NaN,
  });
  // Leave each hire out in turn: the roster solve `plan` runs on agents.csv with the other hires appended.
  for (const h of plan.hires) {
    const r = await solveRoster({ ...schedule, agents: [...team, ...plan.hires.filter((x) => x !== h)] });
    report(`  without ${h.id} (live ${h.availableFrom ?? ""})`, { agent_hours: r.check.shortfall.agentHours, senior_hours: r.check.shortfall.seniorHours });
    if (r.check.shortfall.agentHours <= 0) failures++;
  }
  // How far from the true minimum: one hire fewer per cohort, solved with the shortfall penalty x100, so the solver's
  // 0.5 % stopping gap is worth less than one agent-hour and a covering roster, if there is one, is found.
  for (const c of plan.cohorts) {
    const drop = plan.hires.find((h) => h.availableFrom === c.liveFrom);
    const r = await solveRoster({ ...schedule, rules: { ...schedule.rules, penaltyMultiplier: schedule.rules.penaltyMultiplier * 100 }, agents: [...team, ...plan.hires.filter((x) => x !== drop)] });
    report(`  penalty x100, without one hire live ${c.liveFrom}`, { agent_hours: r.check.shortfall.agentHours, senior_hours: r.check.shortfall.seniorHours, gap_pct: (r.solver.gap ?? 0) * 100 });
  }
}

process.exitCode = failures > 0 ? 1 : 0;
