import { labelCore } from '../narrative/concepts.js';
import { narrativeOf, shownLabel } from '../narrative/statements.js';
import type { Rule } from '../rule.js';

// Counts the 情况说明 states that the tables can count: the projects under performance management (rows
// of the current-year project table) and the units with 机关运行经费 (unit rows of that table).

export const narrativeCount: Rule = {
  id: 'narrative.count',
  family: 'narrative',
  severity: 'warning',
  title: '说明中的数量与表格一致',
  description: '情况说明中可由表格数出的数量应与表格一致：纳入绩效目标管理的项目个数与项目支出表（本年预算）的项目行数，机关运行经费涉及的单位家数与机关运行经费表的单位行数。',
  run(ctx, emit) {
    for (const ns of narrativeOf(ctx)) {
      for (const m of ns.scan.mentions) {
        if (m.kind !== 'count' || m.change || m.prior || m.reason || m.list !== null) continue;
        const core = labelCore(m.label, ctx.doc.entity);
        let actual: number | null = null;
        let what = '';
        if (ns.kind === 'performance' && /(二级)?项目$/.test(core) && !/绩效目标/.test(core) && /个|项/.test(m.unit)) {
          const t = ctx.present('projects');
          if (!t) continue;
          actual = t.rows.filter((r) => r.kind === 'project').length;
          what = 'projects';
        } else if (ns.kind === 'admin' && /家|个/.test(m.unit) && /单位/.test(`${core}${m.after}`)) {
          const t = ctx.present('admin_running');
          if (!t) continue;
          actual = t.rows.filter((r) => r.kind === 'item').length;
          what = 'admin_running';
        }
        if (actual === null || actual === m.value) continue;
        emit.fact({
          table: 'narrative',
          row: `${ns.section.title} / ${shownLabel(ns, m)}`,
          column: 'count',
          expected: String(actual),
          actual: String(m.value),
          difference: String(m.value - actual),
          unit: m.unit,
          line: ns.section.line,
          params: { name: shownLabel(ns, m), other: what },
        });
      }
    }
  },
};
