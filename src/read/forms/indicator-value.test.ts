import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMeasurable, parseIndicatorValue } from './indicator-value.js';

describe('parseIndicatorValue', () => {
  it.each([
    ['≥90%', '≥', 90, '%'],
    ['≤2.00(次)', '≤', 2, '次'],
    ['=100.00(%)', '=', 100, '%'],
    ['2000元/人', null, 2000, '元/人'],
    ['按季度发放', null, null, null],
    ['≥1.8万元/年', '≥', 1.8, '万元/年'],
    ['>=10,193人', '≥', 10193, '人'],
    ['＜5.25%', '<', 5.25, '%'],
    ['100%', null, 100, '%'],
    ['3辆', null, 3, '辆'],
    ['95%以上', '≥', 95, '%'],
    ['2024年11月底前', null, null, null],
    ['控制在国家C级标准以内', null, null, null],
    ['有效提高', null, null, null],
    ['不低于 80 %', '≥', 80, '%'],
  ])('%s', (printed, op, number, unit) => {
    expect(parseIndicatorValue(printed)).toEqual({ op, number, unit });
  });

  it('reads back any printed comparison (property)', () => {
    const ops = ['≥', '≤', '=', '>', '<'] as const;
    const units = ['%', '次', '人', '元/人', '万元', '个', '天', '项', '元/人/年', '平方米'];
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...ops), { nil: null }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom(...units),
        fc.constantFrom('plain', 'bracket', 'fullwidth-bracket'),
        (op, n, decimals, unit, style) => {
          const num = decimals ? (n / 10 ** decimals).toFixed(decimals) : String(n);
          const u = style === 'plain' ? unit : style === 'bracket' ? `(${unit})` : `（${unit}）`;
          const printed = `${op ?? ''}${num}${u}`;
          const p = parseIndicatorValue(printed);
          expect(p.op).toBe(op);
          expect(p.number).toBe(Number(num));
          expect(p.unit).toBe(unit);
        },
      ),
    );
  });

  it('never throws and never invents a number (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parseIndicatorValue(s);
        if (!/\d/.test(s.normalize('NFKC'))) expect(p.number).toBeNull();
        if (p.number === null) expect(p.op).toBeNull();
      }),
    );
  });

  it('tells measurable values from words', () => {
    expect(isMeasurable('≥90%')).toBe(true);
    expect(isMeasurable('有效提高')).toBe(false);
  });
});
