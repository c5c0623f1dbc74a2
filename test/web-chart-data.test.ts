import { describe, expect, it } from 'vitest';
import type { Table } from '../src/model/disclosure.js';
import type { TableResponse } from '../src/server/api-types.js';
import { parentOrds } from '../src/store/records.js';
import { basicVsProject, functionTable, functionTree, fundSources, threePublic } from '../web/src/lib/chart-data.js';
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

  it('basic vs project and 三公', () => {
    expect(basicVsProject(table('expense')!)).toEqual([
      { name: '基本支出', value: 7_082_950_000 },
      { name: '项目支出', value: 12_072_750_000 },
    ]);
    expect(threePublic(table('three_public')!).find((s) => s.name === '公务用车运行维护费')!.value).toBe(41_400_000);
  });
});
