import { describe, expect, it } from 'vitest';
import type { Check, SumCheck } from './checks.js';
import type { Figure } from './figure.js';
import { findCulprits } from './localise.js';

// A 类 of two 款 of two 项 each, printed in 万元, plus a second table repeating the 款 figures.
const W = 10_000;
function cell(key: string, yuan: number): Figure {
  return { key, fen: yuan * 100, step: W, printed: true, text: null, loc: { table: key.split('#')[0]!, row: key, column: 'total', unit: '万元', line: null, name: null } };
}
const sum = (lhs: Figure, parts: Figure[]): SumCheck => ({ kind: 'sum', rule: 'table.hierarchy-sum', severity: 'error', lhs, terms: parts.map((figure) => ({ figure, coef: 1 })), relation: 'eq' });
const eq = (a: Figure, b: Figure): SumCheck => ({ ...sum(a, [b]), rule: 'cross.same' });
const failing = (checks: Check[]) => checks.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'sum' && Math.abs(c.lhs.fen - c.terms.reduce((s, t) => s + t.figure.fen, 0)) > W).map(({ i }) => i);

function doc(k1Yuan: number) {
  const lei = cell('a#0.total', 3_000_000);
  const k1 = cell('a#1.total', k1Yuan);
  const x1 = cell('a#2.total', 1_000_000);
  const x2 = cell('a#3.total', 500_000);
  const k2 = cell('a#4.total', 1_500_000);
  const y1 = cell('a#5.total', 1_500_000);
  const k1b = cell('b#1.total', 1_500_000);
  const checks: Check[] = [sum(lei, [k1, k2]), sum(k1, [x1, x2]), sum(k2, [y1]), eq(k1b, k1)];
  return { checks, k1 };
}

describe('one figure behind several failures', () => {
  it('a mistyped 款 is named once, with the value the others imply', () => {
    const { checks, k1 } = doc(1_600_000); // 160.00万元 printed for 150.00
    const bad = failing(checks);
    expect(bad).toEqual([0, 1, 3]);
    const found = findCulprits(checks, bad, () => 0);
    expect(found).toHaveLength(1);
    expect(found[0]!.figures[0]!.key).toBe(k1.key);
    expect(found[0]!.expected[0]).toBe(150_000_000); // 150.00万元
    expect(found[0]!.explains).toEqual([0, 1, 3]);
  });

  it('nothing to name when all holds, or when one failure has no single cause', () => {
    const { checks } = doc(1_500_000);
    expect(findCulprits(checks, failing(checks), () => 0)).toEqual([]);
    const a = cell('c#0.total', 100);
    const b = cell('d#0.total', 200);
    expect(findCulprits([eq(a, b)], [0], () => 0)).toEqual([]);
  });

  it('two figures that explain the same failures equally: neither is named', () => {
    // total = p + q, printed 3 = 1 + 1: p or q could be the wrong one.
    const t = cell('e#0.total', 300);
    const p = cell('e#1.total', 100);
    const q = cell('e#2.total', 100);
    const t2 = cell('f#0.total', 300);
    const checks: Check[] = [sum(t, [p, q]), eq(t2, t)];
    expect(findCulprits(checks, failing(checks), () => 0)).toEqual([]);
  });
});

describe('one mistake beyond one figure', () => {
  it('a total confirmed elsewhere is not the culprit of the one sum it fails: its free part is', () => {
    // t = p + q printed 300 = 100 + 250 (万元): t and p agree with other tables, q alone can be corrected (to 200)
    const t = cell('g#0.total', 3_000_000);
    const p = cell('g#1.total', 1_000_000);
    const q = cell('g#2.total', 2_500_000);
    const checks: Check[] = [sum(t, [p, q]), eq(cell('h#0.total', 3_000_000), t), eq(cell('h#1.total', 1_000_000), p)];
    const found = findCulprits(checks, failing(checks), () => 0);
    expect(found).toHaveLength(1);
    expect(found[0]!.figures.map((f) => f.key)).toEqual([q.key]);
    expect(found[0]!.expected).toEqual([200_000_000]) // 200.00万元;
  });

  it('a tree raised alike from a leaf to its top is named at the top, where it meets the other tables', () => {
    // department 110 = unit 60 + unit 50, unit 60 = 40 + 20: all raised by 10 from 100 / 50 / 30, while two
    // other tables say 100. Correcting the department alone breaks the tree; with a unit and a project it does not.
    const d = cell('p#0.total', 1_100_000);
    const u1 = cell('p#1.total', 600_000);
    const p1 = cell('p#2.total', 400_000);
    const p2 = cell('p#3.total', 200_000);
    const u2 = cell('p#4.total', 500_000);
    const checks: Check[] = [sum(d, [u1, u2]), sum(u1, [p1, p2]), eq(cell('q#0.total', 1_000_000), d), eq(cell('r#0.total', 1_000_000), d)];
    const found = findCulprits(checks, failing(checks), () => 0);
    expect(found).toHaveLength(1);
    expect(found[0]!.figures.map((f) => f.key)).toEqual([d.key]);
    expect(found[0]!.expected).toEqual([100_000_000]) // 100.00万元;
    expect(found[0]!.explains).toEqual([2, 3]);
    expect(found[0]!.chain).toBe(true);
  });

  it('one table printing a figure and its total alike, against two tables that agree: that table', () => {
    // s0 = s1 + s2 (110 = 60 + 50) where s1 should be 50 and s0 100, as tables a and b print
    const s0 = cell('s#0.total', 1_100_000);
    const s1 = cell('s#1.total', 600_000);
    const s2 = cell('s#2.total', 500_000);
    const checks: Check[] = [sum(s0, [s1, s2]), eq(cell('a#0.total', 500_000), s1), eq(cell('b#0.total', 1_000_000), s0)];
    const found = findCulprits(checks, failing(checks), (rule) => (rule === 'cross.same' ? 0 : 1));
    expect(found).toHaveLength(1);
    expect(found[0]!.figures.map((f) => f.key).sort()).toEqual([s0.key, s1.key]);
    expect(found[0]!.explains).toEqual([1, 2]);
  });
});
