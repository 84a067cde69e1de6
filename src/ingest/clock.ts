// Local wall time <-> instant in one IANA zone, with the DST rule, cached per hour so a million rows cost a few thousand zone look-ups.
import { formatHourKey } from "../time/hours.js";
import { OffsetMemory } from "../time/zone.js";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** How a wall-clock time was resolved: it existed once, fell in a spring-forward gap, or occurred twice. */
export type WallKind = "normal" | "gap" | "ambiguous";

interface Resolution {
  offset: number;
  kind: WallKind;
}

/**
 * The one DST rule (documented in the README):
 * - a local time that does not exist (spring forward) is shifted forward by the gap, read with the offset in force
 *   before the change (as luxon does): 03:30 on 2026-03-29 in Helsinki becomes 04:30+03:00;
 * - a local time that occurs twice (fall back) is taken as its earlier occurrence (the summer-time one):
 *   03:30 on 2025-10-26 in Helsinki becomes 03:30+03:00.
 */
export class ZoneClock {
  private readonly offsets: OffsetMemory;
  /** wall hour index -> resolution valid for the whole wall hour, or null when it is not uniform */
  private readonly wallHours = new Map<number, Resolution | null>();
  gaps = 0;
  ambiguous = 0;

  constructor(readonly name: string) {
    this.offsets = new OffsetMemory(name);
  }

  private lastWallHour = Number.NaN;
  private lastWall: Resolution | null = null;

  /** Offset from UTC in minutes at an instant. */
  offsetAt(ms: number): number {
    return this.offsets.offsetAt(ms);
  }

  /** Start (ms) of the local clock hour that holds the instant `ms`. */
  hourStart(ms: number): number {
    const local = ms + this.offsetAt(ms) * MINUTE;
    return ms - (((local % HOUR) + HOUR) % HOUR);
  }

  /**
   * The instant of a wall-clock time given as "ms as if UTC" (Date.UTC of the local fields).
   * Counts gap and ambiguous times it resolves.
   */
  fromWall(wallMs: number): number {
    const wh = Math.floor(wallMs / HOUR);
    let r = wh === this.lastWallHour ? this.lastWall : this.wallHours.get(wh);
    if (r === undefined) {
      const first = this.resolve(wh * HOUR);
      const last = this.resolve(wh * HOUR + HOUR - 1);
      r = first.kind === last.kind && first.offset === last.offset ? first : null;
      this.wallHours.set(wh, r);
    }
    this.lastWallHour = wh;
    this.lastWall = r;
    // Zones whose change falls inside an hour (e.g. half-hour shifts) are resolved minute-exactly.
    const res = r ?? this.resolve(wallMs);
    if (res.kind === "gap") this.gaps++;
    else if (res.kind === "ambiguous") this.ambiguous++;
    return wallMs - res.offset * MINUTE;
  }

  /** Resolves one wall time without counting it. */
  resolve(wallMs: number): Resolution {
    const before = this.offsetAt(wallMs - DAY);
    const after = this.offsetAt(wallMs + DAY);
    const valid: number[] = [];
    for (const o of before === after ? [before] : [before, after]) {
      if (this.offsetAt(wallMs - o * MINUTE) === o) valid.push(o);
    }
    if (valid.length === 0) return { offset: before, kind: "gap" };
    if (valid.length === 1) return { offset: valid[0] ?? before, kind: "normal" };
    // Both readings exist: the larger offset is the earlier instant.
    return { offset: Math.max(...valid), kind: "ambiguous" };
  }
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Formats an instant as ISO 8601 to the second with its offset in the zone. */
export function formatInstant(ms: number, clock: ZoneClock): string {
  const off = clock.offsetAt(ms);
  const key = formatHourKey(ms, off);
  const d = new Date(ms + off * MINUTE);
  return `${key.slice(0, 14)}${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}${key.slice(16)}`;
}
