import { describe, expect, it } from 'vitest';
import { headerGrid } from './header-grid.js';

describe('headerGrid', () => {
  it('merges shared parents and spans short paths down (seed 001 收入总表 header)', () => {
    const g = headerGrid([['科目编码'], ['科目名称'], ['本年收入', '合计'], ['本年收入', '一般公共预算'], ['本年收入', '政府性基金'], ['上年结转']]);
    expect(g).toEqual([
      [
        { label: '科目编码', colSpan: 1, rowSpan: 2, first: 0 },
        { label: '科目名称', colSpan: 1, rowSpan: 2, first: 1 },
        { label: '本年收入', colSpan: 3, rowSpan: 1, first: 2 },
        { label: '上年结转', colSpan: 1, rowSpan: 2, first: 5 },
      ],
      [
        { label: '合计', colSpan: 1, rowSpan: 1, first: 2 },
        { label: '一般公共预算', colSpan: 1, rowSpan: 1, first: 3 },
        { label: '政府性基金', colSpan: 1, rowSpan: 1, first: 4 },
      ],
    ]);
  });

  it('keeps three levels', () => {
    const g = headerGrid([['支出', '金额', '小计'], ['支出', '金额', '一般公共预算'], ['支出', '项目']]);
    expect(g.map((r) => r.map((c) => `${c.label}:${c.colSpan}x${c.rowSpan}`))).toEqual([['支出:3x1'], ['金额:2x1', '项目:1x2'], ['小计:1x1', '一般公共预算:1x1']]);
  });
});
