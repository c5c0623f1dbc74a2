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

/** What an item of a list names: its label, or for an amount after a count (52个，涉及金额…) the count's label. */
function itemNames(ctx: CheckContext, list: List): string[] {
  let lastCount = '';
  return list.items.map((m) => {
    const own = labelCore(m.label, ctx.doc.entity);
    if (m.kind === 'count') lastCount = own;
    return m.kind === 'money' && lastCount ? lastCount : own;
  });
}

const plainLevel = (m: Mention) => !m.prior && !m.change && !m.share;

/**
 * The same breakdown stated twice in a section (纳入绩效目标管理的项目86个，共计金额10,958.74万元 … 其中：其他运转类
 * 项目52个，涉及金额8,535.55万元 …; 公开项目绩效目标86个，涉及项目金额10,958.74万元 … 其中：其他运转类项目52个，
 * 涉及项目金额8,535.55万元 …): the same wholes, and items named alike in the same order, are the same figures.
 * A part misprinted in one of them is then told from its twin, where the sum alone cannot say which part is wrong.
 */
export function restatedChecks(ctx: CheckContext, emit: Emitter, ns: NarrativeSection): void {
  const lists = ns.scan.lists.filter((l) => l.marker !== 'including' && l.items.length >= 2 && [...l.items, ...l.heads].every(plainLevel));
  const names = lists.map((l) => itemNames(ctx, l));
  for (let a = 0; a < lists.length; a++) {
    for (let b = a + 1; b < lists.length; b++) {
      const [la, lb] = [lists[a]!, lists[b]!];
      const [na, nb] = [names[a]!, names[b]!];
      if (la.items.length !== lb.items.length || la.heads.length !== lb.heads.length) continue;
      const same = la.items.every((m, i) => m.kind === lb.items[i]!.kind && m.unit === lb.items[i]!.unit && na[i] !== '' && na[i] === nb[i]);
      // The same wholes, printed alike: two breakdowns of different wholes (一般公共预算 and 政府性基金, each
      // 其中 基本支出 …, 项目支出 …) name their items alike too.
      const wholes = la.heads.length > 0 && la.heads.every((h, i) => h.kind === lb.heads[i]!.kind && h.unit === lb.heads[i]!.unit && h.value === lb.heads[i]!.value);
      if (!same || !wholes) continue;
      for (const [x, y] of la.items.map((m, i) => [m, lb.items[i]!] as const)) {
        const col = x.kind === 'money' ? 'amount' : 'count';
        emit.sum(statedFigure(ns, y, col), [statedFigure(ns, x, col)], { params: { name: shownLabel(ns, y), kind: 'restated', other_row: shownLabel(ns, x) } });
      }
    }
  }
}

export const isProcurement = (ctx: CheckContext, list: List) => list.heads.some((h) => /政府采购/.test(labelCore(h.label, ctx.doc.entity)));

export const narrativeBreakdown: Rule = {
  id: 'narrative.breakdown',
  family: 'narrative',
  severity: 'error',
  title: '说明中分项与总数相符',
  description:
    '情况说明中“总数 + 其中/包括 + 分项”或“分项 + 共计”的表述：分项之和不应超过总数；“其中”列举未以“等”结尾时、以及“共计”，分项之和应等于总数（“其中”列举不足时给出警告）。适用于金额和数量（个、辆等）。' +
    '同一小节中对同一总数（印出的总数相同）的分项表述出现两次（分项名称、顺序相同）时，两处的各分项应分别相等。',
  run(ctx, emit) {
    for (const ns of narrativeOf(ctx)) {
      for (const list of ns.scan.lists) {
        if (isProcurement(ctx, list)) continue;
        listChecks(ctx, emit, ns, list, 'auto');
      }
      restatedChecks(ctx, emit, ns);
    }
  },
};
