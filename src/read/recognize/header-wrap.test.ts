import { describe, expect, it } from 'vitest';
import { makeLine } from '../source-line.js';
import { joinWrappedHeader } from './header-wrap.js';

const line = (no: number, ...cells: string[]) => makeLine(no, cells);

describe('joinWrappedHeader', () => {
  it('joins pieces printed under the cells they continue', () => {
    const w = joinWrappedHeader(line(1, '科目编码', '科目名称', '合计', '基本', '项目'), line(2, '', '', '', '支出', '支出'));
    expect(w?.joined.cells).toEqual(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
    expect(w?.rest).toBeNull();
  });

  it('joins only the columns whose joined label means more, leaving a real second level', () => {
    const w = joinWrappedHeader(line(1, '部门预算支出经济', '政府预算支出经济', '2024年预算数', '', ''), line(2, '科目名称', '科目名称', '合计', '人员经费', '公用经费'));
    expect(w?.joined.cells).toEqual(['部门预算支出经济', '政府预算支出经济科目名称', '2024年预算数', '', '']);
    expect(w?.rest?.cells).toEqual(['科目名称', '', '合计', '人员经费', '公用经费']);
  });

  it('leaves group labels over their columns, and lines with figures, alone', () => {
    expect(joinWrappedHeader(line(1, '项目', '', '本年收入', '', '上年结转'), line(2, '科目编码', '科目名称', '合计', '一般公共预算', ''))).toBeNull();
    expect(joinWrappedHeader(line(1, '科目编码', '科目名称', '合计'), line(2, '201', '一般公共服务支出', '9.49'))).toBeNull();
    expect(joinWrappedHeader(line(1, '单位名称', '合计', '基本支出'), line(2, '', '小计', ''))).toBeNull();
  });
});
