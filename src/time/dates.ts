// Calendar-date arithmetic on YYYY-MM-DD strings, without a zone: fast enough for per-day loops over seasons.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date: the time axis of every daily fit. */
export function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

export function dateOfDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 1 = Monday ... 7 = Sunday; 1970-01-01 was a Thursday. */
export function weekdayOfDate(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export function weekdayName(date: string): string {
  return WEEKDAY_NAMES[weekdayOfDate(date) - 1] ?? "";
}
