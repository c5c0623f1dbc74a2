import { formatFen } from '../../model/money.js';
import { labelCore } from '../narrative/concepts.js';
import { narrativeOf } from '../narrative/statements.js';
import type { Rule } from '../rule.js';

// The 绩效管理情况 says how many project targets are published (公开项目绩效目标 N 个); the document should
// hold that many project forms. Fewer forms than stated is the common case (a selection attached); the
// finding names both numbers and the money the printed forms cover.

export const performanceFormsCount: Rule = {
  id: 'performance.forms-count',
  family: 'performance',
  severity: 'warning',
  title: '公开的绩效目标表数量与说明一致',
  description: '情况说明“绩效管理情况”中公开项目绩效目标的个数，应等于文档所附项目绩效目标表的张数；不一致时给出两个数字。',
  run(ctx, emit) {
    const forms = ctx.doc.forms.filter((f) => f.kind === 'project');
    for (const ns of narrativeOf(ctx)) {
      if (ns.kind !== 'performance') continue;
      for (const m of ns.scan.mentions) {
        if (m.kind !== 'count' || m.change || m.list !== null) continue;
        const core = labelCore(m.label, ctx.doc.entity);
        if (!/公开.*(绩效目标|项目)$/.test(core)) continue;
        if (m.value === forms.length) continue;
        const covered = forms.reduce((s, f) => s + (f.funds.annual.total?.fen ?? 0), 0);
        emit.fact({
          table: 'performance',
          row: null,
          column: 'count',
          expected: String(m.value),
          actual: String(forms.length),
          difference: String(forms.length - m.value),
          unit: m.unit,
          line: ns.section.line,
          params: { stated: m.text, forms_amount: formatFen(covered, '万元', 2), section: ns.section.title },
        });
      }
    }
  },
};
