// placeHourKey places an hour key in a store zone by arithmetic: the instant, date, hour and key luxon gives.
import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { formatHourKey, hourKey, localDate, placeHourKey } from "../../src/time/hours.js";

const ZONES = ["Europe/Helsinki", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham"];

function viaLuxon(key: string, zone: string): { ms: number; date: string; hour: number; key: string } {
  const dt = DateTime.fromISO(key, { setZone: true }).setZone(zone);
  return { ms: dt.toMillis(), date: localDate(dt), hour: dt.hour, key: hourKey(dt) };
}

describe("placeHourKey", () => {
  it.each(ZONES)("%s: every hour of 2026's offset-change days and every 31st hour besides, written with three offsets, lands where luxon puts it", (zone) => {
    const iana = IANAZone.create(zone);
    const DAY = 86_400_000;
    const hours = new Set<number>();
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += DAY) {
      const changes = iana.offset(day) !== iana.offset(day + DAY);
      for (let ms = day; ms < day + DAY; ms += 3_600_000) if (changes || (ms / 3_600_000) % 31 === 0) hours.add(ms);
    }
    let differ = 0;
    let placed = 0;
    for (const ms of hours) {
      for (const written of [0, 120, -330]) {
        const key = formatHourKey(ms, written).replace("+00:00", "Z");
        const ours = placeHourKey(key, zone);
        if (ours === undefined) continue;
        placed++;
        if (JSON.stringify(ours) !== JSON.stringify(viaLuxon(key, zone))) differ++;
      }
    }
    expect(placed).toBe(3 * hours.size);
    expect(differ).toBe(0);
  });

  it("leaves to luxon what it does not read the same way: seconds, an impossible date, hour 24, UTC, a fixed offset", () => {
    expect(placeHourKey("2026-11-27T09:00:00+02:00", "Europe/Helsinki")).toBeUndefined();
    expect(placeHourKey("2026-02-30T09:00+02:00", "Europe/Helsinki")).toBeUndefined();
    expect(placeHourKey("2026-11-27T24:00+02:00", "Europe/Helsinki")).toBeUndefined();
    expect(placeHourKey("2026-11-27T09:00+02:00", "UTC")).toBeUndefined();
    expect(placeHourKey("2026-11-27T09:00+02:00", "UTC+2")).toBeUndefined();
    expect(placeHourKey("2026-11-27T09:00+02:00", "Europe/Helsinki")).toEqual({ ms: Date.UTC(2026, 10, 27, 7), date: "2026-11-27", hour: 9, key: "2026-11-27T09:00+02:00" });
  });
});
