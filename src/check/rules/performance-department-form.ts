import { formFigure } from '../performance/form-figures.js';
import { fig, sideColumn } from '../lookups.js';
import { formatFen } from '../../model/money.js';
import type { Figure } from '../figure.js';
import type { Rule } from '../rule.js';

// The department-wide form (部门整体支出绩效目标) states the department's 年度预算: it is the budget the
// tables show — this year's income (本年收入合计), or with 上年结转 (收入总计). And its 基本/项目 split
// matches 支出总表 where the form states the whole budget.

export const performanceDepartmentForm: Rule = {
  id: 'performance.department-form',
  family: 'performance',
  severity: 'warning',
  title: '部门整体绩效目标表预算与收支总表一致',
  description: '部门整体支出绩效目标表的年度预算总额，应等于收支总表的本年收入合计或收入总计之一。',
  run(ctx, emit) {
    const s = ctx.present('summary');
    if (!s) return;
    const col = sideColumn(s, 'income');
    if (!col) return;
    for (const f of ctx.doc.forms) {
      if (f.kind !== 'department' || !f.budget.total) continue;
      const total = formFigure(ctx, f, 'budget.total', f.budget.total);
      const current = fig(ctx, 'summary', { role: 'current_income_total', side: 'income' }, col);
      const grand = fig(ctx, 'summary', { role: 'income_grand_total', side: 'income' }, col);
      const near = (a: number, b: number, step: number) => Math.abs(a - b) <= step;
      const step = Math.max(current.step, total.step, grand.step);
      // Either total will do: a fact that re-evaluates both, so a wrong summary total can explain it.
      const holds = (value: (x: Figure) => number) => near(value(total), value(current), step) || near(value(total), value(grand), step);
      if (holds((x) => x.fen)) continue;
      const unit = total.loc.unit ?? '元';
      emit.fact(
        {
          table: 'performance',
          row: total.loc.row,
          column: 'budget.total',
          unit,
          line: total.loc.line,
          expected: formatFen(current.fen, unit, 2),
          actual: formatFen(total.fen, unit, 2),
          difference: formatFen(total.fen - current.fen, unit, 2),
          params: { other: 'summary', grand: formatFen(grand.fen, unit, 2) },
        },
        { figures: [total, current, grand], holds },
      );
    }
  },
};
