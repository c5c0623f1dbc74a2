import { describe, expect, it } from 'vitest';
import { checkShare, formatScaled } from './share.js';

const W = 10_000; // 0.01万元 in 分

describe('shares against printed figures', () => {
  it('001 收入: 18,041.69 of 19,155.70 is 94.18%, 1,114.01 is 5.82%', () => {
    expect(checkShare(9418, 2, 18_041_690_000, W, 19_155_700_000, W)).toMatchObject({ outcome: 'exact', expected: 9418n });
    expect(checkShare(582, 2, 1_114_010_000, W, 19_155_700_000, W).outcome).toBe('exact');
    expect(checkShare(9518, 2, 18_041_690_000, W, 19_155_700_000, W)).toMatchObject({ outcome: 'beyond', expected: 9418n });
  });

  it('002 一般公共预算支出结构: 0.21 of 204.22 is 0.10%', () => {
    expect(checkShare(10, 2, 210_000, W, 204_220_000, W).outcome).toBe('exact');
  });

  it('a share at the edge of what the printed figures allow is 尾差', () => {
    // 0.125 / 1 = 12.5% exactly; printed 0.13 of 1.00 gives 13.00%, but the exact 0.125 (printed 0.13)
    // allows 12.50%: within rounding.
    expect(checkShare(1250, 2, 130_000, W, 1_000_000, W).outcome).toBe('rounding');
    expect(checkShare(1200, 2, 130_000, W, 1_000_000, W).outcome).toBe('beyond');
    // one unit off: shares adjusted to add up to 100% (江苏 2018: 80.92% printed for 411.20 of 508.20 = 80.91%)
    expect(checkShare(8092, 2, 4_112_000_000, W, 5_082_000_000, W).outcome).toBe('rounding');
    expect(checkShare(8093, 2, 4_112_000_000, W, 5_082_000_000, W).outcome).toBe('beyond');
  });

  it('0% of nothing holds; a share of a zero whole does not', () => {
    expect(checkShare(0, 0, 0, 0, 0, 0).outcome).toBe('exact');
    expect(checkShare(5, 0, 100, 0, 0, 0).outcome).toBe('beyond');
  });

  it('formats scaled shares', () => {
    expect(formatScaled(9418n, 2)).toBe('94.18');
    expect(formatScaled(22n, 1)).toBe('2.2');
    expect(formatScaled(-100n, 2)).toBe('-1.00');
    expect(formatScaled(5n, 2)).toBe('0.05');
    expect(formatScaled(100n, 0)).toBe('100');
  });
});
