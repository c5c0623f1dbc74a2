import { fold } from '../../text/fold.js';
import { formName } from '../performance/form-figures.js';
import type { Rule } from '../rule.js';

// The same indicator (name and value) printed twice in one period of a form (a copy-paste, or rows repeated by the
// system), and indicator rows with a value but no name.

export const performanceIndicatorDuplicates: Rule = {
  id: 'performance.indicator-duplicates',
  family: 'performance',
  severity: 'warning',
  title: '绩效指标不重复、不缺名称',
  description: '同一绩效目标表同一期间内不应出现名称和指标值都相同的重复指标，也不应有只有指标值而没有名称的指标行。',
  run(ctx, emit) {
    for (const f of ctx.doc.forms) {
      const periods = new Map<string, { seen: Map<string, number>; unnamed: number }>();
      for (const i of f.indicators) {
        const p = periods.get(i.period) ?? { seen: new Map(), unnamed: 0 };
        periods.set(i.period, p);
        const name = fold(i.name);
        if (!name) {
          if (i.value.trim()) p.unnamed++;
          continue;
        }
        // Same name and same value: names cut short in the 年度 column may coincide for different indicators.
        const key = `${name}\u0000${fold(i.value)}`;
        p.seen.set(key, (p.seen.get(key) ?? 0) + 1);
      }
      for (const [period, p] of periods) {
        const dups = [...p.seen.entries()].filter(([, n]) => n > 1);
        const extra = dups.reduce((s, [, n]) => s + n - 1, 0);
        if (!extra && !p.unnamed) continue;
        emit.fact({
          table: 'performance',
          row: formName(f),
          column: period,
          expected: null,
          actual: dups.slice(0, 4).map(([key, n]) => `${key.split('\u0000')[0]}×${n}`).join('、') || null,
          difference: null,
          unit: null,
          line: f.line,
          params: { duplicates: extra, names: dups.length, unnamed: p.unnamed },
        });
      }
    }
  },
};
