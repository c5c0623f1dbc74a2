import type { Rule } from '../rule.js';
import { fig } from '../lookups.js';

// 一般公共预算支出表 合计 · 基本支出 = 一般公共预算基本支出经济科目表 合计: the same general public basic
// expenditure, once by function and once by economic classification.

export const crossGpbBasicEcon: Rule = {
  id: 'cross.gpb-basic-econ',
  family: 'cross',
  severity: 'error',
  title: '基本支出经济科目表合计与一般公共预算支出表一致',
  description: '一般公共预算基本支出经济科目表的合计，应等于一般公共预算支出表合计行的“基本支出”。',
  run(ctx, emit) {
    const gpb = ctx.present('gpb_expense');
    if (!gpb || !ctx.table('gpb_basic_econ') || !gpb.columns.some((c) => c.key === 'basic')) return;
    emit.sum(fig(ctx, 'gpb_basic_econ', { total: true }, 'total'), [fig(ctx, 'gpb_expense', { total: true }, 'basic')], { params: { other: 'gpb_expense' } });
  },
};
