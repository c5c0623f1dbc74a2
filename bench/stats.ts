// Small timing helpers for `npm run bench`: medians of repeated runs after a warm-up.

export interface Timing {
  median: number;
  /** Total time over runs: what a stream of such calls costs, pauses for garbage collection included. */
  mean: number;
  p95: number;
  runs: number;
}

export async function time(fn: () => unknown, { warmup = 5, runs = 30, minMs = 300 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < runs || performance.now() - start < minMs) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
    if (samples.length > 10_000) break;
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)]!,
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    p95: samples[Math.floor(samples.length * 0.95)]!,
    runs: samples.length,
  };
}

export function fmt(n: number, digits = 2): string {
  return n.toFixed(digits);
}

export function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
