import type { List, Mention } from '../narrative/scan.js';
import { labelCore } from '../narrative/concepts.js';
import { narrativeOf, type NarrativeSection, shownLabel, statedFigure } from '../narrative/statements.js';
import type { CheckContext } from '../context.js';
import type { Emitter, Rule } from '../rule.js';

// A stated whole and its stated parts (其中 …, 主要包括 …, … 共计): parts never add up to more than the
// whole; a 其中 list that does not end in 等 and a 共计 closing its parts add up to it exactly. Amounts
// and counts alike (辆, 个), last year's as well: this is the text's own arithmetic.

const measure = (m: Mention) => (m.kind === 'money' ? 'money' : `${m.kind}:${m.unit}`);

export function listChecks(ctx: CheckContext, emit: Emitter, ns: NarrativeSection, list: List, exhaustive: 'error' | 'warning' | 'auto'): void {
  const groups = new Map<string, Mention[]>();
  for (const m of list.items) {
    if (m.kind === 'percent') continue;
    const k = measure(m);
    groups.set(k, [...(groups.get(k) ?? []), m]);
  }
  for (const [k, items] of groups) {
    const head = [...list.heads].reverse().find((h) => measure(h) === k);
    if (!head || items.length < 2) continue;
    const lhs = statedFigure(ns, head, head.kind === 'money' ? 'amount' : 'count');
    const parts = items.map((m) => statedFigure(ns, m, m.kind === 'money' ? 'amount' : 'count'));
    const params = { name: shownLabel(ns, head), parts: items.length, marker: list.marker };
    if (exhaustive === 'error' || list.marker === 'closing') {
      emit.sum(lhs, parts, { params });
    } else {
      emit.atLeast(lhs, parts, { params });
      if (exhaustive === 'auto' && list.marker === 'of-which' && !list.etc) emit.atMost(lhs, parts, { severity: 'warning', params: { ...params, short: 1 } });
    }
  }
  void ctx;
}

export const isProcurement = (ctx: CheckContext, list: List) => list.heads.some((h) => /政府采购/.test(labelCore(h.label, ctx.doc.entity)));

export const narrativeBreakdown: Rule = {
  id: 'narrative.breakdown',
  family: 'narrative',
  severity: 'error',
  title: '说明中分项与总数相符',
  description:
    '情况说明中“总数 + 其中/包括 + 分项”或“分项 + 共计”的表述：分项之和不应超过总数；“其中”列举未以“等”结尾时、以及“共计”，分项之和应等于总数（“其中”列举不足时给出警告）。适用于金额和数量（个、辆等）。',
  run(ctx, emit) {
    for (const ns of narrativeOf(ctx)) {
      for (const list of ns.scan.lists) {
        if (isProcurement(ctx, list)) continue;
        listChecks(ctx, emit, ns, list, 'auto');
      }
    }
  },
};
