// The config's shape, its defaults from the domain notes, and pure helpers over it: core code imports this, never the loader.
import { defaultHireSettings, type HireSettings } from "../hire/types.js";

import type { IngestSettings } from "./ingest.js";

export type Channel = "email" | "chat" | "phone" | "social" | "form" | "other";
export const CHANNELS: readonly Channel[] = ["email", "chat", "phone", "social", "form", "other"];

/** A queue staffed with Erlang C (chat, phone) or a backlog answered within a response time (email, forms, social). */
export type ChannelTarget =
  | { model: "erlang-c"; ahtSeconds: number; target: number; answerSeconds: number; concurrency: number; patienceSeconds?: number }
  | { model: "backlog"; ahtSeconds: number; responseHours: number };

export interface ShiftTemplate {
  name: string;
  start: string; // HH:mm local
  end: string; // HH:mm local, after start
  /** the weekdays the template runs on (mon ... sun); every day when absent, e.g. a weekend shift: ["sat", "sun"] */
  days?: Weekday[];
  /** pay multiplier on hourly_cost for this template's shifts, in place of the weekend multiplier (e.g. 1.5) */
  premium?: number;
}

export type Weekday = (typeof WEEKDAYS)[number];

/** "HH:mm-HH:mm" or "closed" */
export type OpeningHours = string;

export interface SupportHours {
  default: OpeningHours;
  /** by weekday: mon tue wed thu fri sat sun */
  weekdays: Record<string, OpeningHours>;
  /** per channel overrides, each with its own default and weekdays */
  channels: Record<string, { default?: OpeningHours; weekdays?: Record<string, OpeningHours> }>;
}

export interface Config {
  /** folder the config file lives in; relative paths resolve against it */
  baseDir: string;
  /** path of the config file, or "(defaults)" */
  file: string;
  timezone: string;
  history?: string;
  agents?: string;
  season?: { from: string; to: string };
  growth?: number;
  events: { enabled: boolean; lastShippingDay: string; custom: Array<{ name: string; date: string; days: number }> };
  ingest: IngestSettings;
  channels: Record<string, ChannelTarget>;
  shrinkage: number;
  maxOccupancy: number;
  supportHours: SupportHours;
  /** dates "YYYY-MM-DD" or every year "MM-DD" */
  closedDays: string[];
  seniors: { minPerHour: number; peakShare: number };
  shifts: ShiftTemplate[];
  rules: {
    minRestHours: number;
    weekendMultiplier: number;
    onCallHours: number;
    penaltyMultiplier: number;
    firstWeekDays: number;
    changeCost: number;
    /** cost per weekend day between the most and the least loaded agent, in hours of the team's mean pay */
    weekendFairness: number;
    /** hard: working days in a row at most */
    maxConsecutiveDays: number;
    /** hard: one rest of this many hours in a stretch in every 7 days (at most 47: a day off and the time around it) */
    weeklyRestHours: number;
    /** soft, in hours of the team's mean pay: a change of shift type between consecutive working days */
    shiftTypeChange: number;
    /** after the solve, trade templates between same-role agents on a day when it cuts shift-type changes (cost-neutral) */
    shiftTypeSwaps: boolean;
    /** soft, in hours of the team's mean pay: a working day with no working day before or after it */
    isolatedDay: number;
    /** soft, in hours of the team's highest pay: each hour below an agent's min_hours_per_week */
    minHoursShort: number;
    /** price weekendFairness, shiftTypeChange and isolatedDay in the solver's model too (slow); else only the search after it */
    shapeInModel: boolean;
    /** the most the shape search after the solve may add to the roster's contract cost, as a share (0.01 = 1 %) */
    shapeBudget: number;
  };
  /** maxGap: exit 3 when the solver stopped further than this share above its proven bound */
  schedule: { timeLimitSeconds: number; solver: "auto" | "highs" | "jslp"; maxGap: number };
  /**
   * maxOnCallShortDays: on-call days (one agent on standby for one day) the roster may leave unfilled and still be
   * published; the standby is the peak plan's answer to a spike above the forecast, so by default none
   */
  plan: { outDir: string; maxShortfallHours: number; maxOnCallShortDays: number; freezeDays: number };
  /** seasonal hire profiles and lead times for `peakplan hire` */
  hire: HireSettings;
}

/** Handle times: chat 6 min per chat, phone 5 min, email 8 min, forms 6 min, social 4 min (see README). */
export function defaultConfig(baseDir = "."): Config {
  return {
    baseDir,
    file: "(defaults)",
    timezone: "Europe/Helsinki",
    events: { enabled: true, lastShippingDay: "12-20", custom: [] },
    ingest: { maxBadRowShare: 0.01, channelMap: {}, maxOtherShare: 0.05, singleChannel: false, spreadDays: false },
    channels: {
      chat: { model: "erlang-c", ahtSeconds: 360, target: 0.8, answerSeconds: 120, concurrency: 2 },
      phone: { model: "erlang-c", ahtSeconds: 300, target: 0.8, answerSeconds: 20, concurrency: 1 },
      email: { model: "backlog", ahtSeconds: 480, responseHours: 4 },
      form: { model: "backlog", ahtSeconds: 360, responseHours: 4 },
      social: { model: "backlog", ahtSeconds: 240, responseHours: 2 },
      other: { model: "backlog", ahtSeconds: 480, responseHours: 4 },
      all: { model: "backlog", ahtSeconds: 420, responseHours: 4 },
    },
    shrinkage: 0.3,
    maxOccupancy: 0.85,
    supportHours: { default: "07:00-22:00", weekdays: {}, channels: {} },
    closedDays: ["12-25"],
    seniors: { minPerHour: 1, peakShare: 0.3 },
    shifts: [
      { name: "early", start: "07:00", end: "15:00" },
      { name: "day", start: "09:00", end: "17:00" },
      { name: "evening", start: "14:00", end: "22:00" },
    ],
    rules: { minRestHours: 11, weekendMultiplier: 1.25, onCallHours: 2, penaltyMultiplier: 10, firstWeekDays: 7, changeCost: 50, weekendFairness: 1,
      maxConsecutiveDays: 6, weeklyRestHours: 35, shiftTypeChange: 0.25, shiftTypeSwaps: true, isolatedDay: 0.5, minHoursShort: 1,
      shapeInModel: false, shapeBudget: 0.01 },
    schedule: { timeLimitSeconds: 60, solver: "auto", maxGap: 0.02 },
    plan: { outDir: "out", maxShortfallHours: 0, maxOnCallShortDays: 0, freezeDays: 7 },
    hire: defaultHireSettings(),
  };
}

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** Does a shift template run on this weekday (1 = Monday, as luxon counts)? */
export function runsOn(template: ShiftTemplate, weekday: number): boolean {
  return template.days === undefined || template.days.includes(WEEKDAYS[weekday - 1] ?? "mon");
}

/**
 * Opening hours for a channel on a weekday (1 = Monday), as [open, close) in local hours, or null when closed: the
 * channel's own weekday, then its default, then the store's weekday, then the store's default. A weekday the store
 * closes closes every channel without a weekday entry of its own: "sun": "closed" means the store is shut on Sundays,
 * and a phone line's default hours would otherwise quietly open it.
 */
export function openingFor(hours: SupportHours, channel: string, weekday: number): { open: string; close: string } | null {
  const day = WEEKDAYS[weekday - 1] ?? "mon";
  const ch = hours.channels[channel];
  const storeClosed = hours.weekdays[day] === "closed";
  const value = ch?.weekdays?.[day] ?? (storeClosed ? "closed" : undefined) ?? ch?.default ?? hours.weekdays[day] ?? hours.default;
  if (value === "closed") return null;
  const [open, close] = value.split("-");
  return { open: open ?? "00:00", close: close ?? "24:00" };
}

/** Is `date` (YYYY-MM-DD) a closed day by the config's list (full dates or every-year MM-DD)? */
export function isClosedDay(closedDays: readonly string[], date: string): boolean {
  return closedDays.includes(date) || closedDays.includes(date.slice(5));
}
