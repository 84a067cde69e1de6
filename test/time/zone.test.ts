// storeZone remembers offsets; every instant must still get luxon's own offset and text, across DST changes too.
import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { OffsetMemory, storeZone } from "../../src/time/zone.js";

const ZONES = ["Europe/Helsinki", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "Europe/London"];
const MINUTE = 60_000;

describe("storeZone", () => {
  it.each(ZONES)("%s: the remembered offset is Intl's at every 211th minute of 2026, the DST changes included", (zone) => {
    const memory = new OffsetMemory(zone);
    const iana = IANAZone.create(zone);
    const from = Date.UTC(2026, 0, 1);
    const to = Date.UTC(2027, 0, 1);
    let wrong = 0;
    for (let ms = from; ms < to; ms += 211 * MINUTE) if (memory.offsetAt(ms) !== iana.offset(ms)) wrong++;
    expect(wrong).toBe(0);
  });

  it("hands luxon a zone that formats, names and compares as the IANA name does", () => {
    const ms = Date.UTC(2026, 9, 25, 0, 30); // 03:30 Helsinki summer time, the hour before the autumn change
    const remembered = DateTime.fromMillis(ms, { zone: storeZone("Europe/Helsinki") });
    const plain = DateTime.fromMillis(ms, { zone: "Europe/Helsinki" });
    expect(remembered.toISO()).toBe(plain.toISO());
    expect(remembered.toFormat("yyyy-MM-dd HH:mm ZZ z")).toBe(plain.toFormat("yyyy-MM-dd HH:mm ZZ z"));
    expect(remembered.zoneName).toBe("Europe/Helsinki");
    expect(remembered.zone.equals(plain.zone)).toBe(true);
    expect(remembered.plus({ hours: 1 }).toISO()).toBe(plain.plus({ hours: 1 }).toISO());
    expect(DateTime.fromISO("2026-03-29T03:30", { zone: storeZone("Europe/Helsinki") }).toISO()).toBe(DateTime.fromISO("2026-03-29T03:30", { zone: "Europe/Helsinki" }).toISO());
  });

  it("leaves names luxon reads otherwise to luxon: UTC, a fixed offset, an unknown zone", () => {
    expect(storeZone("UTC")).toBe("UTC");
    expect(storeZone("UTC+2")).toBe("UTC+2");
    expect(storeZone("Mars/Olympus")).toBe("Mars/Olympus");
    expect(DateTime.fromMillis(0, { zone: storeZone("Mars/Olympus") }).isValid).toBe(false);
  });
});
