import type { Mention } from '../narrative/scan.js';
import { checkShare, formatScaled } from '../narrative/share.js';
import { narrativeOf, type NarrativeSection, pickReading, resolveMention, shownLabel, statedFigure } from '../narrative/statements.js';
import type { CheckContext } from '../context.js';
import type { Figure } from '../figure.js';
import type { Rule } from '../rule.js';

// 比上年增长 X 万元，增长 Y%: last year's figure is not printed, but it is this year's less the change,
// so X and Y must agree with the figure they are about (Y = X / (this year − X), 四舍五入). The subject is
// the figure the sentence is about; since prose can leave it implicit, a mismatch is a warning.

/** This year's figure a change is about: the table figures its label names, else the stated amount. */
function subjectFigures(ctx: CheckContext, ns: NarrativeSection, m: Mention): Figure[] {
  const stated = statedFigure(ns, m);
  const res = resolveMention(ctx, ns, m);
  const r = res && !res.weak ? pickReading(ctx, res, stated) : null;
  return r && r.every((f) => f.printed) ? r : [stated];
}

const sum = (fs: readonly Figure[], value: (f: Figure) => number = (f) => f.fen) => fs.reduce((s, f) => s + value(f), 0);
const steps = (fs: readonly Figure[]) => fs.reduce((s, f) => s + f.step, 0);

function rate(p: Mention, change: Figure, subject: readonly Figure[], up: boolean, value?: (f: Figure) => number) {
  const c = value ? value(change) : change.fen;
  const v = sum(subject, value);
  const prior = up ? v - c : v + c;
  // Nothing last year (the change is all of this year's figure): no rate to compute — “增长100%” is the
  // usual way of saying so.
  if (2 * Math.abs(prior) <= steps(subject) + change.step) return { outcome: 'exact' as const, expected: BigInt(p.value) };
  return checkShare(p.value, p.decimals, c, change.step, prior, steps(subject) + change.step);
}

export const narrativeYoy: Rule = {
  id: 'narrative.yoy',
  family: 'narrative',
  severity: 'warning',
  title: '增减额与增减率相互一致',
  description: '情况说明中“比上年增加（减少）X 万元，增长（下降）Y%”的表述，Y 应等于 X 除以上年数（本年数减去增加额或加上减少额），四舍五入到印出的小数位。上年数为零（增加额即本年数）时不核对增长率。',
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
        const up = c.change === 'up';
        let expected: bigint | null = null;
        let base: Figure[] | null = null;
        for (const s of subjects) {
          const subject = subjectFigures(ctx, ns, s);
          const r = rate(p, changeFig, subject, up);
          if (r.outcome !== 'beyond') return;
          if (expected === null) {
            expected = r.expected;
            base = subject;
          }
        }
        if (expected === null || !base) return;
        const subject = base;
        emit.fact(
          {
            table: 'narrative',
            row: `${ns.section.title} / ${shownLabel(ns, c)}`,
            column: 'change_rate',
            expected: formatScaled(expected, p.decimals),
            actual: formatScaled(BigInt(p.value), p.decimals),
            difference: formatScaled(BigInt(p.value) - expected, p.decimals),
            unit: '%',
            line: ns.section.line,
            params: { name: shownLabel(ns, c), change: c.text, subject: subject.map((f) => f.text ?? '').join('+') },
          },
          // Tied to the figures it reads, so a wrong table figure behind it is reported once, there.
          { figures: [changeFig, ...subject], holds: (value) => rate(p, changeFig, subject, up, value).outcome !== 'beyond' },
        );
      });
    }
  },
};
