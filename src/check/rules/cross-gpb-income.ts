import type { Rule } from '../rule.js';
import { comparableCodes, fig, functionCodes } from '../lookups.js';

// 一般公共预算支出表 (不含上年结转) by code = 收入总表's 一般公共预算 column by code: current-year general
// public budget income is what the general public budget spends this year, subject by subject. The
// 政府性基金 and 国有资本经营 expenditure tables (上海 prints both by function) likewise against their columns.

const FUNDS: ReadonlyArray<{ table: string; column: string; printedOnly: boolean }> = [
  { table: 'gpb_expense', column: 'general_public', printedOnly: false },
  { table: 'gf_expense', column: 'gov_fund', printedOnly: true },
  { table: 'soe_expense', column: 'soe_capital', printedOnly: true },
];

export const crossGpbIncome: Rule = {
  id: 'cross.gpb-income',
  family: 'cross',
  severity: 'error',
  title: '一般公共预算支出表与收入总表一般公共预算列一致',
  description:
    '一般公共预算支出表（不含上年结转）每个功能科目的合计，应等于收入总表同一科目的“一般公共预算”列；' +
    '按功能分类印出的政府性基金、国有资本经营预算支出表同样与收入总表的对应列核对。',
  run(ctx, emit) {
    const inc = ctx.present('income');
    if (!inc) return;
    for (const fund of FUNDS) {
      const exp = fund.printedOnly ? ctx.present(fund.table) : ctx.table(fund.table);
      if (!exp || !inc.columns.some((c) => c.key === fund.column)) continue;
      // Subjects the fund's table prints, and those the income table funds from it.
      const printed = new Set(functionCodes(exp));
      for (const r of inc.rows) if (r.code && r.cells[fund.column]) printed.add(r.code);
      const codes = comparableCodes(exp, inc).filter((c) => printed.has(c));
      const rows: Array<{ code: string } | { total: true }> = [{ total: true }, ...codes.map((code) => ({ code }))];
      for (const row of rows) emit.sum(fig(ctx, fund.table, row, 'total'), [fig(ctx, 'income', row, fund.column)], { params: { other: 'income', fund: fund.column } });
    }
  },
};
