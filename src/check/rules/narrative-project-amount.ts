import { fold } from '../../text/fold.js';
import type { Figure } from '../figure.js';
import { narrativeOf, statedFigure } from '../narrative/statements.js';
import { evaluate } from '../checks.js';
import type { Rule } from '../rule.js';

// Projects named in 《…》 with an amount (新增《X》项目 … 60万元) against the rows of that name in the
// project tables. Prose may state a part of a project's money (one source of several), so a mismatch
// is a warning.

export const narrativeProjectAmount: Rule = {
  id: 'narrative.project-amount',
  family: 'narrative',
  severity: 'warning',
  title: '说明中点名项目的金额与项目表一致',
  description: '情况说明中以《》点名并给出金额的项目，应能在项目支出表中找到同名项目且金额一致（说明可能只讲其中一种资金来源，故为警告）。',
  run(ctx, emit) {
    const rows: Array<{ name: string; figure: Figure }> = [];
    for (const key of ['projects', 'projects_carryover']) {
      const t = ctx.present(key);
      if (!t) continue;
      t.rows.forEach((r, i) => {
        if (r.kind === 'project') rows.push({ name: fold(r.name), figure: ctx.cell(t, i, ctx.mainColumn(t, i)) });
      });
    }
    if (!rows.length) return;
    for (const ns of narrativeOf(ctx)) {
      for (const m of ns.scan.mentions) {
        if (m.kind !== 'money' || !m.project || m.change || m.prior) continue;
        const name = fold(m.project);
        const named = rows.filter((r) => r.name === name || r.name.includes(name) || name.includes(r.name));
        if (!named.length) continue;
        const stated = statedFigure(ns, m);
        const same = named.find((r) => evaluate({ kind: 'sum', rule: '', severity: 'warning', lhs: stated, terms: [{ figure: r.figure, coef: 1 }], relation: 'eq' }).outcome !== 'beyond');
        emit.sum(stated, [(same ?? named[0]!).figure], { params: { project: m.project, rows: named.length } });
      }
    }
  },
};
