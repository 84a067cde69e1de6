// Hard rule 5a: weekend shifts and weekend on-call only for agents who work weekends.
import { isWeekend } from "../../time/hours.js";
import { mayWorkWeekend } from "../rules.js";
import type { Rule } from "./types.js";

export const weekends: Rule = {
  id: "weekends",
  kind: "hard",
  title: "5 weekends",
  allowsShift: (agent, slot) => mayWorkWeekend(agent, slot.weekend),
  allowsOnCall: (agent, _date, weekend) => mayWorkWeekend(agent, weekend),
  check(ctx) {
    for (const { row, agent } of ctx.placed) {
      if (!mayWorkWeekend(agent, isWeekend(row.date))) ctx.add("weekends", row, `${agent.id} does not work weekends`);
    }
  },
};
