import { isLevel, narrativeOf, pickReading, resolveMention, statedFigure } from '../narrative/statements.js';
import type { Rule } from '../rule.js';

// Every amount the 情况说明 states for a figure it names (收入总计, 基本支出, 卫生健康支出, “三公”经费 …)
// equals that figure in the tables. Figures stated with fewer decimals (19155.7万元) are compared under
// the rounding model; a label the vocabulary reads only from its sentence (涉及金额) gives a warning.

export const narrativeAmount: Rule = {
  id: 'narrative.amount',
  family: 'narrative',
  severity: 'error',
  title: '说明中的金额与表格一致',
  description:
    '情况说明中每个指明了对象的金额（如预算收入总计、本年收入、上年结转、基本支出、项目支出、人员经费、各功能类支出、“三公”经费、机关运行经费），' +
    '应等于表格中该对象的数字（按所在小节选择对应的表）。只能从上下文推断对象的金额（如“涉及金额”）不符时给出警告。',
  run(ctx, emit) {
    for (const ns of narrativeOf(ctx)) {
      for (const m of ns.scan.mentions) {
        if (m.kind !== 'money' || !isLevel(m) || m.closing) continue;
        const res = resolveMention(ctx, ns, m);
        if (!res) continue;
        const stated = statedFigure(ns, m);
        const reading = pickReading(ctx, res, stated);
        if (!reading) continue;
        const first = reading[0]!;
        emit.sum(stated, reading, {
          severity: res.weak ? 'warning' : 'error',
          params: { concept: res.concept, other: first.loc.table, other_row: reading.length > 1 ? reading.map((f) => f.loc.name ?? f.loc.row).join(' + ') : (first.loc.name ?? first.loc.row ?? ''), other_column: first.loc.column ?? '' },
        });
      }
    }
  },
};
