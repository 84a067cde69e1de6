// The one config file every command reads: defaults from the domain notes, validated key by key.
import { promises as fs } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "./errors.js";
import { isValidZone } from "./time/hours.js";
import { applyChannels, applyEvents, applyShifts, applySupportHours, WEEKDAYS } from "./config/sections.js";
import { Validator } from "./config/validator.js";

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
}

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
  ingest: { timeColumn?: string; channelColumn?: string; dateFormat?: string; maxBadRowShare: number };
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
    /** soft, in hours of the team's mean pay: a working day with no working day before or after it */
    isolatedDay: number;
    /** soft, in hours of the team's highest pay: each hour below an agent's min_hours_per_week */
    minHoursShort: number;
  };
  /** maxGap: exit 3 when the solver stopped further than this share above its proven bound */
  schedule: { timeLimitSeconds: number; solver: "auto" | "highs" | "jslp"; maxGap: number };
  plan: { outDir: string; maxShortfallHours: number; freezeDays: number };
}

/** Handle times: chat 6 min per chat, phone 5 min, email 8 min, forms 6 min, social 4 min (see README). */
export function defaultConfig(): Config {
  return {
    baseDir: process.cwd(),
    file: "(defaults)",
    timezone: "Europe/Helsinki",
    events: { enabled: true, lastShippingDay: "12-20", custom: [] },
    ingest: { maxBadRowShare: 0.01 },
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
    rules: { minRestHours: 11, weekendMultiplier: 1.25, onCallHours: 2, penaltyMultiplier: 10, firstWeekDays: 7, changeCost: 50, weekendFairness: 4,
      maxConsecutiveDays: 6, weeklyRestHours: 35, shiftTypeChange: 0.5, isolatedDay: 2, minHoursShort: 1 },
    schedule: { timeLimitSeconds: 60, solver: "auto", maxGap: 0.02 },
    plan: { outDir: "out", maxShortfallHours: 0, freezeDays: 7 },
  };
}

const MAX_CONFIG_BYTES = 1_000_000;

/** Reads and validates a config file; unknown keys and wrong types are exit-2 input errors naming the key. */
export async function loadConfig(file: string | undefined): Promise<Config> {
  const config = defaultConfig();
  if (file === undefined) return config;
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InputError(file, undefined, "is a folder; expected a JSON config file");
    // A FIFO or device would block the read; a huge file is not a config and would be read whole.
    if (!stat.isFile()) throw new InputError(file, undefined, "is not a regular file (a pipe, socket or device); expected a JSON config file");
    if (stat.size > MAX_CONFIG_BYTES) throw new InputError(file, undefined, `is ${(stat.size / 1e6).toFixed(1)} MB; expected a JSON config file under 1 MB`);
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, undefined, "cannot be read; expected an existing JSON config file");
  }
  if (text.includes("\uFFFD")) {
    throw new InputError(file, text.slice(0, text.indexOf("\uFFFD")).split("\n").length, "holds bytes that are not UTF-8 (Latin-1 or Windows-1252?); expected a UTF-8 JSON file");
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const line = lineOfJsonError(text, error);
    throw new InputError(file, line, "is not valid JSON; expected a JSON object (see `peakplan init`)");
  }
  return applyConfig(config, raw, file);
}

function lineOfJsonError(text: string, error: unknown): number | undefined {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : "");
  if (!m) return undefined;
  return text.slice(0, Number(m[1])).split("\n").length;
}

/** Pure part of loadConfig: merges a parsed JSON value into defaults, validating as it goes. */
export function applyConfig(base: Config, raw: unknown, file: string): Config {
  const c: Config = structuredClone(base);
  c.file = file;
  c.baseDir = dirname(resolve(file));
  const v = new Validator(file);
  const obj = v.object(raw, "");
  v.keys(obj, "", [
    "$comment", "timezone", "history", "agents", "season", "growth", "events", "ingest", "channels", "shrinkage",
    "maxOccupancy", "supportHours", "closedDays", "seniors", "shifts", "rules", "schedule", "plan",
  ]);
  if (obj.timezone !== undefined) {
    c.timezone = v.string(obj.timezone, "timezone");
    if (!isValidZone(c.timezone)) v.fail("timezone", `"${c.timezone}" is not an IANA zone; expected e.g. Europe/Helsinki`);
  }
  if (obj.history !== undefined) c.history = resolve(c.baseDir, v.string(obj.history, "history"));
  if (obj.agents !== undefined) c.agents = resolve(c.baseDir, v.string(obj.agents, "agents"));
  if (obj.season !== undefined) {
    const s = v.object(obj.season, "season");
    v.keys(s, "season", ["from", "to"]);
    c.season = { from: v.date(s.from, "season.from"), to: v.date(s.to, "season.to") };
    if (c.season.to < c.season.from) v.fail("season.to", "is before season.from; expected a later date");
  }
  if (obj.growth !== undefined && obj.growth !== null) c.growth = v.number(obj.growth, "growth", 0.01, 100);
  if (obj.events !== undefined) applyEvents(c, v, obj.events);
  if (obj.ingest !== undefined) {
    const s = v.object(obj.ingest, "ingest");
    v.keys(s, "ingest", ["timeColumn", "channelColumn", "dateFormat", "maxBadRowShare"]);
    if (s.timeColumn !== undefined) c.ingest.timeColumn = v.string(s.timeColumn, "ingest.timeColumn");
    if (s.channelColumn !== undefined) c.ingest.channelColumn = v.string(s.channelColumn, "ingest.channelColumn");
    if (s.dateFormat !== undefined) c.ingest.dateFormat = v.string(s.dateFormat, "ingest.dateFormat");
    if (s.maxBadRowShare !== undefined) c.ingest.maxBadRowShare = v.number(s.maxBadRowShare, "ingest.maxBadRowShare", 0, 1);
  }
  if (obj.channels !== undefined) applyChannels(c, v, obj.channels);
  if (obj.shrinkage !== undefined) c.shrinkage = v.number(obj.shrinkage, "shrinkage", 0, 0.95);
  if (obj.maxOccupancy !== undefined) c.maxOccupancy = v.number(obj.maxOccupancy, "maxOccupancy", 0.05, 1);
  if (obj.supportHours !== undefined) applySupportHours(c, v, obj.supportHours);
  if (obj.closedDays !== undefined) {
    c.closedDays = v.array(obj.closedDays, "closedDays").map((d, i) => {
      const s = v.string(d, `closedDays[${i}]`);
      if (!/^(\d{4}-)?\d{2}-\d{2}$/.test(s)) v.fail(`closedDays[${i}]`, `"${s}"; expected YYYY-MM-DD or MM-DD`);
      return s;
    });
  }
  if (obj.seniors !== undefined) {
    const s = v.object(obj.seniors, "seniors");
    v.keys(s, "seniors", ["minPerHour", "peakShare"]);
    if (s.minPerHour !== undefined) c.seniors.minPerHour = v.integer(s.minPerHour, "seniors.minPerHour", 0, 1000);
    if (s.peakShare !== undefined) c.seniors.peakShare = v.number(s.peakShare, "seniors.peakShare", 0, 1);
  }
  if (obj.shifts !== undefined) applyShifts(c, v, obj.shifts);
  if (obj.rules !== undefined) {
    const s = v.object(obj.rules, "rules");
    const keys = [
      "minRestHours", "weekendMultiplier", "onCallHours", "penaltyMultiplier", "firstWeekDays", "changeCost", "weekendFairness",
      "maxConsecutiveDays", "weeklyRestHours", "shiftTypeChange", "isolatedDay", "minHoursShort",
    ] as const;
    v.keys(s, "rules", keys);
    for (const k of keys) if (s[k] !== undefined) c.rules[k] = v.number(s[k], `rules.${k}`, 0, 1e6);
    if (s.maxConsecutiveDays !== undefined) c.rules.maxConsecutiveDays = v.integer(s.maxConsecutiveDays, "rules.maxConsecutiveDays", 1, 366);
    if (s.weeklyRestHours !== undefined) c.rules.weeklyRestHours = v.number(s.weeklyRestHours, "rules.weeklyRestHours", 0, 47);
  }
  if (obj.schedule !== undefined) {
    const s = v.object(obj.schedule, "schedule");
    v.keys(s, "schedule", ["timeLimitSeconds", "solver", "maxGap"]);
    if (s.timeLimitSeconds !== undefined) c.schedule.timeLimitSeconds = v.number(s.timeLimitSeconds, "schedule.timeLimitSeconds", 1, 86400);
    if (s.solver !== undefined) c.schedule.solver = v.oneOf(s.solver, "schedule.solver", ["auto", "highs", "jslp"] as const);
    if (s.maxGap !== undefined) c.schedule.maxGap = v.number(s.maxGap, "schedule.maxGap", 0, 1);
  }
  if (obj.plan !== undefined) {
    const s = v.object(obj.plan, "plan");
    v.keys(s, "plan", ["outDir", "maxShortfallHours", "freezeDays"]);
    if (s.outDir !== undefined) c.plan.outDir = resolve(c.baseDir, v.string(s.outDir, "plan.outDir"));
    if (s.maxShortfallHours !== undefined) c.plan.maxShortfallHours = v.number(s.maxShortfallHours, "plan.maxShortfallHours", 0, 1e9);
    if (s.freezeDays !== undefined) c.plan.freezeDays = v.integer(s.freezeDays, "plan.freezeDays", 0, 366);
  }
  return c;
}

/** Opening hours for a channel on a weekday (1 = Monday), as [open, close) in local hours, or null when closed. */
export function openingFor(hours: SupportHours, channel: string, weekday: number): { open: string; close: string } | null {
  const day = WEEKDAYS[weekday - 1] ?? "mon";
  const ch = hours.channels[channel];
  const value = ch?.weekdays?.[day] ?? ch?.default ?? hours.weekdays[day] ?? hours.default;
  if (value === "closed") return null;
  const [open, close] = value.split("-");
  return { open: open ?? "00:00", close: close ?? "24:00" };
}

/** Is `date` (YYYY-MM-DD) a closed day by the config's list (full dates or every-year MM-DD)? */
export function isClosedDay(closedDays: readonly string[], date: string): boolean {
  return closedDays.includes(date) || closedDays.includes(date.slice(5));
}
