import type { Indicator } from '../../model/performance.js';
import { formName } from '../performance/form-figures.js';
import type { Rule } from '../rule.js';

// The indicator framework of 项目支出绩效目标: 产出 with 数量, 质量, 时效 and 成本 indicators (成本 may stand
// as a first-level indicator in newer frameworks), at least one 效益 and one 满意度 indicator — in each
// period the form prints (实施期, 年度).

const REQUIRED: ReadonlyArray<{ level: string; test: (i: Indicator) => boolean }> = [
  { level: '数量指标', test: (i) => /数量/.test(i.level2 ?? '') },
  { level: '质量指标', test: (i) => /质量/.test(i.level2 ?? '') },
  { level: '时效指标', test: (i) => /时效/.test(i.level2 ?? '') },
  { level: '成本指标', test: (i) => /成本/.test(`${i.level2 ?? ''}${i.level1 ?? ''}`) },
  { level: '效益指标', test: (i) => /效益|可持续/.test(`${i.level1 ?? ''}${i.level2 ?? ''}`) },
  // A satisfaction indicator printed under a neighbouring level label still measures satisfaction.
  { level: '满意度指标', test: (i) => /满意/.test(`${i.level1 ?? ''}${i.level2 ?? ''}${i.name}`) },
];

const PERIOD_ZH: Record<string, string> = { implementation: '实施期', annual: '年度' };

export const performanceLevels: Rule = {
  id: 'performance.levels',
  family: 'performance',
  severity: 'warning',
  title: '绩效指标层级齐全',
  description: '项目绩效目标表每个期间（实施期、年度）都应有产出指标中的数量、质量、时效、成本指标，以及至少一项效益指标和一项满意度指标（指标名称不能为空）。',
  run(ctx, emit) {
    for (const f of ctx.doc.forms) {
      if (f.kind !== 'project') continue;
      const periods = [...new Set(f.indicators.map((i) => i.period))];
      const missing = new Map<string, string[]>();
      for (const period of periods) {
        const list = f.indicators.filter((i) => i.period === period && i.name.trim() !== '');
        const m = REQUIRED.filter((r) => !list.some(r.test)).map((r) => r.level);
        if (m.length) missing.set(period, m);
      }
      if (!missing.size) continue;
      const lists = [...missing.values()].map((m) => m.join('、'));
      const same = missing.size === periods.length && lists.every((l) => l === lists[0]);
      const actual = same ? lists[0]! : [...missing.entries()].map(([p, m]) => `${PERIOD_ZH[p] ?? p}：${m.join('、')}`).join('；');
      emit.fact({ table: 'performance', row: formName(f), column: 'indicators', expected: REQUIRED.map((r) => r.level).join('、'), actual, difference: null, unit: null, line: f.line, params: { missing: Math.max(...[...missing.values()].map((m) => m.length)), unit_name: f.unit ?? '' } });
    }
  },
};
