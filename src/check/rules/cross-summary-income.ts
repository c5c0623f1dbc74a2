import type { Rule } from '../rule.js';
import { fig, sideColumn } from '../lookups.js';
import { FUND_SOURCES } from '../table-shape.js';

// 收支总表 income side vs 收入总表: each fund source, 上年结转 and 本年收入合计 agree with the 合计 row of
// the income table (the same figures printed twice must be the same).

export const crossSummaryIncome: Rule = {
  id: 'cross.summary-income',
  family: 'cross',
  severity: 'error',
  title: '收支总表收入与收入总表一致',
  description: '收支总表收入栏的各项资金来源、上年结转和本年收入合计，应分别等于收入总表合计行的对应列。',
  run(ctx, emit) {
    const s = ctx.present('summary');
    if (!s || !ctx.table('income')) return;
    const col = sideColumn(s, 'income');
    if (!col) return;
    s.rows.forEach((r, i) => {
      if (r.side !== 'income' || !r.role) return;
      const key = FUND_SOURCES.includes(r.role) ? r.role : r.role === 'carryover' ? 'carryover' : r.role === 'current_income_total' ? 'total' : null;
      if (!key) return;
      const inc = fig(ctx, 'income', { total: true }, key);
      if (r.cells[col] === undefined && !inc.printed) return;
      emit.sum(inc, [ctx.cell(s, i, col)], { params: { other: 'summary', other_row: r.name } });
    });
  },
};
