import type { FindingData, Severity } from './finding.js';
import type { Figure } from './figure.js';
import { classify, roundToStep, twiceBound, type Outcome } from './tolerance.js';

// What rules emit. Arithmetic relations between printed figures are checks the engine evaluates (so it
// can apply the rounding model and find the one figure behind several failures); everything else is a
// fact: a finding the rule has already established, with the figures it rests on.

export type Params = Record<string, string | number>;

interface CheckBase {
  rule: string;
  /** Severity when the relation fails beyond rounding. */
  severity: Severity;
  params?: Params;
}

export interface Term {
  figure: Figure;
  coef: 1 | -1;
}

/**
 * lhs (=, ≤, ≥) Σ coef·term. The finding is located at lhs; expected is the sum. `when`: the relation
 * holds only under a condition on other figures (the same split where a subject has no other source) —
 * evaluated with the values tried, so a wrong figure in the condition is found like any other.
 */
export interface SumCheck extends CheckBase {
  kind: 'sum';
  lhs: Figure;
  terms: Term[];
  relation: 'eq' | 'le' | 'ge';
  when?: Condition;
}

export interface Condition {
  figures: Figure[];
  test: (value: ValueOf) => boolean;
}

/** A fine figure (元 on a form) whose 四舍五入 to the coarse figure's precision must give it (万元 in a table). */
export interface RoundCheck extends CheckBase {
  kind: 'round';
  fine: Figure;
  coarse: Figure;
}

/** Where a failing check reads a figure (or where a fact is located): what a finding may stand for. */
export interface Place {
  absentTable?: string;
  loc: { table: string; row: string | null };
}

/**
 * An established finding; `holds` re-evaluates it with other values for its figures, where it can;
 * `covers` names the places whose failures it stands for (a missing table for the relations reading it).
 */
export interface FactCheck extends CheckBase {
  kind: 'fact';
  data: Omit<FindingData, 'rule' | 'severity'>;
  figures: Figure[];
  holds?: (value: (f: Figure) => number) => boolean;
  covers?: (p: Place) => boolean;
}

export type Check = SumCheck | RoundCheck | FactCheck;

export type ValueOf = (f: Figure) => number;
export const plainValue: ValueOf = (f) => f.fen;

export interface Evaluation {
  outcome: Outcome;
  expected: number;
  actual: number;
}

export function evaluate(c: SumCheck | RoundCheck, value: ValueOf = plainValue): Evaluation {
  if (c.kind === 'round') {
    const f = value(c.fine);
    const coarse = value(c.coarse);
    const step = c.coarse.step;
    if (roundToStep(f, step) === coarse) return { outcome: 'exact', expected: coarse, actual: f };
    // Off by no more than one printed step: a double rounding (元 figures themselves rounded) can do that.
    const outcome = step > 0 && Math.abs(f - coarse) <= step ? 'rounding' : 'beyond';
    return { outcome, expected: coarse, actual: f };
  }
  if (c.when && !c.when.test(value)) return { outcome: 'exact', expected: value(c.lhs), actual: value(c.lhs) };
  // Hot loop (a thousand checks a document): no intermediate arrays.
  let expected = 0;
  let twice = c.lhs.printed ? c.lhs.step : 0;
  for (const t of c.terms) {
    expected += t.coef * value(t.figure);
    if (t.figure.printed) twice += t.figure.step;
  }
  const actual = value(c.lhs);
  const diff = actual - expected;
  if (c.relation === 'le' && diff <= 0) return { outcome: 'exact', expected, actual };
  if (c.relation === 'ge' && diff >= 0) return { outcome: 'exact', expected, actual };
  if (diff !== 0 && c.relation === 'eq' && isRoundingOf(c, value, expected, actual)) return { outcome: 'exact', expected, actual };
  return { outcome: classify(diff, twice), expected, actual };
}

/**
 * A figure printed coarser than everything it is compared with (a 说明's 16339.84万元 against a table's
 * 163,398,426.70元) is exact when it is the 四舍五入 of the finer side: that is how it was written.
 */
function isRoundingOf(c: SumCheck, value: ValueOf, expected: number, actual: number): boolean {
  let finest = 0;
  for (const t of c.terms) if (t.figure.printed && t.figure.step > finest) finest = t.figure.step;
  const lhsStep = c.lhs.printed ? c.lhs.step : 0;
  if (lhsStep > finest) return roundToStep(expected, lhsStep) === actual;
  const only = c.terms.length === 1 ? c.terms[0]! : null;
  if (only && only.coef === 1 && only.figure.printed && only.figure.step > lhsStep) return roundToStep(actual, only.figure.step) === value(only.figure);
  return false;
}

/** Figures a check reads. */
export function figuresOf(c: Check): Figure[] {
  if (c.kind === 'sum') return [c.lhs, ...c.terms.map((t) => t.figure), ...(c.when?.figures ?? [])];
  if (c.kind === 'round') return [c.fine, c.coarse];
  return c.figures;
}

/** Does the check hold (exact or within rounding) when figures take these values? */
export function holdsWith(c: Check, value: ValueOf): boolean {
  if (c.kind === 'fact') return c.holds ? c.holds(value) : false;
  return evaluate(c, value).outcome !== 'beyond';
}

/**
 * The value `key` would need for the check to hold exactly (sum and round checks), or null, with the
 * other figures at the values given. For ≤ and ≥ it is the boundary: the value at which the comparison
 * holds with equality.
 */
export function impliedValue(c: Check, key: string, value: ValueOf = plainValue): number | null {
  if (c.kind === 'round') {
    if (c.coarse.key === key) return roundToStep(value(c.fine), c.coarse.step);
    if (c.fine.key === key) return value(c.coarse);
    return null;
  }
  if (c.kind !== 'sum') return null;
  let sum = 0;
  for (const t of c.terms) sum += t.coef * value(t.figure);
  if (c.lhs.key === key) {
    // lhs may also appear among the terms (never in practice); solve only the plain case.
    return c.terms.some((t) => t.figure.key === key) ? null : sum;
  }
  const mine = c.terms.filter((t) => t.figure.key === key);
  if (mine.length !== 1) return null;
  const t = mine[0]!;
  // lhs = rest + coef·x → x = (lhs − rest)/coef
  const rest = sum - t.coef * value(t.figure);
  return t.coef * (value(c.lhs) - rest);
}

/** Twice the rounding bound of a check (how precise the value it implies is). */
export function checkPrecision(c: Check): number {
  if (c.kind === 'sum') return twiceBound([c.lhs, ...c.terms.map((t) => t.figure)]);
  if (c.kind === 'round') return c.coarse.step;
  return Number.POSITIVE_INFINITY;
}
