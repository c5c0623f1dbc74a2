import { describe, expect, it } from 'vitest';
import type { Row, Table } from '../model/disclosure.js';
import { compareTable } from './compare.js';

const fen = (t: string) => ({ fen: Math.round(Number(t) * 1_000_000), text: t });
const row = (name: string, code: string | null, side: string | null, cells: Record<string, string>, line: number): Row => ({
  kind: 'item', code, code_source: code ? 'printed' : null, name, path: [name], level: 1, role: null, side, line, page: null,
  cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, fen(v)])),
});
const table = (rows: Row[]): Table => ({
  key: 'summary', number: '1', title: '收支总表', unit: '万元', status: 'present', entity: null, notes: [], confidence: 1, line: 1, end_line: 9, page: null, rows,
  columns: [{ key: 'amount', header: ['收入', '2024年'], side: 'income' }, { key: 'total', header: ['支出', '2024年合计'], side: 'expense' }, { key: 'carryover', header: ['支出', '上年结转安排'], side: 'expense' }],
});

describe('compareTable', () => {
  // 收支总表 of seeds 001 and 002 in part: 210 卫生健康支出 上年结转 1114.01 in 001, blank in 002
  const a = table([
    row('一、一般公共预算', null, 'income', { amount: '18041.69' }, 10),
    row('十、卫生健康支出', '210', 'expense', { total: '17171.84', carryover: '1114.01' }, 10),
    row('二、上年结转', null, 'income', { amount: '1114.01' }, 11),
    row('十二、住房保障支出', '221', 'expense', { total: '508.62' }, 11),
  ]);
  const b = table([
    row('十、卫生健康支出', '210', 'expense', { total: '167.75' }, 10),
    row('十一、节能环保支出', '211', 'expense', { total: '1.00' }, 11),
    row('一、一般公共预算', null, 'income', { amount: '204.22' }, 10),
    row('十二、住房保障支出', '221', 'expense', { total: '10.53' }, 12),
  ]);
  const c = compareTable(a, b);

  it('counts a blank cell as 0 in the difference', () => {
    const health = c.rows.find((r) => r.code === '210')!;
    expect(health.cells.carryover).toEqual({ a: 1_114_010_000, b: null, diff: -1_114_010_000 });
    expect(health.cells.total).toEqual({ a: 17_171_840_000, b: 167_750_000, diff: 167_750_000 - 17_171_840_000 });
  });

  it('keeps the sides apart and places rows only one document has where that document prints them', () => {
    expect(c.rows.map((r) => `${r.side} ${r.name} ${r.in}`)).toEqual([
      'income 一、一般公共预算 both',
      'income 二、上年结转 a',
      'expense 十、卫生健康支出 both',
      'expense 十一、节能环保支出 b',
      'expense 十二、住房保障支出 both',
    ]);
    expect(c.changed).toBe(5);
  });
});
