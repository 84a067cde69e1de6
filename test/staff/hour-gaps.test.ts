// A forecast needs a row for every clock hour and channel: a gap is a cut or foreign file, not a quiet hour.
import { describe, expect, it } from "vitest";
import { firstHourGap, type HourSlot } from "../../src/staff/hour-gaps.js";

const H = 3_600_000;
/** Rows for `hours` consecutive hours from 0, each for every channel. */
const grid = (hours: number, channels = ["chat", "email"]): HourSlot[] => Array.from({ length: hours }, (_, h) => channels.map((channel) => ({ channel, ms: h * H }))).flat();

describe("firstHourGap", () => {
  it("finds none when every channel has every hour", () => {
    expect(firstHourGap(grid(48))).toBeUndefined();
  });
  it("names a deleted day's first hour, its length and the channel's next row", () => {
    const slots = grid(72).filter((s) => s.ms < 24 * H || s.ms >= 48 * H);
    const gap = firstHourGap(slots);
    expect(gap).toMatchObject({ channel: "chat", missingMs: 24 * H, hours: 24, daily: false });
    expect(slots[gap?.afterIndex ?? -1]).toEqual({ channel: "chat", ms: 48 * H });
  });
  it("tells a file of one row per day from a gap", () => {
    const slots = [0, 1, 2].flatMap((d) => [{ channel: "chat", ms: d * 24 * H }, { channel: "email", ms: d * 24 * H }]);
    expect(firstHourGap(slots)).toMatchObject({ channel: "chat", missingMs: H, hours: 23, daily: true, afterIndex: 2 });
  });
  it("a channel that stops early lacks the hours up to the file's last", () => {
    const slots = grid(10).filter((s) => !(s.channel === "email" && s.ms >= 8 * H));
    const gap = firstHourGap(slots);
    expect(gap).toMatchObject({ channel: "email", missingMs: 8 * H, hours: 2 });
    expect(slots[gap?.afterIndex ?? -1]).toEqual({ channel: "chat", ms: 8 * H });
  });
});
