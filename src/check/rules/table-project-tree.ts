import type { Rule } from '../rule.js';
import { amountColumns } from '../table-shape.js';

// Project tables: the department = Σ its units, each unit = Σ its projects, in every column. A unit's
// projects are the project rows printed after it up to the next unit or department.

export const tableProjectTree: Rule = {
  id: 'table.project-tree',
  family: 'table',
  severity: 'error',
  title: '部门等于各单位之和，单位等于各项目之和',
  description: '项目支出表中，部门行应等于其下各单位行之和，每个单位行应等于其下各项目行之和，逐列核对（没有单位行时部门等于各项目之和）。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      if (!t.rows.some((r) => r.kind === 'project')) continue;
      const groups: Array<{ head: number; parts: number[] }> = [];
      let dept: { head: number; parts: number[] } | null = null;
      let unit: { head: number; parts: number[] } | null = null;
      t.rows.forEach((r, i) => {
        if (r.kind === 'department') {
          dept = { head: i, parts: [] };
          groups.push(dept);
          unit = null;
        } else if (r.kind === 'unit') {
          unit = { head: i, parts: [] };
          groups.push(unit);
          if (dept) dept.parts.push(i);
        } else if (r.kind === 'project') {
          if (unit) unit.parts.push(i);
          else if (dept) dept.parts.push(i);
        }
      });
      for (const g of groups) {
        if (!g.parts.length) continue;
        const head = t.rows[g.head]!;
        for (const col of amountColumns(t, head)) {
          if (head.cells[col] === undefined && !g.parts.some((k) => t.rows[k]!.cells[col] !== undefined)) continue;
          emit.sum(ctx.cell(t, g.head, col), g.parts.map((k) => ctx.cell(t, k, col)), { params: { children: g.parts.length, level: head.kind } });
        }
      }
    }
  },
};
