// A quick roster without the MIP solver: from a start (frozen rows, a repeated week) drop what pays for nothing, then add
// the shift that lowers the objective most while every hard row holds, until none does. It reads only the model's
// rows, so it keeps every rule the model has. Milliseconds per week of 200 agents, within some per cent of the optimum:
// the solver's warm start, and the roster a piece keeps when the clock runs out before the solver finds a better one.
import { continuousColumns, type LinearModel } from "./linear.js";

/** How a row is priced: hard (binaries only, must hold), slack (one penalty variable of its own pays), or ignored. */
type RowKind = { kind: "hard" } | { kind: "slack"; sign: number; weight: number; upper: number } | { kind: "other" };

export function greedyRoster(model: LinearModel, start: ReadonlyMap<number, number>): Map<number, number> {
  const n = model.variables.length;
  const x = new Uint8Array(n);
  for (const [i, v] of start) if (v >= 0.5) x[i] = 1;
  // Which columns are continuous, once: the loops below ask for every entry of the matrix.
  const continuous = continuousColumns(model);
  const uses = new Uint32Array(n);
  for (const c of model.constraints) for (const t of c.terms) uses[t.v] = (uses[t.v] ?? 0) + 1;
  const kinds: RowKind[] = model.constraints.map((c) => rowKind(model, c.terms, uses, continuous));
  // Columns in compressed form (row and coefficient arrays per variable): one allocation, not one object per entry.
  const count = new Uint32Array(n + 1);
  for (const c of model.constraints) for (const t of c.terms) if (continuous[t.v] !== 1) count[t.v + 1] = (count[t.v + 1] ?? 0) + 1;
  for (let j = 0; j < n; j++) count[j + 1] = (count[j + 1] ?? 0) + (count[j] ?? 0);
  const colRow = new Uint32Array(count[n] ?? 0);
  const colCoef = new Float64Array(count[n] ?? 0);
  const fill = count.slice(0, n);
  const act = new Float64Array(model.constraints.length);
  model.constraints.forEach((c, r) => {
    for (const t of c.terms) {
      if (continuous[t.v] === 1) continue;
      const at = fill[t.v] ?? 0;
      colRow[at] = r;
      colCoef[at] = t.c;
      fill[t.v] = at + 1;
      act[r] = (act[r] ?? 0) + t.c * (x[t.v] ?? 0);
    }
  });
  const free = (j: number): boolean => {
    const v = model.variables[j];
    return v !== undefined && v.type !== "continuous" && v.lower < 1 && v.upper >= 1;
  };
  const penalty = (r: number, a: number): number => {
    const k = kinds[r];
    const row = model.constraints[r];
    if (k?.kind !== "slack" || !row) return 0;
    const need = k.sign > 0 ? (row.min ?? -Infinity) - a : a - (row.max ?? Infinity);
    return k.weight * Math.min(Math.max(0, need), k.upper);
  };
  /** Objective change of moving x[j] by `step` (+1 or -1), or Infinity when a hard row would break. */
  const delta = (j: number, step: number): number => {
    let d = step * (model.variables[j]?.cost ?? 0);
    for (let e = count[j] ?? 0; e < (count[j + 1] ?? 0); e++) {
      const row = colRow[e] ?? 0;
      const c = colCoef[e] ?? 0;
      const a = act[row] ?? 0;
      const k = kinds[row];
      if (k?.kind === "hard") {
        const con = model.constraints[row];
        const next = a + step * c;
        if ((con?.max !== undefined && next > con.max + 1e-9) || (con?.min !== undefined && next < con.min - 1e-9)) return Infinity;
      } else if (k?.kind === "slack") d += penalty(row, a + step * c) - penalty(row, a);
    }
    return d;
  };
  const flip = (j: number, step: number): void => {
    x[j] = step > 0 ? 1 : 0;
    for (let e = count[j] ?? 0; e < (count[j + 1] ?? 0); e++) act[colRow[e] ?? 0] = (act[colRow[e] ?? 0] ?? 0) + step * (colCoef[e] ?? 0);
  };
  // Drop rows of the start that cost more than they cover (a peak week repeated into a quiet one).
  for (let j = 0; j < n; j++) if (x[j] === 1 && free(j) && delta(j, -1) < -1e-9) flip(j, -1);
  // Add the best shift while one pays; gains only shrink as hours fill, so a stale heap entry is re-checked when popped.
  // A few passes pick up shifts a later one made possible (a new hire once a mentor is on).
  for (let pass = 0; pass < 2; pass++) {
    const heap = new MinHeap();
    for (let j = 0; j < n; j++) {
      if (x[j] === 1 || !free(j)) continue;
      const d = delta(j, 1);
      if (d < -1e-9) heap.push(d, j);
    }
    let added = 0;
    while (heap.size > 0) {
      const [, j] = heap.pop();
      if (x[j] === 1) continue;
      const d = delta(j, 1);
      if (!(d < -1e-9)) continue;
      if (heap.size > 0 && d > heap.peek() + 1e-9) {
        heap.push(d, j);
        continue;
      }
      flip(j, 1);
      added++;
    }
    if (added === 0) break;
  }
  const out = new Map<number, number>();
  model.variables.forEach((v, i) => {
    if (v.type !== "continuous") out.set(i, x[i] ?? 0);
  });
  return out;
}

const HARD: RowKind = { kind: "hard" };

function rowKind(model: LinearModel, terms: LinearModel["constraints"][number]["terms"], uses: Uint32Array, isContinuous: Uint8Array): RowKind {
  if (!terms.some((t) => isContinuous[t.v] === 1)) return HARD;
  const continuous = terms.filter((t) => isContinuous[t.v] === 1);
  const s = continuous[0];
  const v = s === undefined ? undefined : model.variables[s.v];
  if (continuous.length === 1 && s && v && uses[s.v] === 1 && Math.abs(s.c) === 1 && v.cost >= 0 && v.lower === 0) {
    return { kind: "slack", sign: s.c, weight: v.cost, upper: v.upper };
  }
  return { kind: "other" };
}

/** A binary heap of (key, value) pairs, smallest key first. */
class MinHeap {
  private keys: number[] = [];
  private vals: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  peek(): number {
    return this.keys[0] ?? Infinity;
  }

  push(key: number, val: number): void {
    this.keys.push(key);
    this.vals.push(val);
    let i = this.keys.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((this.keys[p] ?? 0) <= key) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): [number, number] {
    const top: [number, number] = [this.keys[0] ?? Infinity, this.vals[0] ?? -1];
    const lastKey = this.keys.pop() ?? 0;
    const lastVal = this.vals.pop() ?? 0;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.vals[0] = lastVal;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && (this.keys[l] ?? 0) < (this.keys[m] ?? 0)) m = l;
        if (r < this.keys.length && (this.keys[r] ?? 0) < (this.keys[m] ?? 0)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private swap(i: number, j: number): void {
    [this.keys[i], this.keys[j]] = [this.keys[j] ?? 0, this.keys[i] ?? 0];
    [this.vals[i], this.vals[j]] = [this.vals[j] ?? 0, this.vals[i] ?? 0];
  }
}
