import { fold } from '../../text/fold.js';
import { formName } from '../performance/form-figures.js';
import type { Rule } from '../rule.js';

// Forms printing 实施期 and 年度 indicators usually hold the same indicators (the 年度 column often cuts the
// names short). Indicators in one period only are noted: legitimate for a multi-year project, worth a
// reason otherwise.

const same = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

export const performancePeriodSets: Rule = {
  id: 'performance.period-sets',
  family: 'performance',
  severity: 'info',
  title: '实施期与年度指标一致',
  description: '同时列出实施期和年度指标的绩效目标表，两期的指标名称应对应（年度栏名称被截短的视为相同）；不一致时提示说明理由。',
  run(ctx, emit) {
    for (const f of ctx.doc.forms) {
      const impl = f.indicators.filter((i) => i.period === 'implementation' && i.name.trim()).map((i) => fold(i.name));
      const ann = f.indicators.filter((i) => i.period === 'annual' && i.name.trim()).map((i) => fold(i.name));
      if (!impl.length || !ann.length) continue;
      const onlyImpl = [...new Set(impl.filter((a) => !ann.some((b) => same(a, b))))];
      const onlyAnn = [...new Set(ann.filter((b) => !impl.some((a) => same(a, b))))];
      if (!onlyImpl.length && !onlyAnn.length) continue;
      emit.fact({
        table: 'performance',
        row: formName(f),
        column: 'indicators',
        expected: onlyImpl.slice(0, 3).join('、') || null,
        actual: onlyAnn.slice(0, 3).join('、') || null,
        difference: null,
        unit: null,
        line: f.line,
        params: { only_implementation: onlyImpl.length, only_annual: onlyAnn.length },
      });
    }
  },
};
