// The team and the roster: the schedule's inputs and outputs as plain data.
export type Seniority = "senior" | "experienced" | "new";
export const SENIORITIES: readonly Seniority[] = ["senior", "experienced", "new"];

/** The columns of agents.csv, as `sample` writes them and `schedule` reads them. */
export const AGENT_COLUMNS = [
  "id", "name", "seniority", "available_from", "available_to", "max_days_per_week", "max_hours_per_week", "weekends", "on_call", "hourly_cost",
  "min_hours_per_week", "unavailable",
] as const;

/** A span of days off, both ends included (YYYY-MM-DD). */
export interface DateRange {
  from: string;
  to: string;
}

export interface Agent {
  id: string;
  name: string;
  seniority: Seniority;
  /** YYYY-MM-DD, first day on real tickets */
  availableFrom?: string;
  availableTo?: string;
  maxDaysPerWeek: number;
  maxHoursPerWeek: number;
  weekends: boolean;
  onCall: boolean;
  hourlyCost: number;
  /** contract hours the agent should get each full week (soft) */
  minHoursPerWeek?: number;
  /** time off: days the agent cannot work (hard; a published row on one is dropped by the re-plan and reported) */
  unavailable?: DateRange[];
}

export interface RosterRow {
  date: string;
  agentId: string;
  name: string;
  seniority: Seniority;
  /** a shift template name, or "on-call" */
  shift: string;
  /** ISO 8601 local with offset */
  start: string;
  end: string;
  hours: number;
  cost: number;
}

export const ROSTER_COLUMNS = ["date", "agent_id", "name", "seniority", "shift", "start", "end", "hours", "cost"] as const;
