// Calendar-date arithmetic on YYYY-MM-DD strings, without a zone: fast enough for per-day loops over seasons.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date: the time axis of every daily fit. */
export function dayNumber(date: string): number {
  // Read on every day of every loop (a season's fit calls it millions of times): plain arithmetic on the digits
  // (days from civil, H. Hinnant, "chrono-compatible low-level date algorithms") instead of three slices and a Date.
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (date.length !== 10 || y < 100 || m < 1 || m > 12 || d < 0) return viaDate(date);
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The number in date[from, to), or -1 when a character there is not a digit. */
function digits(date: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = date.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The general rule, for what is not a plain YYYY-MM-DD (Date.UTC rolls a month 13 or a year 0-99 its own way). */
function viaDate(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

export function dateOfDayNumber(n: number): string {
  // The inverse (civil from days, same source); a Date and toISOString cost ten times as much.
  if (!Number.isInteger(n) || n < -719_162 || n > 2_932_896) return new Date(n * DAY_MS).toISOString().slice(0, 10);
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
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
