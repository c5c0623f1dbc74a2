import type { Table } from '../../model/disclosure.js';
import { fold } from '../../text/fold.js';
import type { CheckContext } from '../context.js';
import type { Figure } from '../figure.js';
import { threePublicFigure } from '../lookups.js';
import type { Rule } from '../rule.js';

// “三公”经费 vs where the same money shows elsewhere: the economic-classification rows of basic
// expenditure (因公出国（境）费用 30212, 公务接待费 30217, 公务用车运行维护费 30231, 公务用车购置 31013) plus
// the projects named after the item. The 三公 figure covers all fiscal money, so it is never less than
// those; more is possible (projects named otherwise) and only noted.

const ITEMS: ReadonlyArray<{ role: string; codes: readonly string[]; name: string }> = [
  { role: 'abroad', codes: ['30212'], name: '因公出国' },
  { role: 'reception', codes: ['30217'], name: '公务接待' },
  { role: 'vehicle_operation', codes: ['30231'], name: '公务用车运行维护' },
  { role: 'vehicle_purchase', codes: ['31013'], name: '公务用车购置' },
];

function econFigures(ctx: CheckContext, t: Table, codes: readonly string[], role: string): Figure[] {
  const out: Figure[] = [];
  t.rows.forEach((r, i) => {
    if (r.kind !== 'item') return;
    if ((r.code && codes.includes(r.code)) || (r.role === role && !r.code)) out.push(ctx.cell(t, i, ctx.mainColumn(t, i)));
  });
  return out;
}

function projectFigures(ctx: CheckContext, name: string): Figure[] {
  const out: Figure[] = [];
  for (const key of ['projects', 'projects_carryover']) {
    const t = ctx.present(key);
    if (!t) continue;
    const col = t.columns.some((c) => c.key === 'general_public') ? 'general_public' : null;
    t.rows.forEach((r, i) => {
      if (r.kind === 'project' && fold(r.name).includes(name)) out.push(ctx.cell(t, i, col ?? ctx.mainColumn(t, i)));
    });
  }
  return out;
}

export const crossThreePublicEcon: Rule = {
  id: 'cross.three-public-econ',
  family: 'cross',
  severity: 'error',
  title: '“三公”经费与基本支出经济科目、项目一致',
  description:
    '“三公”经费表的公务用车运行维护费（及因公出国（境）费、公务接待费、公务用车购置费）不应少于一般公共预算基本支出经济科目表中对应科目的金额加上名称为该项的项目金额；多于此数时作为提示（可能含其他名称的项目资金）。',
  run(ctx, emit) {
    const tp = ctx.present('three_public') ?? ctx.present('three_public_admin');
    const econ = ctx.present('gpb_basic_econ');
    if (!tp || !econ) return;
    for (const item of ITEMS) {
      const lhs = threePublicFigure(ctx, tp, item.role);
      if (!lhs) continue;
      const parts = [...econFigures(ctx, econ, item.codes, item.role), ...projectFigures(ctx, item.name)];
      if (!parts.length) continue;
      emit.atLeast(lhs, parts, { params: { other: 'gpb_basic_econ', item: item.role } });
      const expected = parts.reduce((s, p) => s + p.fen, 0);
      if (lhs.fen - expected > lhs.step) {
        // More than is visible elsewhere: project money spent on the item under other names. Worth a note.
        emit.sum(lhs, parts, { severity: 'info', params: { other: 'gpb_basic_econ', item: item.role, more: 1 } });
      }
    }
  },
};
