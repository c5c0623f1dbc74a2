import type { Row } from '../../model/disclosure.js';
import type { Rule } from '../rule.js';
import { fig, firstColumn, sideColumn } from '../lookups.js';

// The fund tables (不含上年结转) vs 财政拨款收支总表 and 收支总表: this year's spending of a fund is the
// fiscal table's 本年支出合计 in that fund's column less that fund's 上年结转; a fund's income table total
// is its income row. 一般公共预算 → 一般公共预算支出表, 政府性基金 → 政府性基金收入/支出表, 国有资本经营 →
// 国有资本经营预算收支表.

const FUNDS: ReadonlyArray<{ role: string; expense: string; income: string | null }> = [
  { role: 'general_public', expense: 'gpb_expense', income: null },
  { role: 'gov_fund', expense: 'gf_expense', income: 'gf_income' },
  { role: 'soe_capital', expense: 'soe', income: 'soe' },
  // 上海: 国有资本经营预算支出功能分类预算表 (expenditure only).
  { role: 'soe_capital', expense: 'soe_expense', income: null },
];

/** The total row of a side; a two-sided table printing one 合计 row serves both sides. */
function totalOnSide(rows: readonly Row[], side: string | null): number {
  const i = rows.findIndex((r) => r.kind === 'total' && (side === null || r.side === null || r.side === side));
  return i >= 0 ? i : rows.findIndex((r) => r.kind === 'total');
}

export const crossFiscalFunds: Rule = {
  id: 'cross.fiscal-funds',
  family: 'cross',
  severity: 'error',
  title: '各类预算表与财政拨款收支总表一致',
  description:
    '一般公共预算支出表、政府性基金预算支出表、国有资本经营预算支出的合计，应等于财政拨款收支总表本年支出合计中该类资金列减去该类上年结转；' +
    '政府性基金、国有资本经营预算收入表的合计应等于财政拨款收支总表和收支总表的对应收入。',
  run(ctx, emit) {
    const f = ctx.present('fiscal_summary');
    const s = ctx.present('summary');
    const fIn = sideColumn(f, 'income');
    const sIn = sideColumn(s, 'income');
    for (const fund of FUNDS) {
      const exp = ctx.table(fund.expense);
      if (f && exp && f.columns.some((c) => c.side === 'expense' && c.key === fund.role)) {
        const side = exp.columns.some((c) => c.side === 'expense') ? 'expense' : null;
        const col = firstColumn(exp, ['total', fund.role], side);
        if (col && fIn) {
          const t = totalOnSide(exp.rows, side);
          const lhs = t >= 0 ? ctx.cell(exp, t, col) : ctx.missing(fund.expense, 'total', col);
          emit.sum(lhs, [fig(ctx, 'fiscal_summary', { role: 'current_expense_total', side: 'expense' }, fund.role), [fig(ctx, 'fiscal_summary', { role: `carryover.${fund.role}`, side: 'income' }, fIn), -1]], {
            params: { other: 'fiscal_summary', fund: fund.role },
          });
        }
      }
      if (!fund.income) continue;
      const inc = ctx.table(fund.income);
      // A table of expenditure only (江苏 国有资本经营预算支出表) has no income to compare.
      if (!inc || (fund.income === fund.expense && !inc.columns.some((c) => c.side === 'income'))) continue;
      const side = inc.columns.some((c) => c.side === 'income') ? 'income' : null;
      const col = firstColumn(inc, [fund.role, 'total', 'amount'], side) ?? inc.columns.find((c) => c.side === side)?.key;
      if (!col) continue;
      const t = totalOnSide(inc.rows, side);
      const lhs = t >= 0 ? ctx.cell(inc, t, col) : ctx.missing(fund.income, 'total', col);
      if (f && fIn) emit.sum(lhs, [fig(ctx, 'fiscal_summary', { role: fund.role, side: 'income' }, fIn)], { params: { other: 'fiscal_summary', fund: fund.role } });
      if (s && sIn) emit.sum(lhs, [fig(ctx, 'summary', { role: fund.role, side: 'income' }, sIn)], { params: { other: 'summary', fund: fund.role } });
    }
  },
};
