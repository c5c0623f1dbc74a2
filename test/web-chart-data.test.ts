import { describe, expect, it } from 'vitest';
import type { Table } from '../src/model/disclosure.js';
import type { TableResponse } from '../src/server/api-types.js';
import { parentOrds } from '../src/store/records.js';
import { chartTree, expenseByPurpose, functionTable, functionTree, fundSources, threePublic } from '../web/src/lib/chart-data.js';
import { readSeed } from './helpers/seed-inputs.js';

// Chart series of the web app from seed 001's printed tables (万元 → 分).

const asResponse = (t: Table | undefined): TableResponse | null => (t ? { ...t, parents: parentOrds(t.rows) } : null);

describe('chart data from seed 001', async () => {
  const doc = await readSeed('001');
  const table = (k: string) => asResponse(doc.tables.find((t) => t.key === k));

  it('income by fund source from 收支总表', () => {
    expect(fundSources(table('summary'), table('income'))).toEqual([
      { name: '一般公共预算', value: 18_041_690_000 },
      { name: '上年结转', value: 1_114_010_000 },
    ]);
  });

  it('expense by function class: 类 with their 款', () => {
    const t = functionTable([table('expense'), table('gpb_expense')])!;
    expect(t.key).toBe('expense');
    const tree = functionTree(t);
    const health = tree.find((n) => n.code === '210')!;
    expect(health.value).toBe(17_171_840_000); // 十、卫生健康支出 17171.84
    expect(health.children?.find((n) => n.code === '21001')?.value).toBe(920_810_000);
  });

  it('labels only the tree cells that can carry a label, without their codes', () => {
    const tree = functionTree(table('expense')!);
    const whole = tree.reduce((s, n) => s + n.value, 0);
    expect(whole).toBe(19_155_700_000);
    const health = chartTree(tree, whole, 0.03).find((n) => n.code === '210')!;
    expect(health).toMatchObject({ name: '卫生健康支出', fen: 17_171_840_000, label: { show: true } });
    // 21001 卫生健康管理事务 920.81 is 4.8 % of 19155.70: labelled; cells under 3 % are not
    expect(health.children!.find((n) => n.code === '21001')).toMatchObject({ name: '卫生健康管理事务', label: { show: true } });
    const small = health.children!.filter((n) => !n.label.show);
    expect(small.length).toBeGreaterThan(0);
    for (const n of small) expect(n.fen / whole).toBeLessThan(0.03);
  });

  it('expense by purpose and 三公', () => {
    expect(expenseByPurpose(table('expense')!)).toEqual([
      { name: '基本支出', value: 7_082_950_000 },
      { name: '项目支出', value: 12_072_750_000 },
    ]);
    expect(threePublic(table('three_public')!).find((s) => s.name === '公务用车运行维护费')!.value).toBe(41_400_000);
  });
});

describe('expense by purpose with further categories (江苏 2019 人大常委会办公厅 支出预算总表)', () => {
  // Printed one row of totals: 合计 18,330.37 = 基本支出 9,312.90 + 项目支出 6,459.58 + 单位预留机动经费 2,557.89
  const cell = (text: string) => ({ fen: Math.round(Number(text.replace(/,/g, '')) * 1_000_000), text });
  const t: TableResponse = {
    key: 'expense', number: '公开表三', title: '支出预算总表', unit: '万元', status: 'present', entity: '江苏省人大常委会办公厅', notes: [], confidence: 1, line: 1, end_line: 3, page: 3,
    columns: ['合计', '基本支出', '项目支出', '单位预留 机动经费', '结转下年资金'].map((h, i) => ({ key: ['total', 'basic', 'project', 'reserve', 'carry_forward'][i]!, header: [h], side: null })),
    rows: [{ kind: 'total', code: null, code_source: null, name: '', path: [], level: 0, role: 'total', side: null, line: 2, page: 3, cells: { total: cell('18,330.37'), basic: cell('9,312.90'), project: cell('6,459.58'), reserve: cell('2,557.89') } }],
    parents: [null],
  };

  it('counts 单位预留机动经费 in, so 基本支出 is 50.8 % of the whole', () => {
    const slices = expenseByPurpose(t);
    expect(slices).toEqual([
      { name: '基本支出', value: 9_312_900_000 },
      { name: '项目支出', value: 6_459_580_000 },
      { name: '单位预留机动经费', value: 2_557_890_000 },
    ]);
    expect(slices.reduce((s, x) => s + x.value, 0)).toBe(18_330_370_000);
  });
});
