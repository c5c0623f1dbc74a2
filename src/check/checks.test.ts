import { describe, expect, it } from 'vitest';
import { evaluate, type SumCheck } from './checks.js';
import type { Figure } from './figure.js';

const fig = (fen: number, step: number, unit: '元' | '万元' = '万元'): Figure => ({
  key: String(Math.random()), fen, step, printed: true, text: null, loc: { table: 't', row: null, column: null, unit, line: null, name: null },
});
const sum = (lhs: Figure, terms: Figure[]): SumCheck => ({ kind: 'sum', rule: 'r', severity: 'error', lhs, terms: terms.map((figure) => ({ figure, coef: 1 })), relation: 'eq' });

describe('a figure printed coarser than what it is compared with', () => {
  it('is exact when it is the 四舍五入 of the finer side: 16,339.84万元 for 163,398,426.70元', () => {
    expect(evaluate(sum(fig(16_339_840_000, 10_000), [fig(16_339_842_670, 0, '元')])).outcome).toBe('exact');
    // either way round
    expect(evaluate(sum(fig(16_339_842_670, 0, '元'), [fig(16_339_840_000, 10_000)])).outcome).toBe('exact');
    // and of a sum of finer figures: 61.28万元 = 612,845.16元 → 61.2845…万元
    expect(evaluate(sum(fig(61_280_000, 10_000), [fig(60_000_000, 0, '元'), fig(1_284_516, 0, '元')])).outcome).toBe('exact');
  });

  it('contradicts it when it is not: 16,339.85万元 for 163,398,426.70元 is 73.30元 off, beyond half a step', () => {
    expect(evaluate(sum(fig(16_339_850_000, 10_000), [fig(16_339_842_670, 0, '元')])).outcome).toBe('beyond');
  });

  it('figures of one precision keep the plain rule: 136.97 against 129.01 + 7.95', () => {
    expect(evaluate(sum(fig(136_970_000, 10_000), [fig(129_010_000, 10_000), fig(7_950_000, 10_000)])).outcome).toBe('rounding');
  });
});
