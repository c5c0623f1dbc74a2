import { formatFen } from '../../model/money.js';
import { labelCore } from '../narrative/concepts.js';
import { narrativeOf, statedFigure } from '../narrative/statements.js';
import { formFigure } from '../performance/form-figures.js';
import type { Rule } from '../rule.js';

// The 绩效管理情况 says how many project targets are published (公开项目绩效目标 N 个); the document should
// hold that many project forms. Fewer forms than stated is the common case (a selection attached); the
// finding names both numbers and the money the printed forms cover. With as many forms as stated, their
// 年度资金 adds up to the amount stated with them.

export const performanceFormsCount: Rule = {
  id: 'performance.forms-count',
  family: 'performance',
  severity: 'warning',
  title: '公开的绩效目标表数量与说明一致',
  description: '情况说明“绩效管理情况”中公开项目绩效目标的个数，应等于文档所附项目绩效目标表的张数（不一致时给出两个数字）；张数一致时，各表年度资金之和应等于说明中的涉及金额。',
  run(ctx, emit) {
    const forms = ctx.doc.forms.filter((f) => f.kind === 'project');
    for (const ns of narrativeOf(ctx)) {
      if (ns.kind !== 'performance') continue;
      for (const m of ns.scan.mentions) {
        if (m.kind !== 'count' || m.change || m.list !== null) continue;
        const core = labelCore(m.label, ctx.doc.entity);
        if (!/公开.*(绩效目标|项目)$/.test(core)) continue;
        const covered = forms.reduce((s, f) => s + (f.funds.annual.total?.fen ?? 0), 0);
        if (m.value === forms.length) {
          // As many forms as stated: then their 年度资金 is the amount stated with them (涉及项目金额 …).
          const i = ns.scan.mentions.indexOf(m);
          const amount = ns.scan.mentions.slice(i + 1).find((x) => x.sentence === m.sentence && x.kind === 'money' && !x.change);
          if (!amount) continue;
          const stated = statedFigure(ns, amount);
          const sum = forms.map((f) => formFigure(ctx, f, 'annual.total', f.funds.annual.total));
          emit.sum(stated, sum, { params: { other: 'performance', forms: forms.length } });
          continue;
        }
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
