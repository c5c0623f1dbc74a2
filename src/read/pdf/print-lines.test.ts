import { describe, expect, it } from 'vitest';
import type { Run } from './geometry.js';
import { closeLetterSpacing, joinWrapped, printLines, runsText } from './print-lines.js';

const run = (text: string, x0: number, y: number, size = 9, spaceBefore = false): Run => ({ text, x0, x1: x0 + [...text].length * size, y, size, spaceBefore });

describe('print lines', () => {
  it('closes up letter-spaced Chinese but keeps a space between words', () => {
    expect(closeLetterSpacing('合 计')).toBe('合计');
    expect(closeLetterSpacing('1. 一 般 公')).toBe('1. 一般公');
    expect(closeLetterSpacing('中共阳泉市委办公室 阳泉市人民政府办公室')).toBe('中共阳泉市委办公室 阳泉市人民政府办公室');
    expect(closeLetterSpacing('台式计算机（20 万以下）')).toBe('台式计算机（20 万以下）');
  });

  it('joins lines wrapped in a cell: Chinese directly, words with a space', () => {
    expect(joinWrapped(['1.一般公共预', '算'])).toBe('1.一般公共预算');
    expect(joinWrapped(['便携式计算机（20 万以', '下）'])).toBe('便携式计算机（20 万以下）');
    expect(joinWrapped(['Total', 'amount'])).toBe('Total amount');
  });

  it('groups runs by baseline and reads gaps as spaces', () => {
    // "当 年 收 入" printed glyph by glyph with letter spacing (人大 2017, page 8).
    const runs = [run('入', 102.96, 736.85), run('当', 58.44, 736.85), run('年', 73.32, 736.85), run('收', 88.2, 736.85), run('13,649.07', 148.44, 736.9), run('小计', 58.44, 766.4)];
    const lines = printLines(runs);
    expect(lines).toHaveLength(2);
    expect(runsText(lines[0]!.runs)).toBe('当年收入 13,649.07');
    expect(runsText(lines[1]!.runs)).toBe('小计');
  });
});
