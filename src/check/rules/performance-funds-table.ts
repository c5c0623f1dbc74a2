import { formFigure } from '../performance/form-figures.js';
import { matchForms } from '../performance/match.js';
import type { Rule } from '../rule.js';

// A form's 年度资金总额 (元) is its project's row in the project table (万元): 四舍五入 to 0.01万元 it gives
// the printed row exactly.

export const performanceFundsTable: Rule = {
  id: 'performance.funds-table',
  family: 'performance',
  severity: 'error',
  title: '绩效目标表年度资金与项目支出表一致',
  description: '项目绩效目标表的年度资金总额（元），四舍五入到 0.01 万元后应等于项目支出表中对应项目的合计。',
  run(ctx, emit) {
    for (const m of matchForms(ctx)) {
      if (!m.row || !m.form.funds.annual.total) continue;
      const cell = ctx.cell(m.row.table, m.row.index, ctx.mainColumn(m.row.table, m.row.index));
      emit.rounds(formFigure(ctx, m.form, 'annual.total', m.form.funds.annual.total), cell, {
        params: { other: m.row.table.key, row_name: m.row.name, row_amount: cell.text ?? '', how: m.how },
      });
    }
  },
};
