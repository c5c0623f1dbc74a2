import type { CheckContext } from './context.js';
import type { Figure } from './figure.js';
import { fig, type RowFinder } from './lookups.js';
import { isLevel, narrativeOf, resolveMention, statedFigure } from './narrative/statements.js';

// What shows that a table should have figures: other tables printing the money it would list (收支总表's
// 上年结转 for the 上年结转 project table, 支出总表's 合计 for 收支总表 …) and statements of the 情况说明 that
// name one of its figures (机关运行经费93.28万元 for the 机关运行经费 table). Read by table key, role and
// column only, so it holds for any template printing these tables.

type Evidence = (ctx: CheckContext) => Figure[];

const income = (role: string): RowFinder => ({ role, side: 'income' });
const TOTAL: RowFinder = { total: true };

function sideCol(ctx: CheckContext, table: string, side: string): string | null {
  return ctx.table(table)?.columns.find((c) => c.side === side)?.key ?? null;
}

function plain(...list: Array<[string, RowFinder, string | ((ctx: CheckContext) => string | null)]>): Evidence {
  return (ctx) =>
    list.flatMap(([table, row, col]) => {
      const c = typeof col === 'string' ? col : col(ctx);
      return c ? [fig(ctx, table, row, c)] : [];
    });
}

const summaryIn = (ctx: CheckContext) => sideCol(ctx, 'summary', 'income');
const fiscalIn = (ctx: CheckContext) => sideCol(ctx, 'fiscal_summary', 'income');

/** 因公出国（境）费用, 公务接待费, 公务用车运行维护费, 公务用车购置 among the basic expenditure's economic rows. */
function threePublicItems(ctx: CheckContext): Figure[] {
  const econ = ctx.present('gpb_basic_econ');
  if (!econ) return [];
  const out: Figure[] = [];
  econ.rows.forEach((r, i) => {
    if (r.kind === 'item' && r.code && ['30212', '30217', '30231', '31013'].includes(r.code)) out.push(ctx.cell(econ, i, ctx.mainColumn(econ, i)));
  });
  return out;
}

const TABLES: Record<string, Evidence> = {
  projects_carryover: plain(['summary', income('carryover'), summaryIn], ['fiscal_summary', income('carryover'), fiscalIn], ['income', TOTAL, 'carryover']),
  projects: plain(['gpb_expense', TOTAL, 'project']),
  gpb_basic_econ: plain(['gpb_expense', TOTAL, 'basic']),
  gpb_expense: plain(['summary', income('general_public'), summaryIn], ['income', TOTAL, 'general_public']),
  gf_income: plain(['summary', income('gov_fund'), summaryIn], ['fiscal_summary', income('gov_fund'), fiscalIn], ['income', TOTAL, 'gov_fund']),
  gf_expense: plain(['fiscal_summary', { role: 'current_expense_total', side: 'expense' }, 'gov_fund'], ['summary', income('gov_fund'), summaryIn]),
  soe: plain(['summary', income('soe_capital'), summaryIn], ['fiscal_summary', income('soe_capital'), fiscalIn], ['fiscal_summary', { role: 'current_expense_total', side: 'expense' }, 'soe_capital']),
  soe_expense: plain(['fiscal_summary', { role: 'current_expense_total', side: 'expense' }, 'soe_capital'], ['summary', income('soe_capital'), summaryIn]),
  income: plain(['summary', { role: 'current_income_total', side: 'income' }, summaryIn]),
  expense: plain(['summary', { role: 'current_expense_total', side: 'expense' }, 'total']),
  fiscal_summary: plain(['summary', income('general_public'), summaryIn], ['summary', income('gov_fund'), summaryIn], ['summary', income('soe_capital'), summaryIn]),
  summary: plain(['income', TOTAL, 'total'], ['expense', TOTAL, 'total'], ['fiscal_summary', income('income_grand_total'), fiscalIn]),
  three_public: threePublicItems,
  three_public_admin: threePublicItems,
};

/** Tables other tables can show to be wrongly empty. */
export const EVIDENCE_TABLES: readonly string[] = Object.keys(TABLES);

/** Statements whose label names first a figure of this table (the reading the section would check). */
function narrativeEvidence(ctx: CheckContext, key: string): Figure[] {
  const out: Figure[] = [];
  for (const ns of narrativeOf(ctx)) {
    for (const m of ns.scan.mentions) {
      if (m.kind !== 'money' || m.value <= 0 || !isLevel(m) || m.closing) continue;
      const res = resolveMention(ctx, ns, m);
      const first = res && !res.weak ? res.readings[0] : undefined;
      if (first?.length && first.every((f) => f.absentTable === key)) out.push(statedFigure(ns, m));
    }
  }
  return out;
}

/** Printed figures above zero that show the table should list money (tables first, then the narrative). */
export function tableEvidence(ctx: CheckContext, key: string): Figure[] {
  return ctx.memo(`evidence:${key}`, () => {
    const own = (TABLES[key]?.(ctx) ?? []).filter((f) => f.absentTable === undefined && f.fen > 0);
    return [...own, ...narrativeEvidence(ctx, key)];
  });
}

/**
 * A table the template prints that is absent by mistake: left out though required, or absent while other
 * tables show its money (an empty 上年结转 table is right when nothing was carried over).
 */
export function wronglyAbsent(ctx: CheckContext, key: string): boolean {
  if (ctx.present(key) || !ctx.prints(key)) return false;
  if (!ctx.table(key) && ctx.doc.kind === 'budget' && ctx.requires(key)) return true;
  return tableEvidence(ctx, key).length > 0;
}
