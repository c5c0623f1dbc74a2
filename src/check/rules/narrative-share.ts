import { resolveLabel } from '../narrative/concepts.js';
import type { Mention } from '../narrative/scan.js';
import { checkShare, formatScaled } from '../narrative/share.js';
import { firstReadingAbsent, isPrinted, narrativeOf, pickReading, resolveMention, shownLabel, statedFigure, type NarrativeSection } from '../narrative/statements.js';
import type { CheckContext } from '../context.js';
import type { Figure } from '../figure.js';
import type { Rule } from '../rule.js';

// 占 X%: the share is recomputed from the tables (numerator and whole as the labels name them, the
// whole being the 占…的 words or the head of the list the item belongs to) and 四舍五入 to the printed
// decimals; within what the printed figures allow it is 尾差, beyond it an error.

/** The table figures a stated amount names, or the stated amount where the label names none for sure. */
function tableOrStated(ctx: CheckContext, ns: NarrativeSection, m: Mention): Figure[] {
  const stated = statedFigure(ns, m);
  const res = resolveMention(ctx, ns, m);
  if (!res || res.weak) return [stated];
  const r = pickReading(ctx, res, stated);
  return !r || r.some((f) => f.absentTable !== undefined && !f.printed) ? [stated] : r;
}

const total = (fs: readonly Figure[], value: (f: Figure) => number = (f) => f.fen) => fs.reduce((s, f) => s + value(f), 0);
const steps = (fs: readonly Figure[]) => fs.reduce((s, f) => s + (f.printed ? f.step : 0), 0);
const shown = (fs: readonly Figure[]) => fs.map((f) => (f.text ?? '0').replace(/(亿元|万元|千元|元)$/, '')).join('+');

export const narrativeShare: Rule = {
  id: 'narrative.share',
  family: 'narrative',
  severity: 'error',
  title: '说明中的占比与表格一致',
  description:
    '情况说明中“占 X%”的比例，按表格数字重新计算（分子为该项金额，分母为“占……的”所指或所在列举的总额），四舍五入到说明印出的小数位后应一致；' +
    '在印出数字的舍入范围内的差异记为尾差。',
  run(ctx, emit) {
    for (const ns of narrativeOf(ctx)) {
      const ms = ns.scan.mentions;
      ms.forEach((p, pi) => {
        if (p.kind !== 'percent' || !p.share) return;
        let n: Mention | undefined;
        for (let j = pi - 1; j >= 0; j--) {
          const c = ms[j]!;
          if (c.sentence !== p.sentence) break;
          if (c.kind === 'money' && !c.change) {
            n = c;
            break;
          }
        }
        if (!n) return;
        const nf = tableOrStated(ctx, ns, n);
        let d: Figure[] | null = null;
        // In a unit's disclosure, a whole named 部门… may be the parent department's, which is not printed.
        let ambiguous = false;
        if (p.shareOf) {
          const res = resolveLabel(ctx, p.shareOf, ns.kind);
          // The whole is in a table left out or printed empty: that absence is the finding.
          if (res && firstReadingAbsent(ctx, res)) return;
          const printed = res?.readings.filter(isPrinted) ?? [];
          if (printed.length) d = printed.find((r) => r.every((f) => f.printed)) ?? printed[0]!;
          ambiguous = ctx.doc.level === 'unit' && /部门/.test(p.shareOf);
        } else if (n.list !== null) {
          const head = [...(ns.scan.lists[n.list]?.heads ?? [])].reverse().find((h) => h.kind === 'money');
          if (head) d = tableOrStated(ctx, ns, head);
        }
        if (!d) return;
        const den = d;
        const r = checkShare(p.value, p.decimals, total(nf), steps(nf), total(den), steps(den));
        if (r.outcome === 'exact') return;
        const stated = formatScaled(BigInt(p.value), p.decimals);
        const expected = formatScaled(r.expected, p.decimals);
        emit.fact(
          {
            table: 'narrative',
            row: `${ns.section.title} / ${shownLabel(ns, n)}`,
            column: 'share',
            expected,
            actual: stated,
            difference: formatScaled(BigInt(p.value) - r.expected, p.decimals),
            unit: '%',
            line: ns.section.line,
            params: { name: shownLabel(ns, n), numerator: shown(nf), denominator: shown(den), denominator_table: den[0]!.loc.table, denominator_name: den[0]!.loc.name ?? den[0]!.loc.row ?? '' },
          },
          {
            severity: r.outcome === 'rounding' ? 'info' : ambiguous ? 'warning' : 'error',
            figures: [...nf, ...den],
            holds: (value) => checkShare(p.value, p.decimals, total(nf, value), steps(nf), total(den, value), steps(den)).outcome !== 'beyond',
            params: r.outcome === 'rounding' ? { kind: 'rounding' } : ambiguous ? { ambiguous_whole: 1 } : {},
          },
        );
      });
    }
  },
};
