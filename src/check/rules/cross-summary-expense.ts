import type { Rule } from '../rule.js';
import { fig, printsCodes } from '../lookups.js';

// 收支总表 expense side vs the coded tables: a function class's 合计 = 支出总表's class row, its 当年预算安排
// = 收入总表's class 合计 (本年收入 by function), its 上年结转安排 = 收入总表's class 上年结转; 本年支出合计
// against the 合计 rows. Classes are compared only with tables that print class codes.

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
    const exp = ctx.table('expense');
    const inc = ctx.table('income');
    const incByColumn = inc?.columns.some((c) => c.key === 'general_public') ?? false;
    s.rows.forEach((r, i) => {
      if (!r.side || r.side === 'income') return;
      const isClass = r.code !== null && r.kind === 'item';
      if (!isClass && !ctx.isCurrentTotal(s, i)) return;
      const finder = isClass ? { code: r.code! } : { total: true as const };
      const has = (k: string) => s.columns.some((c) => c.side === r.side && c.key === k);
      const pairs: Array<[string, string, string]> = [];
      if (exp && (!isClass || printsCodes(exp, 3))) pairs.push([ctx.mainColumn(s, i), 'expense', 'total']);
      if (inc && incByColumn && (!isClass || printsCodes(inc, 3))) {
        if (has('current_year')) pairs.push(['current_year', 'income', 'total']);
        if (has('carryover') && inc.columns.some((c) => c.key === 'carryover')) pairs.push(['carryover', 'income', 'carryover']);
      }
      for (const [scol, table, tcol] of pairs) {
        const other = fig(ctx, table, finder, tcol);
        if (r.cells[scol] === undefined && !other.printed) continue;
        emit.sum(other, [ctx.cell(s, i, scol)], { params: { other: 'summary', other_row: r.name, other_column: scol } });
      }
    });
  },
};
