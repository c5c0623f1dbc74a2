import { FEN_PER_UNIT, type MoneyUnit } from '../model/money.js';
import type { Figure } from './figure.js';

// The rounding model (spec §3, docs/rules.md). A figure printed with d decimals in a unit is the exact
// amount rounded to one step s = 10^-d of that unit, so it is off by at most s/2. A printed total of n
// printed parts therefore differs from their printed sum by at most (n+1)·s/2; the difference is a whole
// number of steps, so by at most ⌊(n+1)/2⌋·s. Within that bound the difference is 尾差 (info); beyond it
// the figures contradict each other (error). With parts of different precision the bound is Σ sᵢ/2.
// Blank cells are exact zeros and add nothing. Everything is integer 分, compared as 2·|diff| ≤ Σ sᵢ.

export type Outcome = 'exact' | 'rounding' | 'beyond';

/** Decimal places of a printed amount ("1,303.83" → 2, "55" → 0, "(3.00)" → 2). */
export function printedDecimals(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s)）]/.test(text[end - 1]!)) end--;
  let k = end;
  while (k > 0 && text.charCodeAt(k - 1) >= 48 && text.charCodeAt(k - 1) <= 57) k--;
  return k > 0 && k < end && (text[k - 1] === '.' || text[k - 1] === '．') ? end - k : 0;
}

/** 分 per last printed digit; 0 when the figure is printed to the 分 (exact). */
export function printedStep(text: string, unit: MoneyUnit): number {
  const step = FEN_PER_UNIT[unit] / 10 ** printedDecimals(text);
  return step > 1 ? step : 0;
}

/** Twice the largest rounding difference the printed figures allow (integer 分). */
export function twiceBound(figures: readonly Figure[]): number {
  let b = 0;
  for (const f of figures) if (f.printed) b += f.step;
  return b;
}

/** The spec's bound for a total of n parts printed to one step s: ⌊(n+1)/2⌋·s. */
export function spreadBound(n: number, step: number): number {
  return Math.floor((n + 1) / 2) * step;
}

/** Classify a difference against twice the bound: 0 → exact, within → rounding, else beyond. */
export function classify(diff: number, twice: number): Outcome {
  if (diff === 0) return 'exact';
  return 2 * Math.abs(diff) <= twice ? 'rounding' : 'beyond';
}

/** Round 分 to a step (half away from zero). */
export function roundToStep(fen: number, step: number): number {
  if (step <= 1) return fen;
  const abs = Math.abs(fen);
  let q = Math.floor(abs / step);
  if ((abs % step) * 2 >= step) q += 1;
  const r = q * step;
  return fen < 0 ? -r : r;
}
