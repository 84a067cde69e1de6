// Seen ticket ids for dedupe: a paged bitmap for integer ids (a million ids in ~128 KB), a Set for anything else.

const PAGE_BITS = 16;
const PAGE_WORDS = (1 << PAGE_BITS) / 32;
const MAX_BITMAP_ID = 2 ** 40;

export class IdSet {
  private readonly pages = new Map<number, Uint32Array>();
  private readonly other = new Set<string>();

  /** Adds the id; true when it had been seen before. */
  seen(id: string): boolean {
    const n = digitsValue(id);
    if (n >= 0 && n < MAX_BITMAP_ID) {
      const pageNo = Math.floor(n / (1 << PAGE_BITS));
      let page = this.pages.get(pageNo);
      if (!page) {
        page = new Uint32Array(PAGE_WORDS);
        this.pages.set(pageNo, page);
      }
      const bit = n - pageNo * (1 << PAGE_BITS);
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      const w = page[word] as number;
      if ((w & mask) !== 0) return true;
      page[word] = w | mask;
      return false;
    }
    if (this.other.has(id)) return true;
    // A copy: a string sliced from a parse chunk would keep the whole chunk alive.
    this.other.add(` ${id}`.slice(1));
    return false;
  }
}

/** The value of a string of 1-13 plain digits (no leading zero unless "0"), else -1: "007" and "7" stay distinct. */
function digitsValue(s: string): number {
  const len = s.length;
  if (len === 0 || len > 13 || (len > 1 && s.charCodeAt(0) === 48)) return -1;
  let v = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
