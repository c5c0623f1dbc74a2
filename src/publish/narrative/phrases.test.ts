import { describe, expect, it } from 'vitest';
import { amount, change, percent, reasonText } from './phrases.js';

describe('percent', () => {
  it('rounds half up to two decimals with integers', () => {
    expect(percent(18041690000, 19155700000)).toBe('94.18%'); // 0.941843…
    expect(percent(1114010000, 19155700000)).toBe('5.82%'); // 0.058156…
    expect(percent(1, 8)).toBe('12.50%');
    expect(percent(1, 20000)).toBe('0.01%'); // exactly 0.005% rounds up
    expect(percent(1, 20001)).toBe('0.00%');
    expect(percent(0, 5)).toBe('0.00%');
    expect(percent(5, 0)).toBeNull();
    expect(percent(-1, 8)).toBe('-12.50%');
  });

  it('stays exact where floating point would not (9×10^15 分)', () => {
    expect(percent(3_000_000_000_000_001, 9_000_000_000_000_000)).toBe('33.33%');
  });
});

describe('change', () => {
  it('states the change and its rate against last year', () => {
    // 19155.70 − 18447.27 = 708.43; 708.43 / 18447.27 = 3.84%
    expect(change(19155700000, 18447270000, '万元')).toMatchObject({ text: '，比上年增加708.43万元，增长3.84%', changed: true });
    expect(change(18041690000, 18447270000, '万元').text).toBe('，比上年减少405.58万元，下降2.20%');
    expect(change(41400000, 41400000, '万元')).toMatchObject({ text: '，与上年预算持平', changed: false });
    expect(change(100, 0, '万元').text).toBe('，比上年增加0.00万元');
  });

  it('marks a missing prior-year figure for the author', () => {
    expect(change(1, null, '万元')).toEqual({ text: '，比上年【待补充：上年预算数】', changed: true, missingPrior: true });
  });
});

describe('phrases', () => {
  it('groups thousands in amounts', () => {
    expect(amount(19155700000, '万元')).toBe('19,155.70万元');
  });
  it('marks a missing reason', () => {
    expect(reasonText(null)).toBe('主要原因：【待补充：增减变动原因】。');
    expect(reasonText('新增项目。')).toBe('主要原因：新增项目。');
  });
});
