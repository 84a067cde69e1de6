// Tiny SVG helpers for the self-contained report: escaping and scales, nothing fetched from anywhere.

export function esc(text: string | number): string {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function linearScale(domain: [number, number], range: [number, number]): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (x) => r0 + ((x - d0) / span) * (r1 - r0);
}

/** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Colour for a heatmap cell: grey when nothing is needed, green when covered, red with the size of the gap. */
export function coverageColour(required: number, scheduled: number): string {
  if (required <= 0) return scheduled > 0 ? "#e8eef7" : "#f4f4f4";
  const gap = required - scheduled;
  if (gap <= 0) {
    const surplus = Math.min(1, (scheduled - required) / Math.max(1, required));
    return surplus > 0.25 ? "#b7e1c1" : "#7cc68f";
  }
  const share = Math.min(1, gap / required);
  const light = Math.round(85 - share * 40);
  return `hsl(0, 75%, ${light}%)`;
}
