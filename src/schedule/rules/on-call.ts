// Hard rule 5b: on-call only for experienced or senior agents marked on_call.
import { isWeekend } from "../../time/hours.js";
import { isAvailable, mayBeOnCall, mayWorkWeekend } from "../rules.js";
import type { Rule } from "./types.js";

export const onCall: Rule = {
  id: "onCall",
  kind: "hard",
  title: "5 on-call eligibility",
  allowsOnCall: (agent) => agent.seniority !== "new" && agent.onCall,
  check(ctx) {
    for (const { row, agent, slot } of ctx.placed) {
      const weekend = isWeekend(row.date);
      // Availability and weekends have their own rules: report only what is this rule's.
      if (!slot && !mayBeOnCall(agent, row.date, weekend) && isAvailable(agent, row.date) && mayWorkWeekend(agent, weekend)) {
        ctx.add("onCall", row, `${agent.id} may not be on call (${agent.seniority}, on_call ${agent.onCall ? "yes" : "no"})`);
      }
    }
  },
};
