// The shape of synthetic ticket volume: growth, weekly and intraday pattern per channel, and the holiday season.
import type { Channel } from "../config/types.js";
import { blackFriday, cyberMonday, lastShippingDay } from "../time/events.js";

const DAY = 86_400_000;

/** Tickets a day at scale 1 on an ordinary September weekday of 2025, before weekly shape. */
export const BASE_PER_DAY = 200;
/** Yearly volume growth (DOMAIN: adjust for customer growth). */
export const YEARLY_GROWTH = 0.15;
const REFERENCE = Date.UTC(2025, 8, 15);

/** Mon..Sun (index 1..7): Mondays carry the weekend's backlog, weekends are quieter. */
const WEEKDAY = [0, 1.15, 1.1, 1.05, 1.0, 0.95, 0.75, 0.8];

/** Channel mix off-season; chat gains a little in the season (shoppers want answers now). */
export const CHANNEL_MIX: ReadonlyArray<[Channel, number]> = [
  ["email", 0.45],
  ["chat", 0.35],
  ["phone", 0.1],
  ["social", 0.05],
  ["form", 0.05],
];

const dayMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const offsetDays = (a: string, b: string): number => Math.round((dayMs(a) - dayMs(b)) / DAY);

/**
 * Volume multiplier over the September-October baseline for a date, by the retail calendar of
 * time/events.ts so a forecast can recover each event: Singles' Day, the Black Friday week, Cyber Monday,
 * the last shipping day (20 December), quiet 24-26 December and the January returns wave to mid-January.
 * Late November to Christmas sits at 3-4x the baseline (volume up 200-300 %).
 */
export function seasonMultiplier(date: string): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const year = Number(date.slice(0, 4));
  if (month >= 2 && month <= 8) return 0.92;
  if (month === 9 || month === 10) return 1;
  if (month === 1) {
    if (day === 1) return 0.9;
    if (day <= 15) return 3.1 - (day - 2) * 0.09; // returns wave, fading to ~2x by mid-January
    return Math.max(1, 1.6 - (day - 16) * 0.04);
  }
  // Black Friday week and Cyber Monday first: Cyber Monday falls in December some years (2025-12-01).
  const toBf = offsetDays(date, blackFriday(year));
  const toCm = offsetDays(date, cyberMonday(year));
  if (toCm === 0) return 4.6;
  if (toCm === 1) return 3.6;
  if (toBf === 0) return 5.4;
  if (toBf === 1) return 3.9;
  if (toBf === 2) return 3.6;
  if (toBf >= -4 && toBf <= -1) return 2.7 + (4 + toBf) * 0.12;
  if (month === 11) {
    if (date === `${year}-11-11`) return 2.4;
    if (day < 11) return 1.15 + day * 0.04;
    // between Singles' Day and the Black Friday week the pre-sales build up
    return 1.6 + Math.max(0, Math.min(1, (day - 12) / 12)) * 0.7;
  }
  // December: before the last shipping day the pre-Christmas rush holds at about 3x
  const ls = lastShippingDay(year);
  const toLs = offsetDays(date, ls);
  if (toLs === 0) return 4.4;
  if (toLs >= -3 && toLs <= -1) return 3.5 + (3 + toLs) * 0.2;
  if (day < 17) return 3.0 + (day % 3) * 0.1;
  if (day >= 21 && day <= 23) return 2.7 - (day - 21) * 0.35;
  if (day === 24) return 0.9;
  if (day === 25) return 0.45;
  if (day === 26) return 0.8;
  return 1.9; // 27-31 December: gift-card and delivery questions
}

/** Expected tickets on a date at scale 1 (before Poisson noise). */
export function expectedDaily(date: string): number {
  const t = dayMs(date);
  const growth = Math.pow(1 + YEARLY_GROWTH, (t - REFERENCE) / (365 * DAY));
  const wd = new Date(t).getUTCDay();
  return BASE_PER_DAY * growth * (WEEKDAY[wd === 0 ? 7 : wd] ?? 1) * seasonMultiplier(date);
}

/**
 * Intraday weights by hour (0-23) per channel, from the domain notes: early morning, lunch 12-14 and the
 * evening 17-20 peak on weekdays. Phone follows opening hours; email and forms keep arriving at night.
 */
const WEEKDAY_HOURS: Record<Channel, number[]> = {
  email: [0.35, 0.2, 0.15, 0.12, 0.15, 0.3, 0.7, 1.3, 1.5, 1.3, 1.15, 1.15, 1.35, 1.35, 1.2, 1.1, 1.05, 1.25, 1.35, 1.3, 1.15, 0.95, 0.7, 0.5],
  chat: [0.1, 0.05, 0.03, 0.03, 0.05, 0.1, 0.4, 1.2, 1.5, 1.3, 1.15, 1.2, 1.6, 1.6, 1.3, 1.15, 1.1, 1.5, 1.75, 1.7, 1.45, 1.0, 0.6, 0.3],
  phone: [0, 0, 0, 0, 0, 0, 0.05, 0.9, 1.6, 1.5, 1.3, 1.3, 1.5, 1.45, 1.3, 1.2, 1.15, 1.3, 1.2, 1.0, 0.6, 0.2, 0, 0],
  social: [0.3, 0.2, 0.1, 0.1, 0.1, 0.15, 0.35, 0.8, 1.0, 1.0, 1.0, 1.1, 1.3, 1.3, 1.1, 1.1, 1.15, 1.4, 1.6, 1.7, 1.6, 1.3, 0.9, 0.6],
  form: [0.3, 0.2, 0.15, 0.1, 0.1, 0.2, 0.5, 1.2, 1.4, 1.3, 1.2, 1.2, 1.35, 1.35, 1.2, 1.1, 1.05, 1.3, 1.4, 1.35, 1.2, 0.9, 0.7, 0.5],
  other: new Array<number>(24).fill(1),
};

/** Weekends start later and have no early peak. */
const WEEKEND_DAMP = [1, 1, 1, 1, 1, 1, 0.6, 0.55, 0.65, 0.85, 1, 1.05, 1.1, 1.1, 1.05, 1, 1, 1.05, 1.1, 1.1, 1.05, 1, 1, 1];

const normalise = (w: number[]): number[] => {
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (s > 0 ? x / s : 0));
};

/** Share of a channel's day in each local hour (sums to 1). `allDay` flattens the curve for Black Friday to Cyber Monday. */
export function hourShares(channel: Channel, weekend: boolean, allDay: boolean): number[] {
  let w = [...(WEEKDAY_HOURS[channel] ?? WEEKDAY_HOURS.other)];
  if (weekend) w = w.map((x, h) => x * (WEEKEND_DAMP[h] ?? 1));
  if (allDay) w = w.map((x) => (x === 0 ? 0 : 0.35 + x * 0.75));
  return normalise(w);
}

/** Channel shares for a date: chat takes three points from email in November-January. */
export function channelShares(date: string): Array<[Channel, number]> {
  const month = Number(date.slice(5, 7));
  const season = month === 11 || month === 12 || month === 1;
  return CHANNEL_MIX.map(([ch, share]) => [ch, share + (season ? (ch === "chat" ? 0.03 : ch === "email" ? -0.03 : 0) : 0)]);
}

/** True from Black Friday to Cyber Monday, when cover is needed all day. */
export function isAllDayPeak(date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (date.slice(5, 7) !== "11" && date.slice(5, 7) !== "12") return false;
  const k = offsetDays(date, blackFriday(year));
  return k >= 0 && k <= 3;
}
