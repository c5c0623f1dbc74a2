import type { Rule } from '../rule.js';
import { fig } from '../lookups.js';

// 收支总表 expense side by function class vs the coded tables: 合计 = 支出总表's class row, 当年预算安排 =
// 收入总表's class 合计 (本年收入 by function), 上年结转安排 = 收入总表's class 上年结转; and the same for
// 本年支出合计 against the 合计 rows.

export const crossSummaryExpense: Rule = {
  id: 'cross.summary-expense',
  family: 'cross',
  severity: 'error',
  title: '收支总表支出与支出总表、收入总表一致',
  description:
    '收支总表支出栏各功能分类（类）的合计应等于支出总表同一类的合计；当年预算安排应等于收入总表同一类的本年收入合计；' +
    '上年结转安排应等于收入总表同一类的上年结转。本年支出合计同样与两表的合计行核对。',
  run(ctx, emit) {
    const s = ctx.present('summary');
    if (!s) return;
    const has = (col: string) => s.columns.some((c) => c.side === 'expense' && c.key === col);
    const pairs: Array<[string, string, string]> = [];
    if (has('total') && ctx.table('expense')) pairs.push(['total', 'expense', 'total']);
    if (has('current_year') && ctx.table('income')) pairs.push(['current_year', 'income', 'total']);
    if (has('carryover') && ctx.table('income')?.columns.some((c) => c.key === 'carryover')) pairs.push(['carryover', 'income', 'carryover']);
    s.rows.forEach((r, i) => {
      if (r.side !== 'expense') return;
      const finder = r.code && r.kind === 'item' ? { code: r.code } : r.role === 'current_expense_total' ? { total: true as const } : null;
      if (!finder) return;
      for (const [scol, table, tcol] of pairs) {
        const other = fig(ctx, table, finder, tcol);
        if (r.cells[scol] === undefined && !other.printed) continue;
        emit.sum(other, [ctx.cell(s, i, scol)], { params: { other: 'summary', other_row: r.name, other_column: scol } });
      }
    });
  },
};
