import type { Rule } from '../rule.js';
import { comparableCodes, fig, printsCodes } from '../lookups.js';

// 支出总表 by code = 收入总表 by code: 合计 + 上年结转 (what is spent under a subject is its current-year
// income plus what was carried over to it), for every 类, 款 and 项 and the 合计 row.

export const crossIncomeExpense: Rule = {
  id: 'cross.income-expense',
  family: 'cross',
  severity: 'error',
  title: '支出总表按科目等于收入总表加上年结转',
  description: '支出总表每个功能科目（类、款、项及合计行）的合计，应等于收入总表同一科目的本年收入合计加上年结转。',
  run(ctx, emit) {
    const inc = ctx.present('income');
    const exp = ctx.present('expense');
    // Only tables that print subjects by code with a 合计 column (山西): others have nothing by code.
    if (!inc || !exp || !printsCodes(inc, 3) || !printsCodes(exp, 3)) return;
    const carry = inc.columns.some((c) => c.key === 'carryover');
    const codes = comparableCodes(exp, inc);
    const rows: Array<{ code: string } | { total: true }> = [{ total: true }, ...codes.map((code) => ({ code }))];
    for (const row of rows) {
      const parts = [fig(ctx, 'income', row, 'total'), ...(carry ? [fig(ctx, 'income', row, 'carryover')] : [])];
      emit.sum(fig(ctx, 'expense', row, 'total'), parts, { params: { other: 'income' } });
    }
  },
};
