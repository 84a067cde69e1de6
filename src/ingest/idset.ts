// Seen ticket ids for dedupe, in memory that grows with the number of ids, never with their values or length.

/** Digit strings up to 15 long are below 2^53, so a double holds them exactly. */
const MAX_DIGITS = 15;
const EMPTY = -1;

/**
 * Numeric ids (Zendesk's 7-digit counters, Intercom's 12-digit sparse ones alike) live exactly in an open-addressing
 * table of doubles: 16 bytes per id at most, whatever the spread (a paged bitmap cost an 8 KB page per sparse id).
 * Other ids (UUIDs, "T-123", a 1 MB cell) are kept as a 127-bit hash in a second table, 32 bytes per id whatever
 * their length: a Set of strings cost ~140 MB per million UUIDs. Two distinct ids share a hash with odds of about
 * n^2 / 2^128 (1e-26 for a million ids), far below any other cause of a wrong count.
 */
export class IdSet {
  private table = new Float64Array(1024).fill(EMPTY);
  /** a 32-bit tag per slot of either table, kept from the id's first row (seenTagged) */
  private tags = new Int32Array(1024);
  private used = 0;
  private hashes = new Int32Array(4 * 1024);
  private hashTags = new Int32Array(1024);
  private hashed = 0;
  private readonly key = new Int32Array(4);
  private tag = 0;

  /** Adds the id; true when it had been seen before. */
  seen(id: string): boolean {
    return this.seenTagged(id, 0) !== NEW;
  }

  /**
   * Adds the id with a tag (a hash of its row's created time) when new: NEW; else SAME_TAG when its first row had the
   * same tag (the same row again, as in two exports appended with an overlap), OTHER_TAG when not (4 bytes an id).
   */
  seenTagged(id: string, tag: number): Seen {
    this.tag = tag | 0;
    const n = digitsValue(id);
    if (n >= 0) return this.seenNumber(n);
    hash128(id, this.key);
    return this.seenHash(this.key);
  }

  /** Number of distinct ids held. */
  get size(): number {
    return this.used + this.hashed;
  }

  private seenHash(k: Int32Array): Seen {
    const t = this.hashes;
    const mask = t.length / 4 - 1;
    const k0 = k[0] as number;
    for (let i = (k[1] as number) & mask; ; i = (i + 1) & mask) {
      const at = 4 * i;
      const v0 = t[at] as number;
      if (v0 === 0) {
        t.set(k, at);
        this.hashTags[i] = this.tag;
        if (++this.hashed * 2 > mask + 1) this.growHashes();
        return NEW;
      }
      if (v0 === k0 && t[at + 1] === k[1] && t[at + 2] === k[2] && t[at + 3] === k[3]) return this.hashTags[i] === this.tag ? SAME_TAG : OTHER_TAG;
    }
  }

  private growHashes(): void {
    const old = this.hashes;
    const oldTags = this.hashTags;
    this.hashes = new Int32Array(old.length * 2);
    this.hashTags = new Int32Array(oldTags.length * 2);
    const mask = this.hashes.length / 4 - 1;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at] === 0) continue;
      let i = (old[at + 1] as number) & mask;
      while (this.hashes[4 * i] !== 0) i = (i + 1) & mask;
      this.hashes.set(old.subarray(at, at + 4), 4 * i);
      this.hashTags[i] = oldTags[at / 4] as number;
    }
  }

  private seenNumber(n: number): Seen {
    const mask = this.table.length - 1;
    for (let i = slotOf(n, mask); ; i = (i + 1) & mask) {
      const v = this.table[i] as number;
      if (v === n) return this.tags[i] === this.tag ? SAME_TAG : OTHER_TAG;
      if (v === EMPTY) {
        this.table[i] = n;
        this.tags[i] = this.tag;
        if (++this.used * 2 > this.table.length) this.grow();
        return NEW;
      }
    }
  }

  private grow(): void {
    const old = this.table;
    const oldTags = this.tags;
    this.table = new Float64Array(old.length * 2).fill(EMPTY);
    this.tags = new Int32Array(old.length * 2);
    const mask = this.table.length - 1;
    for (let j = 0; j < old.length; j++) {
      const v = old[j] as number;
      if (v === EMPTY) continue;
      let i = slotOf(v, mask);
      while (this.table[i] !== EMPTY) i = (i + 1) & mask;
      this.table[i] = v;
      this.tags[i] = oldTags[j] as number;
    }
  }
}

/** What seenTagged found: a new id, the id again with its first row's tag, or the id with another tag. */
export type Seen = 0 | 1 | 2;
export const NEW: Seen = 0;
export const SAME_TAG: Seen = 1;
export const OTHER_TAG: Seen = 2;

/** A 32-bit FNV-1a hash of a short text (a row's created time), the tag seenTagged keeps. */
export function tagOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Mixes both halves of the id so ids that differ only in high digits (or only by a stride) spread over the table. */
function slotOf(n: number, mask: number): number {
  const lo = n >>> 0;
  const hi = Math.floor(n / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}

/** The value of a string of 1-15 plain digits (no leading zero unless "0"), else -1: "007" and "7" stay distinct. */
function digitsValue(s: string): number {
  const len = s.length;
  if (len === 0 || len > MAX_DIGITS || (len > 1 && s.charCodeAt(0) === 48)) return -1;
  let v = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const LANE_SEEDS = [0x811c9dc5, 0x2b0a9d3f, 0x6c8e9cf5, 0x1b873593] as const;
const LANE_PRIMES = [0x01000193, 0x9e3779b1, 0x85ebca77, 0xc2b2ae3d] as const;

/**
 * Four 32-bit lanes, each an FNV-1a-style pass with its own seed and multiplier, then cross-mixed with MurmurHash3's
 * fmix32 finaliser (https://github.com/aappleby/smhasher/blob/master/src/MurmurHash3.cpp). Lane 0 is made odd, so
 * 0 marks an empty slot. Not cryptographic; ticket ids come from a help desk, not from someone forging collisions.
 */
function hash128(s: string, out: Int32Array): void {
  let a: number = LANE_SEEDS[0];
  let b: number = LANE_SEEDS[1];
  let c: number = LANE_SEEDS[2];
  let d: number = LANE_SEEDS[3];
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    a = Math.imul(a ^ ch, LANE_PRIMES[0]);
    b = Math.imul(b ^ ch, LANE_PRIMES[1]);
    c = Math.imul(c ^ ch, LANE_PRIMES[2]);
    d = Math.imul(d ^ ch, LANE_PRIMES[3]);
  }
  a = fmix32(a ^ s.length);
  b = fmix32(b ^ a);
  c = fmix32(c ^ b);
  d = fmix32(d ^ c);
  a = fmix32(a ^ d);
  out[0] = a | 1;
  out[1] = b;
  out[2] = c;
  out[3] = d;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
