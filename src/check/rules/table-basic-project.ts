import type { Rule } from '../rule.js';
import { columnsOf, sides } from '../table-shape.js';

// 合计 = 基本支出 + 项目支出 on every row of expense-by-purpose tables (支出总表, 一般公共预算支出表,
// 政府性基金支出表, 国有资本经营预算支出). Where a side prints no 合计 column its first column is the total.

export const tableBasicProject: Rule = {
  id: 'table.basic-project',
  family: 'table',
  severity: 'error',
  title: '合计等于基本支出加项目支出',
  description: '按支出性质分列的表中，每一行的“合计”应等于“基本支出”与“项目支出”（及单列的预留机动经费）之和。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      for (const side of sides(t)) {
        const cols = columnsOf(t, side).map((c) => c.key);
        if (!cols.includes('basic') || !cols.includes('project')) continue;
        const total = cols.includes('total') ? 'total' : cols.find((k) => k !== 'basic' && k !== 'project' && k !== 'reserve');
        if (!total) continue;
        const parts = ['basic', 'project', ...(cols.includes('reserve') ? ['reserve'] : [])];
        t.rows.forEach((r, i) => {
          if (side !== null && r.side !== null && r.side !== side) return;
          if (r.cells[total] === undefined && !parts.some((k) => r.cells[k] !== undefined)) return;
          emit.sum(ctx.cell(t, i, total), parts.map((k) => ctx.cell(t, i, k)), { params: { parts: parts.join('+') } });
        });
      }
    }
  },
};
