// The solve input for a roster, made from the config and the data: schedule, check and plan all build it here.
import type { Config } from "../config/types.js";
import type { Agent, RosterRow } from "./types.js";
import type { SolveRosterInput } from "./index.js";
import type { RequirementRow } from "../staff/types.js";

export interface RosterData {
  requirements: RequirementRow[];
  agents: Agent[];
  /** the store's IANA zone */
  zone: string;
  /** solver time limit; the config's when not given */
  timeLimitSeconds?: number;
  /** the published roster, kept as it is up to `freezeUntil` */
  previous?: RosterRow[];
  freezeUntil?: string;
}

export function rosterInput(config: Pick<Config, "shifts" | "rules" | "schedule">, data: RosterData): SolveRosterInput {
  const input: SolveRosterInput = {
    requirements: data.requirements,
    agents: data.agents,
    shifts: config.shifts,
    rules: config.rules,
    timezone: data.zone,
    timeLimitSeconds: data.timeLimitSeconds ?? config.schedule.timeLimitSeconds,
    backend: config.schedule.solver,
  };
  if (data.previous !== undefined) input.previous = data.previous;
  if (data.freezeUntil !== undefined) input.freezeUntil = data.freezeUntil;
  return input;
}
