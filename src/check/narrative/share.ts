// A share printed with k decimals (占 94.18%) against the share recomputed from printed figures. Each
// printed figure is its exact amount rounded to its step, so the exact share lies between
// (n − sₙ/2)/(d + s_d/2) and (n + sₙ/2)/(d − s_d/2); the printed share is right when it is the 四舍五入
// of the share of the printed figures (exact), possible when it rounds some share in that interval
// (rounding), and wrong otherwise. A share one unit of its last digit off is also rounding: publishers
// adjust shares to add up to 100% or cut instead of round. BigInt: 分 × 10^(k+2) exceeds 2^53.

export type ShareOutcome = 'exact' | 'rounding' | 'beyond';

/** round(100·10^k·num/den) half away from zero, num, den ≥ 0, den > 0. */
function scaledShare(num: bigint, den: bigint, k: number): bigint {
  const scale = 100n * 10n ** BigInt(k);
  const q = (num * scale * 2n + den) / (den * 2n);
  return q;
}

/**
 * stated: the printed share × 10^k (94.18% with k = 2 → 9418). num/den in 分 with their printed steps.
 * A 0 denominator admits only a 0 share.
 */
export function checkShare(stated: number, k: number, num: number, numStep: number, den: number, denStep: number): { outcome: ShareOutcome; expected: bigint } {
  if (den <= 0) return { outcome: stated === 0 && num === 0 ? 'exact' : 'beyond', expected: 0n };
  const S = BigInt(stated);
  const exact = scaledShare(BigInt(Math.max(0, num)), BigInt(den), k);
  if (exact === S) return { outcome: 'exact', expected: exact };
  // Interval in half-steps: multiply by 2 to stay in integers.
  const n2 = BigInt(Math.max(0, num)) * 2n;
  const d2 = BigInt(den) * 2n;
  const lo = scaledShare(n2 - BigInt(numStep) < 0n ? 0n : n2 - BigInt(numStep), d2 + BigInt(denStep), k);
  const hiDen = d2 - BigInt(denStep);
  const hi = hiDen > 0n ? scaledShare(n2 + BigInt(numStep), hiDen, k) : S;
  // One unit of the last printed digit off is a rounding convention (shares adjusted to add up to 100%,
  // truncation), not a contradiction of the figures.
  const near = S - exact === 1n || exact - S === 1n;
  return { outcome: (S >= lo && S <= hi) || near ? 'rounding' : 'beyond', expected: exact };
}

/** 9418, 2 → "94.18". */
export function formatScaled(v: bigint, k: number): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const s = a.toString().padStart(k + 1, '0');
  const body = k ? `${s.slice(0, s.length - k)}.${s.slice(s.length - k)}` : s;
  return neg ? `-${body}` : body;
}
