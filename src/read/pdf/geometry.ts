// What the PDF reader works on: positioned text runs and ruling lines of one page, in page space with
// the origin at the top left and y growing downwards (the page's rotation already applied), in points.

export interface Run {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size (em height). */
  size: number;
  /** Whitespace separated this run from the previous one inside the same printed text item. */
  spaceBefore: boolean;
}

/** A ruling line: horizontal (`at` is y, from/to are x) or vertical (`at` is x, from/to are y). */
export interface Rule {
  dir: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: Run[];
  rules: Rule[];
}

export function top(r: Run): number {
  return r.y - 0.85 * r.size;
}

export function bottom(r: Run): number {
  return r.y + 0.15 * r.size;
}

/** Vertical middle of a run's glyphs. */
export function midY(r: Run): number {
  return r.y - 0.35 * r.size;
}

export function midX(r: Run): number {
  return (r.x0 + r.x1) / 2;
}

/**
 * Cluster sorted-or-not values: values closer than `tol` to the previous one join its cluster. Returns
 * the clusters' means in ascending order.
 */
export function clusterValues(values: readonly number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let n = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const v of sorted) {
    if (n > 0 && v - last > tol) {
      out.push(sum / n);
      sum = 0;
      n = 0;
    }
    sum += v;
    n++;
    last = v;
  }
  if (n > 0) out.push(sum / n);
  return out;
}

/** Index of the interval [edges[i], edges[i+1]) containing v, clamped to the outer intervals. */
export function intervalIndex(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}
