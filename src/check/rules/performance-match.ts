import { absentProjectTables, matchForms } from '../performance/match.js';
import type { Rule } from '../rule.js';

// Every form has its row in the project tables, under the same unit and name. A form found only by the
// closest name (same unit and amount), or under a unit spelled differently, is worth a look: one of the
// two names is misprinted. A form with no row at all is a project the tables do not show.

export const performanceMatch: Rule = {
  id: 'performance.match',
  family: 'performance',
  severity: 'warning',
  title: '绩效目标表与项目支出表对应',
  description:
    '每张项目绩效目标表应能在项目支出表中按“实施单位 + 项目名称”（全角半角、标点归一后）找到对应项目；只能按同单位同金额的最相近名称对应、' +
    '或实施单位名称不同、或找不到对应项目时给出警告，并列出两边的名称。',
  run(ctx, emit) {
    if (!ctx.table('projects') && !ctx.table('projects_carryover')) return;
    // A form without its row while a project table is absent: the absence's finding stands for it.
    const absent = absentProjectTables(ctx).map((k) => ctx.missing(k, null, null));
    for (const m of matchForms(ctx)) {
      const f = m.form;
      if (m.how === 'exact' && !m.unitDiffers) continue;
      const row = m.row ? m.row.table.rows[m.row.index]! : null;
      emit.fact({
        table: 'performance',
        row: f.project,
        column: m.how === 'exact' ? 'unit' : 'project',
        expected: row ? (m.how === 'exact' ? m.row!.unit : row.name) : null,
        actual: m.how === 'exact' ? f.unit : f.project,
        difference: m.how === 'approximate' ? String(m.distance) : null,
        unit: null,
        line: f.line,
        params: {
          kind: m.how === 'none' ? 'unmatched' : m.how === 'approximate' ? 'name' : 'unit',
          form_unit: f.unit ?? '',
          table: m.row?.table.key ?? 'projects',
          row_unit: m.row?.unit ?? '',
          row_name: row?.name ?? '',
          row_line: row?.line ?? 0,
          ...(m.how === 'approximate' && m.unitDiffers ? { unit_differs: 1 } : {}),
        },
      }, m.how === 'none' ? { figures: absent } : {});
    }
  },
};
