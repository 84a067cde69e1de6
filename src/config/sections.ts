// The config's larger sections (events, channels, support hours, shifts, plan), each validated into the Config.
import { resolve } from "node:path";
import { CHANNELS, WEEKDAYS, type ChannelTarget, type Config, type OpeningHours, type Weekday } from "./types.js";
import type { Validator } from "./validator.js";
import { dateProblem, eventNameProblem, monthDayProblem, shown, spanProblem } from "../values.js";

export function applyEvents(c: Config, v: Validator, raw: unknown): void {
  if (raw === "none") {
    c.events.enabled = false;
    return;
  }
  const s = v.object(raw, "events");
  v.keys(s, "events", ["enabled", "lastShippingDay", "custom"]);
  if (s.enabled !== undefined) c.events.enabled = v.boolean(s.enabled, "events.enabled");
  if (s.lastShippingDay !== undefined) c.events.lastShippingDay = lastShippingSpec(v, s.lastShippingDay);
  if (s.custom !== undefined) {
    c.events.custom = v.array(s.custom, "events.custom").map((e, i) => {
      const key = `events.custom[${i}]`;
      const o = v.object(e, key);
      v.keys(o, key, ["name", "date", "days"]);
      return {
        name: eventName(v, o.name, `${key}.name`),
        date: v.date(o.date, `${key}.date`),
        days: o.days === undefined ? 1 : v.integer(o.days, `${key}.days`, 1, 60),
      };
    });
  }
}

function eventName(v: Validator, raw: unknown, key: string): string {
  v.check(eventNameProblem(raw), key);
  return raw as string;
}

export function applyChannels(c: Config, v: Validator, raw: unknown): void {
  const s = v.object(raw, "channels");
  v.keys(s, "channels", [...CHANNELS, "all"]);
  for (const [name, value] of entries(s)) {
    const key = `channels.${name}`;
    const o = v.object(value, key);
    const model = o.model === undefined ? c.channels[name]?.model ?? "backlog" : v.oneOf(o.model, `${key}.model`, ["erlang-c", "backlog"] as const);
    const prev = c.channels[name];
    if (model === "erlang-c") {
      v.keys(o, key, ["model", "ahtSeconds", "target", "answerSeconds", "concurrency", "patienceSeconds"]);
      const p = prev?.model === "erlang-c" ? prev : { ahtSeconds: 300, target: 0.8, answerSeconds: 20, concurrency: 1 };
      const t: ChannelTarget = {
        model,
        ahtSeconds: o.ahtSeconds === undefined ? p.ahtSeconds : v.number(o.ahtSeconds, `${key}.ahtSeconds`, 1, 86400),
        target: o.target === undefined ? p.target : v.share(o.target, `${key}.target`, 0.01, 0.999),
        answerSeconds: o.answerSeconds === undefined ? p.answerSeconds : v.number(o.answerSeconds, `${key}.answerSeconds`, 0, 86400),
        concurrency: o.concurrency === undefined ? p.concurrency : v.integer(o.concurrency, `${key}.concurrency`, 1, 10),
      };
      if (o.patienceSeconds !== undefined) t.patienceSeconds = v.number(o.patienceSeconds, `${key}.patienceSeconds`, 1, 86400);
      c.channels[name] = t;
    } else {
      v.keys(o, key, ["model", "ahtSeconds", "responseHours"]);
      const p = prev?.model === "backlog" ? prev : { ahtSeconds: 480, responseHours: 4 };
      c.channels[name] = {
        model,
        ahtSeconds: o.ahtSeconds === undefined ? p.ahtSeconds : v.number(o.ahtSeconds, `${key}.ahtSeconds`, 1, 86400),
        responseHours: o.responseHours === undefined ? p.responseHours : v.number(o.responseHours, `${key}.responseHours`, 1, 24 * 14),
      };
    }
  }
}

/** Object entries without the explanatory "$comment" key. */
function entries(o: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(o).filter(([k]) => k !== "$comment");
}

export function applySupportHours(c: Config, v: Validator, raw: unknown): void {
  const s = v.object(raw, "supportHours");
  v.keys(s, "supportHours", ["default", "weekdays", "channels"]);
  if (s.default !== undefined) c.supportHours.default = v.opening(s.default, "supportHours.default");
  if (s.weekdays !== undefined) c.supportHours.weekdays = weekdayHours(v, s.weekdays, "supportHours.weekdays");
  if (s.channels !== undefined) {
    const ch = v.object(s.channels, "supportHours.channels");
    v.keys(ch, "supportHours.channels", [...CHANNELS, "all"]);
    for (const [name, value] of entries(ch)) {
      const key = `supportHours.channels.${name}`;
      const o = v.object(value, key);
      v.keys(o, key, ["default", "weekdays"]);
      const entry: { default?: OpeningHours; weekdays?: Record<string, OpeningHours> } = {};
      if (o.default !== undefined) entry.default = v.opening(o.default, `${key}.default`);
      if (o.weekdays !== undefined) entry.weekdays = weekdayHours(v, o.weekdays, `${key}.weekdays`);
      c.supportHours.channels[name] = entry;
    }
  }
}

function weekdayHours(v: Validator, raw: unknown, key: string): Record<string, OpeningHours> {
  const o = v.object(raw, key);
  v.keys(o, key, WEEKDAYS);
  const out: Record<string, OpeningHours> = {};
  for (const [day, value] of entries(o)) out[day] = v.opening(value, `${key}.${day}`);
  return out;
}

/** A template's weekdays: a non-empty list of mon ... sun, each once. */
function templateDays(v: Validator, raw: unknown, key: string): Weekday[] {
  const list = v.array(raw, key);
  if (list.length === 0) v.fail(key, "is empty; expected weekdays such as [\"sat\", \"sun\"]");
  const days = list.map((d, i) => v.oneOf(d, `${key}[${i}]`, WEEKDAYS));
  if (new Set(days).size !== days.length) v.fail(key, "names a weekday twice; expected each once");
  return days;
}

export function applyShifts(c: Config, v: Validator, raw: unknown): void {
  const list = v.array(raw, "shifts");
  if (list.length === 0) v.fail("shifts", "is empty; expected at least one shift template");
  const names = new Set<string>();
  c.shifts = list.map((e, i) => {
    const key = `shifts[${i}]`;
    const o = v.object(e, key);
    v.keys(o, key, ["name", "start", "end", "days", "premium"]);
    const name = v.string(o.name, `${key}.name`);
    if (!/^[a-z][a-z0-9-]*$/.test(name) || name === "on-call") v.fail(`${key}.name`, `"${name}"; expected a lower-case name other than on-call`);
    if (names.has(name)) v.fail(`${key}.name`, `"${name}" twice; expected unique shift names`);
    names.add(name);
    const start = v.clock(o.start, `${key}.start`);
    const end = v.clock(o.end, `${key}.end`);
    v.check(spanProblem(start, end), `${key}.end`);
    const days = o.days === undefined ? undefined : templateDays(v, o.days, `${key}.days`);
    const premium = o.premium === undefined ? undefined : v.number(o.premium, `${key}.premium`, 0, 10);
    return { name, start, end, ...(days ? { days } : {}), ...(premium !== undefined ? { premium } : {}) };
  });
}

export function applyPlan(c: Config, v: Validator, raw: unknown): void {
  const s = v.object(raw, "plan");
  v.keys(s, "plan", ["outDir", "maxShortfallHours", "maxOnCallShortDays", "freezeDays"]);
  if (s.outDir !== undefined) c.plan.outDir = resolve(c.baseDir, v.string(s.outDir, "plan.outDir"));
  if (s.maxShortfallHours !== undefined) c.plan.maxShortfallHours = v.number(s.maxShortfallHours, "plan.maxShortfallHours", 0, 1e9);
  if (s.maxOnCallShortDays !== undefined) c.plan.maxOnCallShortDays = v.integer(s.maxOnCallShortDays, "plan.maxOnCallShortDays", 0, 1e6);
  if (s.freezeDays !== undefined) c.plan.freezeDays = v.integer(s.freezeDays, "plan.freezeDays", 0, 366);
}

/**
 * events.lastShippingDay: "12-18" (every year), "2026-12-18" (that season; the others keep 12-20) or a list of such
 * dates, kept as one comma-joined text (time/events.ts lastShippingDay reads it). Always a December day before the 25th.
 */
function lastShippingSpec(v: Validator, raw: unknown): string {
  const key = "events.lastShippingDay";
  const items = Array.isArray(raw) ? v.array(raw, key).map((x, i) => v.string(x, `${key}[${i}]`)) : [v.string(raw, key)];
  for (const item of items) {
    const dated = /^\d{4}-/.test(item);
    v.check(dated ? dateProblem(item) : monthDayProblem(item), key);
    if (!/^12-(0[1-9]|1\d|2[0-4])$/.test(dated ? item.slice(5) : item)) v.fail(key, `${shown(item)}; expected a December day before the 25th, e.g. 12-20 (every year) or 2026-12-18 (that season)`);
    if (!dated && items.length > 1) v.fail(key, `${shown(item)} in a list; expected dates with their year, e.g. ["2025-12-20", "2026-12-18"]`);
  }
  return items.join(",");
}
