import { describe, expect, it } from 'vitest';
import type { Rule, Run } from './geometry.js';
import { ruledTables } from './ruled-tables.js';

// The grid of a 财政拨款收支预算总表 (江苏): 收入 over two columns, 支出 over two, 支出用途 over the
// expense side's two, 项目名称/金额 on the income side merged over two header rows.
const h = (y: number, x0: number, x1: number): Rule => ({ dir: 'h', at: y, from: x0, to: x1 });
const v = (x: number, y0: number, y1: number): Rule => ({ dir: 'v', at: x, from: y0, to: y1 });
const run = (text: string, x0: number, y: number, size = 9): Run => ({ text, x0, x1: x0 + [...text].length * size * 0.6, y, size, spaceBefore: false });

const rules: Rule[] = [
  h(100, 40, 460), h(200, 40, 460),
  h(120, 40, 460), // under 收入 | 支出
  h(140, 240, 460), // under 支出用途 only: 项目名称/金额 on the left span two rows
  h(160, 40, 460), h(180, 40, 460),
  v(40, 100, 200), v(460, 100, 200),
  v(160, 120, 200), // between 项目名称 and 金额, not through 收入
  v(240, 100, 200),
  v(380, 140, 200), // between the expense side's name and figure, below 支出用途
];

describe('ruledTables', () => {
  it('reads merged cells into their top-left atomic cell, one cell per column on every row', () => {
    const runs = [
      run('收入', 80, 114), run('支出', 330, 114),
      run('项目名称', 60, 144), run('金额', 190, 144), run('支出用途', 320, 134),
      run('项目名称', 280, 154), run('金额', 400, 154),
      run('一、一般公共预算', 45, 174), run('18,330.37', 165, 174), run('一、基本支出', 245, 174), run('9,312.90', 400, 174),
      run('收入合计', 60, 194), run('18,330.37', 165, 194), run('支出合计', 280, 194), run('18,330.37', 400, 194),
    ];
    const { tables, rest } = ruledTables(rules, runs);
    expect(rest).toEqual([]);
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.xs.map((x) => Math.round(x))).toEqual([40, 160, 240, 380, 460]);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['收入', '', '支出', ''],
      ['项目名称', '金额', '支出用途', ''],
      ['', '', '项目名称', '金额'],
      ['一、一般公共预算', '18,330.37', '一、基本支出', '9,312.90'],
      ['收入合计', '18,330.37', '支出合计', '18,330.37'],
    ]);
  });

  it('joins a cell printed on two lines', () => {
    const runs = [
      run('收入', 80, 114), run('支出', 330, 114),
      run('项目名称', 60, 144), run('金额', 190, 144), run('支出用途', 320, 134),
      run('项目名称', 280, 154), run('金额', 400, 154),
      run('二、政府性基金', 45, 168), run('预算', 45, 178), run('三、单位预留机动经费', 245, 174), run('2,557.89', 400, 174),
    ];
    const t = ruledTables(rules, runs).tables[0]!;
    expect(t.rows[3]!.cells).toEqual(['二、政府性基金预算', '', '三、单位预留机动经费', '2,557.89']);
    expect(t.rows).toHaveLength(4);
  });

  it('takes back the last line of a header cell spilt over the rule below', () => {
    // 江苏省委办公厅2019年度部门预算公开表格.pdf, page 12: "采购组织形式" in 17pt in a 27pt row.
    const grid = [h(78.7, 43, 687.4), h(105.6, 43, 687.4), h(132.5, 43, 687.4), v(43, 78.7, 132.5), v(580.3, 78.7, 132.5), v(687.4, 78.7, 132.5)];
    const runs = [run('采购组织形', 590.6, 96.2, 17.04), run('式', 625.2, 116.9, 17.04), run('合计', 45.8, 126.2, 17.04), run('1,422.50', 600, 122.9, 9.12)];
    const t = ruledTables(grid, runs).tables[0]!;
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['', '采购组织形式'],
      ['合计', '1,422.50'],
    ]);
  });

  it('does not take a frame of one column for a table', () => {
    const frame = [h(100, 40, 460), h(200, 40, 460), v(40, 100, 200), v(460, 100, 200)];
    const { tables, rest } = ruledTables(frame, [run('说明', 60, 150)]);
    expect(tables).toEqual([]);
    expect(rest).toHaveLength(1);
  });
});
