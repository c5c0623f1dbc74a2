import type { Rule } from '../rule.js';
import { fig, roleFig, sideColumn } from '../lookups.js';
import { FUND_SOURCES } from '../table-shape.js';

// 收支总表 income side vs 收入总表: each fund source and 上年结转 agree with the income table, whether that
// prints one column a source (山西) or one row a source (江苏); and the totals agree where the income
// table prints the same total (本年收入合计 as its 合计 column, or 收入总计 as a row).

export const crossSummaryIncome: Rule = {
  id: 'cross.summary-income',
  family: 'cross',
  severity: 'error',
  title: '收支总表收入与收入总表一致',
  description: '收支总表收入栏的各项资金来源、上年结转和收入合计，应分别等于收入总表中的对应数（按列或按行列示均可）。',
  run(ctx, emit) {
    const s = ctx.present('summary');
    const inc = ctx.table('income');
    const col = sideColumn(s, 'income');
    if (!s || !inc || !col) return;
    const byColumn = inc.columns.some((c) => FUND_SOURCES.includes(c.key));
    s.rows.forEach((r, i) => {
      if (r.side !== 'income' || !r.role) return;
      let other;
      if (FUND_SOURCES.includes(r.role) || r.role === 'carryover' || r.role === 'fiscal') other = roleFig(ctx, 'income', r.role);
      else if (byColumn && ctx.isCurrentTotal(s, i)) other = fig(ctx, 'income', { total: true }, 'total');
      else if (ctx.rowByRole(inc, r.role) !== undefined) other = roleFig(ctx, 'income', r.role);
      else return;
      if (r.cells[col] === undefined && !other.printed) return;
      emit.sum(other, [ctx.cell(s, i, col)], { params: { other: 'summary', other_row: r.name } });
    });
  },
};
