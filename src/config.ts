// Reads the one config file every command reads (fs, process.cwd) and validates it key by key into config/types.ts's Config.
import { promises as fs } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "./errors.js";
import { applyChannels, applyEvents, applyPlan, applyShifts, applySupportHours } from "./config/sections.js";
import { defaultConfig, type Config } from "./config/types.js";
import { applyIngest } from "./config/ingest.js";
import { Validator } from "./config/validator.js";
import { applyHire } from "./hire/config.js";
import { dayOrMonthDayProblem, oversizedJsonNumber, zoneProblem } from "./values.js";

// Transition: the types and pure helpers moved to config/types.ts; existing imports of them from here keep working.
export * from "./config/types.js";

const MAX_CONFIG_BYTES = 1_000_000;

/** Reads and validates a config file; unknown keys and wrong types are exit-2 input errors naming the key. */
export async function loadConfig(file: string | undefined): Promise<Config> {
  const config = defaultConfig(process.cwd());
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
  const huge = oversizedJsonNumber(text);
  if (huge) throw new InputError(file, huge.line, `${huge.literal} is too large a number; expected a finite number`);
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
    "maxOccupancy", "supportHours", "closedDays", "seniors", "shifts", "rules", "schedule", "plan", "hire",
  ]);
  if (obj.timezone !== undefined) {
    c.timezone = v.string(obj.timezone, "timezone");
    v.check(zoneProblem(c.timezone), "timezone");
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
  if (obj.ingest !== undefined) applyIngest(c.ingest, v, obj.ingest);
  if (obj.channels !== undefined) applyChannels(c, v, obj.channels);
  if (obj.shrinkage !== undefined) c.shrinkage = v.share(obj.shrinkage, "shrinkage", 0, 0.95);
  if (obj.maxOccupancy !== undefined) c.maxOccupancy = v.share(obj.maxOccupancy, "maxOccupancy", 0.05, 1);
  if (obj.supportHours !== undefined) applySupportHours(c, v, obj.supportHours);
  if (obj.closedDays !== undefined) {
    c.closedDays = v.array(obj.closedDays, "closedDays").map((d, i) => {
      const s = v.string(d, `closedDays[${i}]`);
      v.check(dayOrMonthDayProblem(s), `closedDays[${i}]`);
      return s;
    });
  }
  if (obj.seniors !== undefined) {
    const s = v.object(obj.seniors, "seniors");
    v.keys(s, "seniors", ["minPerHour", "peakShare"]);
    if (s.minPerHour !== undefined) c.seniors.minPerHour = v.integer(s.minPerHour, "seniors.minPerHour", 0, 1000);
    if (s.peakShare !== undefined) c.seniors.peakShare = v.share(s.peakShare, "seniors.peakShare", 0, 1);
  }
  if (obj.shifts !== undefined) applyShifts(c, v, obj.shifts);
  if (obj.rules !== undefined) {
    const s = v.object(obj.rules, "rules");
    const keys = [
      "minRestHours", "weekendMultiplier", "onCallHours", "penaltyMultiplier", "firstWeekDays", "changeCost", "weekendFairness",
      "maxConsecutiveDays", "weeklyRestHours", "shiftTypeChange", "isolatedDay", "minHoursShort",
    ] as const;
    v.keys(s, "rules", [...keys, "shiftTypeSwaps", "shapeInModel", "shapeBudget"]);
    for (const k of keys) if (s[k] !== undefined) c.rules[k] = v.number(s[k], `rules.${k}`, 0, 1e6);
    if (s.shiftTypeSwaps !== undefined) c.rules.shiftTypeSwaps = v.boolean(s.shiftTypeSwaps, "rules.shiftTypeSwaps");
    if (s.shapeInModel !== undefined) c.rules.shapeInModel = v.boolean(s.shapeInModel, "rules.shapeInModel");
    if (s.shapeBudget !== undefined) c.rules.shapeBudget = v.share(s.shapeBudget, "rules.shapeBudget", 0, 1);
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
  if (obj.plan !== undefined) applyPlan(c, v, obj.plan);
  if (obj.hire !== undefined) applyHire(c, v, obj.hire);
  return c;
}

