import type { Rule } from '../rule.js';
import { comparableCodes, fig, functionCodes } from '../lookups.js';
import { FUND_SOURCES } from '../table-shape.js';

// 一般公共预算支出表 is part of 支出总表, column by column (基本支出, 项目支出): never more. Where the
// income table shows a subject funded only by this year's general public budget (no other source, no
// 上年结转), the two tables must print the same split.

export const crossGpbExpense: Rule = {
  id: 'cross.gpb-expense',
  family: 'cross',
  severity: 'error',
  title: '一般公共预算支出不超过支出总表',
  description:
    '一般公共预算支出表每个科目的基本支出、项目支出不应超过支出总表同一科目的对应列；收入总表显示该科目只有当年一般公共预算资金时，两表应完全相同。',
  run(ctx, emit) {
    const gpb = ctx.present('gpb_expense');
    const exp = ctx.present('expense');
    if (!gpb || !exp) return;
    const inc = ctx.present('income');
    const others = inc ? inc.columns.filter((c) => c.key === 'carryover' || (FUND_SOURCES.includes(c.key) && c.key !== 'general_public')).map((c) => c.key) : null;
    const rows: Array<{ code: string } | { total: true }> = [{ total: true }, ...comparableCodes(gpb, exp).filter((c) => functionCodes(gpb).includes(c)).map((code) => ({ code }))];
    for (const row of rows) {
      // Only this year's general public budget funds the subject: the same split (a condition on the
      // income figures, so a 上年结转 left blank there is found as the one wrong figure).
      const sources = others === null || !fig(ctx, 'income', row, 'total').printed ? null : others.map((k) => fig(ctx, 'income', row, k));
      for (const col of ['basic', 'project']) {
        if (!gpb.columns.some((c) => c.key === col) || !exp.columns.some((c) => c.key === col)) continue;
        const a = fig(ctx, 'gpb_expense', row, col);
        const b = fig(ctx, 'expense', row, col);
        emit.atMost(a, [b], { params: { other: 'expense' } });
        if (sources) emit.sum(a, [b], { params: { other: 'expense', same: 1 }, when: { figures: sources, test: (value) => sources.every((f) => value(f) === 0) } });
      }
    }
  },
};
