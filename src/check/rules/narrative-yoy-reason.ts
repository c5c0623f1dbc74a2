import { REASON } from '../narrative/scan.js';
import { narrativeOf, shownLabel } from '../narrative/statements.js';
import type { Rule } from '../rule.js';

// A change against last year is explained: 原因是 / 主要是 / 由于 … in the same sentence or the next one
// of its paragraph. An unchanged figure (与上年相同, 持平) needs no reason.

export const narrativeYoyReason: Rule = {
  id: 'narrative.yoy-reason',
  family: 'narrative',
  severity: 'warning',
  title: '增减变动说明了原因',
  description: '情况说明中与上年相比有增减的表述，应在同一句或同段下一句说明原因（如“主要原因是……”）。',
  run(ctx, emit) {
    for (const ns of narrativeOf(ctx)) {
      const { sentences, mentions } = ns.scan;
      for (const s of sentences) {
        const change = mentions.find((m) => m.sentence === s.index && m.change !== null && m.value > 0 && !m.reason && m.project === null);
        if (!change) continue;
        const next = sentences[s.index + 1];
        if (REASON.test(s.text) || (next && next.paragraph === s.paragraph && REASON.test(next.text))) continue;
        emit.fact({
          table: 'narrative',
          row: `${ns.section.title} / ${shownLabel(ns, change)}`,
          column: 'reason',
          expected: null,
          actual: change.text,
          difference: null,
          unit: null,
          line: ns.section.line,
          params: { name: shownLabel(ns, change), sentence: s.text.slice(0, 80) },
        });
      }
    }
  },
};
