import { describe, expect, it } from 'vitest';
import type { Run } from './geometry.js';
import { printLines } from './print-lines.js';
import { segments, unruledTable } from './unruled-tables.js';

const width = (text: string, size: number) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? size : size * 0.55), 0);
const run = (text: string, x0: number, y: number, size = 10): Run => ({ text, x0, x1: x0 + width(text, size), y, size, spaceBefore: false });

describe('unruledTable', () => {
  it('finds the columns from where the pieces stand across the rows', () => {
    // 预算收支总表 of seed 001 printed without rules: labels left-aligned, figures right-aligned,
    // a sparse last column, and a header label over two columns.
    const runs = [
      run('收入', 40, 100), run('支出', 220, 100),
      run('项目', 40, 115), run('2024年', 160, 115), run('项目', 220, 115), run('2024年合计', 380, 115), run('上年结转安排', 470, 115),
      run('一、一般公共预算', 40, 130), run('18041.69', 150, 130), run('一、一般公共服务支出', 220, 130), run('9.49', 420, 130),
      run('十、卫生健康支出', 220, 145), run('17171.84', 396, 145), run('1114.01', 500, 145),
      run('本年收入合计', 40, 160), run('18041.69', 150, 160), run('本年支出合计', 220, 160), run('19155.70', 396, 160), run('1114.01', 500, 160),
    ];
    const lines = printLines(runs);
    const t = unruledTable(lines, lines.map(segments));
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['收入', '', '支出', '', ''],
      ['项目', '2024年', '项目', '2024年合计', '上年结转安排'],
      ['一、一般公共预算', '18041.69', '一、一般公共服务支出', '9.49', ''],
      ['', '', '十、卫生健康支出', '17171.84', '1114.01'],
      ['本年收入合计', '18041.69', '本年支出合计', '19155.70', '1114.01'],
    ]);
  });
});
