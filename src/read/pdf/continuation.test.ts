import { describe, expect, it } from 'vitest';
import { joinContinuations } from './continuation.js';
import type { PageElement } from './page-layout.js';
import type { TableRow } from './ruled-tables.js';

const table = (page: number, xs: number[], rows: TableRow[]): PageElement => ({ kind: 'table', page, y: 50, block: { xs, top: 50, bottom: 700, rows, ruled: true } });
const row = (cells: string[], full: boolean[] = cells.map(() => false)): TableRow => ({ cells, y: 0, full });
const text = (page: number, s: string): PageElement => ({ kind: 'text', page, y: 30, x0: 50, x1: 200, size: 10, cells: [s] });
const XS = [57.5, 112.6, 206.9, 276.0, 355.1, 421.4, 519.9];

describe('joinContinuations', () => {
  it('joins a table running on over the page break and the row the break cut in two', () => {
    // 检察院 2018, pages 13–14: "十七、国土海洋气象等支" | "出".
    const pages = [
      [text(1, '公开 01表：收支预算总表'), table(1, XS, [row(['收入', '', '支出', '', '', '']), row(['', '', '八、社会保障和就业支出', '1,836.22', '', '']), row(['', '', '十七、国土海洋气象等支', '', '', ''], [false, false, true, false, false, false])])],
      [table(2, XS.map((x) => x + 0.4), [row(['', '', '出', '', '', '']), row(['', '', '十八、住房保障支出', '3,660.38', '', ''])]), text(2, '公开 02表：收入预算总表')],
    ];
    const out = joinContinuations(pages);
    expect(out[1]!.map((e) => e.kind)).toEqual(['text']);
    const t = out[0]![1]!;
    if (t.kind !== 'table') throw new Error('table expected');
    expect(t.block.rows.map((r) => r.cells[2])).toEqual(['支出', '八、社会保障和就业支出', '十七、国土海洋气象等支出', '十八、住房保障支出']);
  });

  it('drops a repeated header, keeps a label row of its own, and leaves tables on other columns alone', () => {
    const head = row(['科目编码', '科目名称', '金额']);
    const pages = [
      [table(1, [40, 100, 300, 400], [head, row(['301', '工资福利支出', '2,928.98']), row(['', '专户管理教育收费', ''], [false, true, false])])],
      [table(2, [40, 100, 300, 400], [head, row(['', '其他非税收入', '']), row(['30101', '基本工资', '1,015.15'])])],
      [table(3, [60, 200, 500], [row(['合计', '2,542.60'])])],
    ];
    const out = joinContinuations(pages);
    const t = out[0]![0]!;
    if (t.kind !== 'table') throw new Error('table expected');
    expect(t.block.rows.map((r) => r.cells[1])).toEqual(['科目名称', '工资福利支出', '专户管理教育收费', '其他非税收入', '基本工资']);
    expect(out[1]).toEqual([]);
    expect(out[2]).toHaveLength(1);
  });
});
