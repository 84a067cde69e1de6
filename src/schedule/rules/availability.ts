// Hard rule 4: nothing before available_from or after available_to.
import { isAvailable } from "../rules.js";
import type { Rule } from "./types.js";

export const availability: Rule = {
  id: "availability",
  kind: "hard",
  title: "4 availability",
  allowsShift: (agent, slot) => isAvailable(agent, slot.date),
  allowsOnCall: (agent, date) => isAvailable(agent, date),
  check(ctx) {
    for (const { row, agent } of ctx.placed) {
      if (!isAvailable(agent, row.date)) ctx.add("availability", row, `${agent.id} is not available on ${row.date} (${agent.availableFrom ?? "…"} to ${agent.availableTo ?? "…"})`);
    }
  },
};
