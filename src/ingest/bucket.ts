// Counts tickets into real clock hours of the store's zone and lays them out as a contiguous hourly series.
import { CHANNELS } from "../config/types.js";
import type { HourlySeries, SeriesChannel } from "./types.js";
import { formatHourKey } from "../time/hours.js";
import type { ZoneClock } from "./clock.js";

const HOUR = 3_600_000;

/** Slot order of the counters: the six channels, then "all" for exports without a channel column. */
export const SLOTS: readonly SeriesChannel[] = [...CHANNELS, "all"];
export const ALL_SLOT = SLOTS.length - 1;

export class HourBuckets {
  /** hour start (ms) -> counts per slot */
  private readonly hours = new Map<number, Int32Array>();
  private lastKey = Number.NaN;
  private lastRow: Int32Array | undefined;
  total = 0;
  minMs = Number.POSITIVE_INFINITY;
  maxMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly clock: ZoneClock) {}

  add(instantMs: number, slot: number): void {
    this.addCount(instantMs, slot, 1);
  }

  addCount(instantMs: number, slot: number, n: number): void {
    const start = this.clock.hourStart(instantMs);
    let row: Int32Array | undefined;
    // Exports are mostly in time order: the previous row's hour is the likely one.
    if (start === this.lastKey) row = this.lastRow;
    else {
      row = this.hours.get(start);
      if (!row) {
        row = new Int32Array(SLOTS.length);
        this.hours.set(start, row);
      }
      this.lastKey = start;
      this.lastRow = row;
    }
    const r = row as Int32Array;
    r[slot] = (r[slot] as number) + n;
    this.total += n;
    if (instantMs < this.minMs) this.minMs = instantMs;
    if (instantMs > this.maxMs) this.maxMs = instantMs;
  }

  /**
   * The series from the first ticket's hour to the last's, one entry per real hour (so a fall-back day has 25),
   * with every channel that has at least one ticket.
   */
  toSeries(): HourlySeries {
    const zone = this.clock.name;
    if (this.total === 0) return { zone, hours: [], channels: [], counts: new Map() };
    const first = this.clock.hourStart(this.minMs);
    const last = this.clock.hourStart(this.maxMs);
    const totals = new Array<number>(SLOTS.length).fill(0);
    for (const row of this.hours.values()) for (let s = 0; s < SLOTS.length; s++) totals[s] = (totals[s] ?? 0) + (row[s] ?? 0);
    const used = SLOTS.map((_, s) => s).filter((s) => (totals[s] ?? 0) > 0);
    let starts: number[] = [];
    for (let ms = first; ms <= last; ms += HOUR) starts.push(ms);
    // A zone that shifts by half an hour puts some hour starts off the one-hour grid: keep them, never drop counts.
    const onGrid = new Set(starts);
    const offGrid = [...this.hours.keys()].filter((k) => !onGrid.has(k));
    if (offGrid.length > 0) starts = [...starts, ...offGrid].sort((a, b) => a - b);
    const hours: string[] = [];
    const columns = used.map(() => [] as number[]);
    for (const ms of starts) {
      hours.push(formatHourKey(ms, this.clock.offsetAt(ms)));
      const row = this.hours.get(ms);
      used.forEach((s, k) => columns[k]?.push(row ? (row[s] ?? 0) : 0));
    }
    const counts = new Map<SeriesChannel, number[]>();
    used.forEach((s, k) => counts.set(SLOTS[s] as SeriesChannel, columns[k] ?? []));
    return { zone, hours, channels: used.map((s) => SLOTS[s] as SeriesChannel), counts };
  }
}
