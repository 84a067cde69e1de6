// The requirements' contract with schedule: agents, seniors and standby wanted per clock hour.
export interface RequirementRow {
  /** ISO 8601 local with offset */
  hourStart: string;
  agents: number;
  seniors: number;
  /** on-call wanted; a day's need is the maximum over its hours */
  standby: number;
  /** agents per channel, before the once-per-hour rounding */
  byChannel: Record<string, number>;
}

export const REQUIREMENT_COLUMNS = ["hour_start", "agents", "seniors", "standby"] as const;
