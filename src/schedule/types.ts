// The team and the roster: the schedule's inputs and outputs as plain data.
export type Seniority = "senior" | "experienced" | "new";

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
