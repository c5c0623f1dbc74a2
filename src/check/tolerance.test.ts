import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from './figure.js';
import { classify, printedDecimals, printedStep, roundToStep, spreadBound, twiceBound } from './tolerance.js';

const fig = (fen: number, step: number, printed = true): Figure => ({ key: String(Math.random()), fen, step, printed, text: null, loc: { table: 't', row: null, column: null, unit: '万元', line: null, name: null } });

describe('rounding model', () => {
  it('reads the printed precision', () => {
    expect(printedDecimals('1,303.83')).toBe(2);
    expect(printedDecimals('19155.7')).toBe(1);
    expect(printedDecimals('55')).toBe(0);
    expect(printedStep('920.81', '万元')).toBe(10_000); // 0.01万元 = 100元 = 10000分
    expect(printedStep('169,000', '元')).toBe(100);
    expect(printedStep('138,400.00', '元')).toBe(0); // printed to the 分: exact
  });

  it('the spec bound ⌊(n+1)/2⌋·s', () => {
    expect(spreadBound(1, 1)).toBe(1);
    expect(spreadBound(2, 1)).toBe(1);
    expect(spreadBound(3, 1)).toBe(2);
    expect(spreadBound(28, 1)).toBe(14);
  });

  it('002 basic econ: 136.97 against 129.01 + 7.95 (= 136.96) is 尾差', () => {
    const total = fig(136_970_000, 10_000);
    const parts = [fig(129_010_000, 10_000), fig(7_950_000, 10_000)];
    const diff = total.fen - parts.reduce((s, p) => s + p.fen, 0);
    expect(classify(diff, twiceBound([total, ...parts]))).toBe('rounding');
    // two printed parts allow one step, not two
    expect(classify(20_000, twiceBound([total, ...parts]))).toBe('beyond');
    expect(classify(0, twiceBound([total, ...parts]))).toBe('exact');
  });

  it('blank cells are exact and widen nothing', () => {
    expect(twiceBound([fig(5, 10_000), fig(0, 0, false), fig(0, 0, false)])).toBe(10_000);
  });

  it('with one step for all, 2|d| ≤ Σs is the spec bound exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: -40, max: 40 }), (n, k) => {
        const s = 10_000;
        const figs = Array.from({ length: n + 1 }, () => fig(1, s));
        const within = classify(k * s, twiceBound(figs)) !== 'beyond';
        expect(within).toBe(Math.abs(k) * s <= spreadBound(n, s));
      }),
    );
  });

  it('rounds half away from zero to a step', () => {
    expect(roundToStep(198_000, 10_000)).toBe(200_000); // 1,980元 → 0.20万元
    expect(roundToStep(905_800, 10_000)).toBe(910_000); // 9,058元 → 0.91万元
    expect(roundToStep(5_000, 10_000)).toBe(10_000);
    expect(roundToStep(-5_000, 10_000)).toBe(-10_000);
    expect(roundToStep(4_999, 10_000)).toBe(0);
  });
});
