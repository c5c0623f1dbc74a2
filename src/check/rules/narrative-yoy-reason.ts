import type { Mention } from '../narrative/scan.js';
import { REASON } from '../narrative/scan.js';
import { narrativeOf, shownLabel, type NarrativeSection } from '../narrative/statements.js';
import type { Rule } from '../rule.js';

// A change against last year is explained: 原因是 / 主要是 / 由于 … in the same sentence or the next one
// of its paragraph, or in the items of a breakdown that follows (其中：… 主要原因是 …). The same change
// stated again elsewhere (the 收入 total repeating the change of the 收支 total) needs no second reason.
// An unchanged figure (与上年相同, 持平) needs none.

function locallyExplained(ns: NarrativeSection, m: Mention): boolean {
  const { sentences } = ns.scan;
  const s = sentences[m.sentence]!;
  const next = sentences[m.sentence + 1];
  if (REASON.test(s.text) || (next && next.paragraph === s.paragraph && REASON.test(next.text))) return true;
  const breakdownFollows = /(其中|如下|包括)[:：]?$/.test(s.text.replace(/[。\s]+$/, '')) || (next !== undefined && /^(其中|具体情况如下|包括)[:：]?$/.test(next.text.replace(/[。\s]+$/, '')));
  return breakdownFollows && sentences.slice(m.sentence + 1).some((x) => REASON.test(x.text));
}

export const narrativeYoyReason: Rule = {
  id: 'narrative.yoy-reason',
  family: 'narrative',
  severity: 'warning',
  title: '增减变动说明了原因',
  description: '情况说明中与上年相比有增减的表述，应在同一句、同段下一句或随后的分项中说明原因（如“主要原因是……”）；同一增减已在别处说明原因的不再要求。',
  run(ctx, emit) {
    const key = (m: Mention) => `${m.change}:${m.value}`;
    const open: Array<{ ns: NarrativeSection; m: Mention }> = [];
    const explained = new Set<string>();
    for (const ns of narrativeOf(ctx)) {
      const seen = new Set<number>();
      for (const m of ns.scan.mentions) {
        if (m.change === null || m.value <= 0 || m.reason || m.project !== null || seen.has(m.sentence)) continue;
        seen.add(m.sentence);
        if (locallyExplained(ns, m)) explained.add(key(m));
        else open.push({ ns, m });
      }
    }
    for (const { ns, m } of open) {
      if (explained.has(key(m))) continue;
      emit.fact({
        table: 'narrative',
        row: `${ns.section.title} / ${shownLabel(ns, m)}`,
        column: 'reason',
        expected: null,
        actual: m.text,
        difference: null,
        unit: null,
        line: ns.section.line,
        params: { name: shownLabel(ns, m), sentence: ns.scan.sentences[m.sentence]!.text.slice(0, 80) },
      });
    }
  },
};
