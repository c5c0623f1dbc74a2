import { formFigure } from '../performance/form-figures.js';
import type { Rule } from '../rule.js';

// 年度资金 ≤ 实施期资金: a year is part of the implementation period, in total and source by source.

export const performanceFundsPeriods: Rule = {
  id: 'performance.funds-periods',
  family: 'performance',
  severity: 'error',
  title: '年度资金不超过实施期资金',
  description: '项目绩效目标表的年度资金总额不应超过实施期资金总额；逐项资金来源也不应超过（来源超过时为警告）。',
  run(ctx, emit) {
    for (const f of ctx.doc.forms) {
      if (f.kind !== 'project') continue;
      const impl = f.funds.implementation;
      const ann = f.funds.annual;
      if (impl.total && ann.total) {
        emit.atMost(formFigure(ctx, f, 'annual.total', ann.total), [formFigure(ctx, f, 'implementation.total', impl.total)], { params: { unit_name: f.unit ?? '' } });
      }
      for (const [k, a] of Object.entries(ann.sources)) {
        const i = impl.sources[k as keyof typeof impl.sources];
        if (!a || !i) continue;
        emit.atMost(formFigure(ctx, f, `annual.${k}`, a), [formFigure(ctx, f, `implementation.${k}`, i)], { severity: 'warning', params: { source: k } });
      }
    }
  },
};
