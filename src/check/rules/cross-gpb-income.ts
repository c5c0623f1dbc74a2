import type { Rule } from '../rule.js';
import { comparableCodes, fig, functionCodes } from '../lookups.js';

// 一般公共预算支出表 (不含上年结转) by code = 收入总表's 一般公共预算 column by code: current-year general
// public budget income is what the general public budget spends this year, subject by subject.

export const crossGpbIncome: Rule = {
  id: 'cross.gpb-income',
  family: 'cross',
  severity: 'error',
  title: '一般公共预算支出表与收入总表一般公共预算列一致',
  description: '一般公共预算支出表（不含上年结转）每个功能科目的合计，应等于收入总表同一科目的“一般公共预算”列。',
  run(ctx, emit) {
    const inc = ctx.present('income');
    const gpb = ctx.table('gpb_expense');
    if (!inc || !gpb || !inc.columns.some((c) => c.key === 'general_public')) return;
    // Subjects the gpb table prints, and those the income table funds from the general public budget.
    const printed = new Set(functionCodes(gpb));
    for (const r of inc.rows) if (r.code && r.cells.general_public) printed.add(r.code);
    const codes = comparableCodes(gpb, inc).filter((c) => printed.has(c));
    const rows: Array<{ code: string } | { total: true }> = [{ total: true }, ...codes.map((code) => ({ code }))];
    for (const row of rows) emit.sum(fig(ctx, 'gpb_expense', row, 'total'), [fig(ctx, 'income', row, 'general_public')], { params: { other: 'income' } });
  },
};
