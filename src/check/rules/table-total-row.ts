import type { Rule } from '../rule.js';
import { amountColumns } from '../table-shape.js';

// The 合计 row = Σ the top-level rows (类 of coded tables, classes of economic tables, units of 机关运行经费
// tables). Tables whose rows carry semantic roles (收支总表, 三公经费) and project trees have their own rules.

export const tableTotalRow: Rule = {
  id: 'table.total-row',
  family: 'table',
  severity: 'error',
  title: '合计行等于各项之和',
  description: '表的“合计”（部门合计）行应等于其下最高一级各行之和（功能分类的类级科目、经济分类的类、机关运行经费表的各单位），逐列核对。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      const ti = t.rows.findIndex((r) => r.kind === 'total' && (r.role === 'total' || r.role === null));
      if (ti < 0) continue;
      const items = t.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === 'item');
      if (!items.length) continue;
      const top = Math.min(...items.map(({ r }) => r.level));
      const topItems = items.filter(({ r }) => r.level === top);
      // Top rows with roles (“三公” items) are not a plain list: their own rule knows how they add up.
      if (topItems.some(({ r }) => r.role !== null)) continue;
      const parts = topItems.map(({ i }) => i);
      const total = t.rows[ti]!;
      for (const col of amountColumns(t, total)) {
        if (total.cells[col] === undefined && !parts.some((k) => t.rows[k]!.cells[col] !== undefined)) continue;
        emit.sum(ctx.cell(t, ti, col), parts.map((k) => ctx.cell(t, k, col)), { params: { children: parts.length } });
      }
    }
  },
};
