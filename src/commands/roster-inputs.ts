// Reads what `schedule` and `check` both need (config, zone, requirements or a forecast staffed first, agents) into
// the solve input; neither command imports the other.
import { loadConfig, type Config } from "../config.js";
import { InputError } from "../errors.js";
import { readAgentsCsv } from "../io/agents-csv.js";
import { readForecastCsv } from "../io/forecast-csv.js";
import { readRequirementsCsv } from "../io/requirements-csv.js";
import { stdPrinter } from "../io/terminal.js";
import type { SolveRosterInput } from "../schedule/index.js";
import { rosterInput } from "../schedule/input.js";
import { staffRequirements } from "../staff/requirements.js";
import type { RequirementRow } from "../staff/types.js";
import { zoneProblem } from "../values.js";
import { agentsFile, checkOption } from "./inputs.js";

export interface RosterInputOptions {
  requirements?: string;
  forecast?: string;
  agents?: string;
  config?: string;
  tz?: string;
  timeLimit?: number;
}

/** Config, zone, requirements and agents, read alike by `schedule` and `check`. */
export async function scheduleInputs(options: RosterInputOptions, warn: (line: string) => void = (w) => stdPrinter().err(w)): Promise<{ config: Config; zone: string; requirements: RequirementRow[]; input: SolveRosterInput }> {
  const config = await loadConfig(options.config);
  if (options.tz !== undefined) checkOption(zoneProblem(options.tz), "--tz");
  const zone = options.tz ?? config.timezone;
  let requirements: RequirementRow[];
  if (options.forecast !== undefined && options.requirements === undefined) {
    requirements = staffRequirements(await readForecastCsv(options.forecast, zone), config, { zone, source: options.forecast }).rows;
  } else {
    requirements = await readRequirementsCsv(options.requirements ?? "requirements.csv", zone);
  }
  const agents = await readAgentsCsv(agentsFile(options.agents, config), (w) => warn(`peakplan: warning: ${w}`));
  if (options.timeLimit !== undefined && !(options.timeLimit > 0)) throw new InputError("--time-limit", undefined, `${options.timeLimit}; expected a positive number of seconds`);
  const input = rosterInput(config, { requirements, agents, zone, timeLimitSeconds: options.timeLimit });
  return { config, zone, requirements, input };
}

