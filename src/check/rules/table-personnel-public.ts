import type { Rule } from '../rule.js';

// 合计 = 人员经费 + 公用经费 on every row of basic-expenditure tables by economic classification.

export const tablePersonnelPublic: Rule = {
  id: 'table.personnel-public',
  family: 'table',
  severity: 'error',
  title: '合计等于人员经费加公用经费',
  description: '基本支出按经济科目分列的表中，每一行的“合计”应等于“人员经费”与“公用经费”之和。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      if (!ctx.hasColumn(t, 'personnel') || !ctx.hasColumn(t, 'public_use')) continue;
      const total = ctx.hasColumn(t, 'total') ? 'total' : null;
      if (!total) continue;
      t.rows.forEach((r, i) => {
        if (r.cells[total] === undefined && r.cells.personnel === undefined && r.cells.public_use === undefined) return;
        emit.sum(ctx.cell(t, i, total), [ctx.cell(t, i, 'personnel'), ctx.cell(t, i, 'public_use')], { params: { parts: 'personnel+public_use' } });
      });
    }
  },
};
