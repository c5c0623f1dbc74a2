import type { Mention } from '../narrative/scan.js';
import { checkShare, formatScaled } from '../narrative/share.js';
import { narrativeOf, type NarrativeSection, pickReading, resolveMention, shownLabel, statedFigure } from '../narrative/statements.js';
import type { CheckContext } from '../context.js';
import type { Figure } from '../figure.js';
import type { Rule } from '../rule.js';

// 比上年增长 X 万元，增长 Y%: last year's figure is not printed, but it is this year's less the change,
// so X and Y must agree with the figure they are about (Y = X / (this year − X), 四舍五入). The subject is
// the figure the sentence is about; since prose can leave it implicit, a mismatch is a warning.

function valueOf(ctx: CheckContext, ns: NarrativeSection, m: Mention): Figure {
  const stated = statedFigure(ns, m);
  const res = resolveMention(ctx, ns, m);
  if (!res?.figures.length) return stated;
  const f = pickReading(res, stated);
  return f.printed ? f : stated;
}

export const narrativeYoy: Rule = {
  id: 'narrative.yoy',
  family: 'narrative',
  severity: 'warning',
  title: '增减额与增减率相互一致',
  description: '情况说明中“比上年增加（减少）X 万元，增长（下降）Y%”的表述，Y 应等于 X 除以上年数（本年数减去增加额或加上减少额），四舍五入到印出的小数位。',
  run(ctx, emit) {
    for (const ns of narrativeOf(ctx)) {
      const ms = ns.scan.mentions;
      ms.forEach((c, ci) => {
        if (c.kind !== 'money' || !c.change) return;
        const p = ms.slice(ci + 1).find((x) => x.sentence === c.sentence && x.kind === 'percent' && x.change !== null);
        if (!p || ms.slice(ci + 1, ms.indexOf(p)).some((x) => x.kind === 'money')) return;
        const subjects = ms.slice(0, ci).filter((x) => x.sentence === c.sentence && x.kind === 'money' && !x.change && !x.share && !x.reason).reverse();
        subjects.sort((a, b) => Number(a.list !== null) - Number(b.list !== null));
        if (!subjects.length) return;
        const changeFig = statedFigure(ns, c);
        let expected: bigint | null = null;
        let base: Figure | null = null;
        for (const s of subjects) {
          const v = valueOf(ctx, ns, s);
          const prior = c.change === 'up' ? v.fen - c.value : v.fen + c.value;
          const r = checkShare(p.value, p.decimals, c.value, changeFig.step, prior, v.step + changeFig.step);
          if (r.outcome !== 'beyond') return;
          if (expected === null) {
            expected = r.expected;
            base = v;
          }
        }
        if (expected === null || !base) return;
        emit.fact({
          table: 'narrative',
          row: `${ns.section.title} / ${shownLabel(ns, c)}`,
          column: 'change_rate',
          expected: formatScaled(expected, p.decimals),
          actual: formatScaled(BigInt(p.value), p.decimals),
          difference: formatScaled(BigInt(p.value) - expected, p.decimals),
          unit: '%',
          line: ns.section.line,
          params: { name: shownLabel(ns, c), change: c.text, subject: base.text ?? '' },
        });
      });
    }
  },
};
