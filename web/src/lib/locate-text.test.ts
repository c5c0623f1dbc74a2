import { describe, expect, it } from 'vitest';
import type { FindingInput } from '../../../src/server/api-types.js';
import { locateInTexts } from './locate-text.js';

const finding = (f: Partial<FindingInput>): FindingInput => ({ rule: 'r', severity: 'warning', table: 'narrative', row: null, column: null, expected: null, actual: null, difference: null, unit: null, message: '', ...f });

describe('locateInTexts', () => {
  // seed 001 五、一般公共预算支出情况说明 (line 611) and its narrative.yoy-reason finding
  const sections = [
    { title: '部门预算收支数据变动情况及原因', text: '……', line: 591 },
    { title: '一般公共预算支出情况说明', text: '（一）总体情况\n2024年度阳泉市卫生健康委员会一般公共预算当年支出18,041.69万元，比上年减少405.58万元，下降2.2%。\n（二）结构情况', line: 611 },
  ];
  it('finds the section by its line and the paragraph by the quoted sentence, marking the figure', () => {
    const f = finding({ row: '一般公共预算支出情况说明 / 比上年减少', column: 'reason', actual: '405.58万元', line: 611, params: { name: '比上年减少', sentence: '2024年度阳泉市卫生健康委员会一般公共预算当年支出18,041.69万元,比上年减少405.58万元,下降2.2%。' } });
    expect(locateInTexts(f, { overview: [], sections })).toEqual({ part: 'sections', section: 1, paragraph: 1, mark: '405.58万元' });
  });

  it('falls back to the section a line falls in, without a paragraph', () => {
    expect(locateInTexts(finding({ line: 600 }), { overview: [], sections })).toEqual({ part: 'sections', section: 0, paragraph: null, mark: null });
    expect(locateInTexts(finding({ line: 12 }), { overview: [], sections })).toBeNull();
  });
});
