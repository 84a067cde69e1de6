// A store's IANA zone that remembers its UTC offsets. luxon asks Intl for the offset (formatToParts, microseconds a
// call) each time it makes or moves a DateTime in a named zone: the slowest call in placing a season's hours and
// shifts, checking a roster and writing the report, while a zone changes offset a few times a year.
import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from "luxon";

const HOUR = 3_600_000;
const DAY = 86_400_000;
const LIMIT = 200_000;

/** What a zone's offsets are known to be: UTC day or hour index -> offset in minutes, or NaN when it changes inside. */
interface Known {
  days: Map<number, number>;
  hours: Map<number, number>;
}

/**
 * One memory per zone name for the whole process: a zone's offset at an instant never changes while it runs, and
 * every reader of an export, every generated season and every report asks about the same few years again.
 */
const KNOWN = new Map<string, Known>();

/**
 * The offset in minutes of one IANA zone at an instant, asked of Intl once per UTC day, and once per hour only on a
 * day the offset changes (zones change at most once a day). An hour that holds a change itself (a half-hour rule) is
 * asked exactly each time.
 */
export class OffsetMemory {
  private readonly zone: IANAZone;
  private readonly days: Map<number, number>;
  private readonly hours: Map<number, number>;
  private lastDay = Number.NaN;
  private lastDayOffset = Number.NaN;

  constructor(readonly name: string) {
    this.zone = IANAZone.create(name);
    let known = KNOWN.get(name);
    if (known === undefined) {
      known = { days: new Map(), hours: new Map() };
      KNOWN.set(name, known);
    }
    this.days = known.days;
    this.hours = known.hours;
  }

  offsetAt(ms: number): number {
    const day = Math.floor(ms / DAY);
    if (day === this.lastDay) return this.lastDayOffset;
    const od = remember(this.days, day, () => this.steady(day * DAY, DAY));
    if (!Number.isNaN(od)) {
      this.lastDay = day;
      this.lastDayOffset = od;
      return od;
    }
    const oh = remember(this.hours, Math.floor(ms / HOUR), () => this.steady(Math.floor(ms / HOUR) * HOUR, HOUR));
    return Number.isNaN(oh) ? this.zone.offset(ms) : oh;
  }

  /** The offset over [start, start + span), or NaN when it differs at the two ends. */
  private steady(start: number, span: number): number {
    const a = this.zone.offset(start);
    return a === this.zone.offset(start + span - 1) ? a : Number.NaN;
  }
}

function remember(map: Map<number, number>, key: number, make: () => number): number {
  let v = map.get(key);
  if (v === undefined) {
    if (map.size >= LIMIT) map.clear();
    v = make();
    map.set(key, v);
  }
  return v;
}

/** luxon's IANA zone with its offsets from an OffsetMemory; names, formatting and equality are the IANA zone's. */
class RememberingZone extends Zone<true> {
  private readonly iana: IANAZone<true>;
  private readonly memory: OffsetMemory;

  constructor(name: string) {
    super();
    this.iana = IANAZone.create(name) as IANAZone<true>;
    this.memory = new OffsetMemory(name);
  }

  override get type(): string {
    return this.iana.type;
  }
  override get name(): string {
    return this.iana.name;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): true {
    return true;
  }
  override offset(ts: number): number {
    return this.memory.offsetAt(ts);
  }
  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.iana.offsetName(ts, options);
  }
  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.iana.formatOffset(ts, format);
  }
  override equals(other: Zone): boolean {
    return this.iana.equals(other);
  }
}

const zones = new Map<string, Zone | string>();

/**
 * The zone to hand luxon for a store zone name: a remembering IANA zone, or the name itself when luxon reads it
 * otherwise (UTC, a fixed offset, an invalid name, which luxon then reports as before).
 */
export function storeZone(name: string): Zone | string {
  let zone = zones.get(name);
  if (zone === undefined) {
    const plainIana = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(name) && IANAZone.isValidZone(name);
    zone = plainIana ? new RememberingZone(name) : name;
    zones.set(name, zone);
  }
  return zone;
}
