import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEN_PER_UNIT, fenToYuan, formatFen, parseAmount, roundFen, type MoneyUnit } from './money.js';

describe('parseAmount', () => {
  it('reads what documents print', () => {
    expect(parseAmount('18041.69', '万元')).toEqual({ fen: 18_041_690_000, decimals: 2 });
    expect(parseAmount('19,155.70', '万元')?.fen).toBe(19_155_700_000);
    expect(parseAmount('700,000', '元')?.fen).toBe(70_000_000);
    expect(parseAmount('2,758,878.00', '元')?.fen).toBe(275_887_800);
    expect(parseAmount('－0.5', '万元')?.fen).toBe(-500_000);
    expect(parseAmount('(3.00)', '万元')?.fen).toBe(-3_000_000);
    expect(parseAmount('１２３．４５', '元')?.fen).toBe(12_345);
    expect(parseAmount('0', '万元')).toEqual({ fen: 0, decimals: 0 });
    expect(parseAmount('.5', '元')?.fen).toBe(50);
  });

  it('refuses what is not a number', () => {
    for (const t of ['', ' ', '-', '—', '12a', '1,2345.00', '1,23', '2024年', '12.3.4', '≥90%', 'abc', '1 000']) {
      expect(parseAmount(t, '元'), t).toBeNull();
    }
  });

  it('marks figures finer than 1 分 and rounds them half away from zero', () => {
    expect(parseAmount('1.005', '元')).toEqual({ fen: 101, decimals: 3, inexact: true });
    expect(parseAmount('-1.005', '元')).toEqual({ fen: -101, decimals: 3, inexact: true });
    expect(parseAmount('0.0000001', '万元')).toEqual({ fen: 0, decimals: 7, inexact: true });
  });

  const units: MoneyUnit[] = ['元', '千元', '万元', '亿元'];

  it('round-trips every exact amount in every unit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom(...units), fc.boolean(), (fen, unit, grouping) => {
        const decimals = Math.round(Math.log10(FEN_PER_UNIT[unit]));
        const text = formatFen(fen, unit, decimals, grouping);
        expect(parseAmount(text, unit)?.fen).toBe(fen);
      }),
    );
  });

  it('thousands separators never change the value (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const plain = `${int}.${String(cents).padStart(2, '0')}`;
        const grouped = `${int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${String(cents).padStart(2, '0')}`;
        const a = parseAmount(plain, '元');
        if (a === null) return; // beyond 2^53 分
        expect(parseAmount(grouped, '元')).toEqual(a);
      }),
    );
  });
});

describe('formatting and rounding', () => {
  it('converts to 元 with two decimals', () => {
    expect(fenToYuan(18_041_690_000)).toBe('180416900.00');
    expect(fenToYuan(-5)).toBe('-0.05');
    expect(fenToYuan(0)).toBe('0.00');
  });

  it('rounds half away from zero (四舍五入) in integers', () => {
    expect(formatFen(1_234_555_000, '万元', 2)).toBe('1234.56'); // 12,345,550元
    expect(formatFen(12_345, '万元', 2)).toBe('0.01'); // 123.45元 = 0.012345万元
    expect(formatFen(5_000, '万元', 2)).toBe('0.01'); // 50元 = 0.005万元 → 0.01
    expect(formatFen(4_999, '万元', 2)).toBe('0.00');
    expect(formatFen(-5_000, '万元', 2)).toBe('-0.01');
    expect(roundFen(12_345, '万元', 2)).toBe(10_000);
    expect(roundFen(-15_000, '万元', 2)).toBe(-20_000);
  });

  it('roundFen agrees with formatFen (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        expect(parseAmount(formatFen(fen, '万元', 2), '万元')?.fen).toBe(roundFen(fen, '万元', 2));
      }),
    );
  });
});
