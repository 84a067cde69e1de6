// The starter files `peakplan init` writes: a config that explains itself and an agents template.
import { defaultConfig } from "../config/types.js";

/** A complete config with every default spelled out, so a lead can see and change each number. */
export function starterConfig(options: { history?: string; agents?: string; timezone?: string } = {}): string {
  const d = defaultConfig();
  const config = {
    $comment: "peakplan config. Paths are relative to this file. Remove a key to use its default. See README for every rule.",
    timezone: options.timezone ?? d.timezone,
    history: options.history ?? "tickets.csv",
    agents: options.agents ?? "agents.csv",
    events: {
      $comment: "Black Friday, Cyber Monday, Singles' Day, Christmas, New Year and the returns wave are built in. Add your own sale days under custom, e.g. {\"name\": \"winter-sale\", \"date\": \"2026-12-05\", \"days\": 2}.",
      lastShippingDay: d.events.lastShippingDay,
      custom: [],
    },
    ingest: {
      $comment: "How the ticket export is read. timeColumn, channelColumn, dateFormat (luxon tokens, e.g. d.M.yyyy H.mm) are detected when absent; the flags --time-column, --channel-column, --date-format win over them. idColumn names the ticket-id column (rows repeating an id are counted once), or \"none\" to count every row. channelMap maps your help desk's channel values to email, chat, phone, social, form or other (case and accents ignored), e.g. {\"Puhelin\": \"phone\", \"Trustpilot\": \"social\"}. The run stops when more than maxOtherShare of the tickets have a channel value nobody mapped. singleChannel: true says an export without a channel column is meant to be planned as one channel (otherwise plan exits 3). spreadDays: true reads a date-only export by spreading each day over the intraday profile.",
      channelMap: {},
      maxOtherShare: d.ingest.maxOtherShare,
      maxBadRowShare: d.ingest.maxBadRowShare,
      singleChannel: d.ingest.singleChannel,
      spreadDays: d.ingest.spreadDays,
    },
    channels: {
      $comment: "erlang-c: share `target` answered within `answerSeconds`; backlog: first response within `responseHours`. ahtSeconds is the handle time per contact.",
      ...Object.fromEntries(Object.entries(d.channels).filter(([name]) => name !== "all")),
    },
    shrinkage: d.shrinkage,
    maxOccupancy: d.maxOccupancy,
    supportHours: { $comment: "HH:mm-HH:mm or closed; weekdays mon..sun and channels override the default.", default: d.supportHours.default, weekdays: {}, channels: {} },
    closedDays: d.closedDays,
    seniors: { $comment: "At least minPerHour seniors in every staffed hour; peakShare of the hour's agents on Black Friday to Cyber Monday and the last shipping day with the two days before.", ...d.seniors },
    shifts: d.shifts,
    rules: {
      $comment: "minRestHours between shifts (real elapsed hours); weekend shifts cost weekendMultiplier; an on-call day costs onCallHours x hourly_cost; each missing unit costs penaltyMultiplier x the highest hourly_cost; changeCost per shift moved since the last published roster; maxConsecutiveDays working days in a row at most; weeklyRestHours one rest of that many hours in every 7 days (0 = off); weekendFairness, shiftTypeChange, isolatedDay: soft weights in hours of the team's mean pay (0 = off) per weekend day between the most and least loaded agent, per change of shift type, per isolated working day, lowered by a local search after the solve within shapeBudget (a share of the contract's cost; shapeInModel also prices them in the solver's model, slowly); shiftTypeSwaps trades templates between same-role agents after the solve when shift types are not priced; minHoursShort per hour below min_hours_per_week in hours of the highest pay.",
      ...d.rules,
    },
    schedule: { timeLimitSeconds: d.schedule.timeLimitSeconds, solver: d.schedule.solver },
    plan: {
      $comment: "A plan is published only when it leaves at most maxShortfallHours agent-hours and maxOnCallShortDays on-call days unfilled (an on-call day: one experienced or senior agent with on_call yes on standby for a day's spike above the forecast); otherwise plan exits 3 and writes a draft. --max-shortfall and --max-on-call-short override them. freezeDays: shifts in the next N days are kept exactly as published.",
      outDir: "out",
      maxShortfallHours: d.plan.maxShortfallHours,
      maxOnCallShortDays: d.plan.maxOnCallShortDays,
      freezeDays: d.plan.freezeDays,
    },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export const AGENTS_TEMPLATE = `id,name,seniority,available_from,available_to,max_days_per_week,max_hours_per_week,weekends,on_call,hourly_cost
a01,Senior Example,senior,,,5,40,yes,yes,32
a02,Experienced Example,experienced,,,5,40,yes,yes,27
a03,Seasonal Hire Example,new,2026-11-16,2027-01-15,5,40,yes,no,22
`;
