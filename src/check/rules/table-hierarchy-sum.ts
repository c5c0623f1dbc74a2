import type { Rule } from '../rule.js';
import { amountColumns, childrenByLevel } from '../table-shape.js';

// Every 类 = Σ its 款, every 款 = Σ its 项 (function classification), every economic class = Σ its
// items, in every amount column. Children are read from the printed levels and order, so rows whose code
// the catalogue does not know still count.

const ITEM = new Set(['item']);

export const tableHierarchySum: Rule = {
  id: 'table.hierarchy-sum',
  family: 'table',
  severity: 'error',
  title: '上级科目等于下级科目之和',
  description: '按科目分级列示的表中，每个类级科目应等于其下款级科目之和，每个款级科目应等于其下项级科目之和（经济分类同理），逐列核对。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      for (const [i, kids] of childrenByLevel(t, ITEM)) {
        const r = t.rows[i]!;
        // A row printing no figure at all is a heading over its items (政府采购 categories), not a sum.
        if (!Object.keys(r.cells).length) continue;
        const cols = amountColumns(t, r);
        for (const col of cols) {
          if (r.cells[col] === undefined && !kids.some((k) => t.rows[k]!.cells[col] !== undefined)) continue;
          emit.sum(ctx.cell(t, i, col), kids.map((k) => ctx.cell(t, k, col)), { params: { children: kids.length } });
        }
      }
    }
  },
};
