import { formatFen } from '../../model/money.js';
import type { CheckContext } from '../context.js';
import type { Figure } from '../figure.js';
import { fig, type RowFinder } from '../lookups.js';
import type { Rule } from '../rule.js';
import { templateById } from '../../read/templates/registry.js';

// A table printed empty ("本表无数据") or left out while other tables show the money it would list: the
// 上年结转 project table empty while the totals show 上年结转, the 政府性基金 tables empty while the fiscal
// table shows 政府性基金 money, and so on. The evidence is read by table key, role and column only.

type Evidence = (ctx: CheckContext) => Array<{ figure: Figure }>;

const at = (table: string, row: RowFinder, column: string) => (ctx: CheckContext) => fig(ctx, table, row, column);
const income = (role: string) => ({ role, side: 'income' });

function sideCol(ctx: CheckContext, table: string, side: string): string | null {
  return ctx.table(table)?.columns.find((c) => c.side === side)?.key ?? null;
}

function plain(...list: Array<[string, RowFinder, string | ((ctx: CheckContext) => string | null)]>): Evidence {
  return (ctx) =>
    list.flatMap(([table, row, col]) => {
      const c = typeof col === 'string' ? col : col(ctx);
      return c ? [{ figure: at(table, row, c)(ctx) }] : [];
    });
}

const summaryIn = (ctx: CheckContext) => sideCol(ctx, 'summary', 'income');
const fiscalIn = (ctx: CheckContext) => sideCol(ctx, 'fiscal_summary', 'income');

const EVIDENCE: Record<string, Evidence> = {
  projects_carryover: plain(['summary', income('carryover'), summaryIn], ['fiscal_summary', income('carryover'), fiscalIn], ['income', { total: true }, 'carryover']),
  projects: plain(['gpb_expense', { total: true }, 'project']),
  gpb_basic_econ: plain(['gpb_expense', { total: true }, 'basic']),
  gpb_expense: plain(['summary', income('general_public'), summaryIn], ['income', { total: true }, 'general_public']),
  gf_income: plain(['summary', income('gov_fund'), summaryIn], ['fiscal_summary', income('gov_fund'), fiscalIn], ['income', { total: true }, 'gov_fund']),
  gf_expense: plain(['fiscal_summary', { role: 'current_expense_total', side: 'expense' }, 'gov_fund'], ['summary', income('gov_fund'), summaryIn]),
  soe: plain(['summary', income('soe_capital'), summaryIn], ['fiscal_summary', income('soe_capital'), fiscalIn], ['fiscal_summary', { role: 'current_expense_total', side: 'expense' }, 'soe_capital']),
  soe_expense: plain(['fiscal_summary', { role: 'current_expense_total', side: 'expense' }, 'soe_capital'], ['summary', income('soe_capital'), summaryIn]),
  income: plain(['summary', { role: 'current_income_total', side: 'income' }, summaryIn]),
  expense: plain(['summary', { role: 'current_expense_total', side: 'expense' }, 'total']),
  fiscal_summary: plain(['summary', income('general_public'), summaryIn], ['summary', income('gov_fund'), summaryIn], ['summary', income('soe_capital'), summaryIn]),
  three_public: threePublicItems,
  three_public_admin: threePublicItems,
};

/** 因公出国（境）费用, 公务接待费, 公务用车运行维护费, 公务用车购置 among the basic expenditure's economic rows. */
function threePublicItems(ctx: CheckContext): Array<{ figure: Figure }> {
  const econ = ctx.present('gpb_basic_econ');
  if (!econ) return [];
  const out: Array<{ figure: Figure }> = [];
  econ.rows.forEach((r, i) => {
    if (r.kind === 'item' && r.code && ['30212', '30217', '30231', '31013'].includes(r.code)) out.push({ figure: ctx.cell(econ, i, ctx.mainColumn(econ, i)) });
  });
  return out;
}

export const documentEmptyTable: Rule = {
  id: 'document.empty-table',
  family: 'document',
  severity: 'error',
  title: '空表与其他表的数字矛盾',
  description:
    '某表印为“本表无数据”（或没有印出），而其他表显示了它应列示的资金：如收支总表有上年结转而上年结转项目表为空，' +
    '财政拨款收支总表有政府性基金而政府性基金预算表为空，基本支出经济科目表中有公务用车运行维护费而“三公”经费表为空。',
  run(ctx, emit) {
    // Only the tables the document's template prints (上海 has no project tables, 山西 no 三公和机关运行经费表).
    const tpl = templateById(ctx.doc.template);
    for (const [key, evidence] of Object.entries(EVIDENCE)) {
      if (ctx.present(key)) continue;
      if (tpl && !tpl.tables.some((s) => s.key === key)) continue;
      const t = ctx.table(key);
      if (!t && ctx.doc.kind !== 'budget') continue;
      const found = evidence(ctx).filter((e) => e.figure.absentTable === undefined && e.figure.fen > 0);
      const first = found[0];
      if (!first) continue;
      const f = first.figure;
      const unit = f.loc.unit;
      emit.fact(
        {
          table: key,
          row: null,
          column: 'total',
          expected: formatFen(f.fen, unit ?? '万元', 2),
          actual: formatFen(0, unit ?? '万元', 2),
          difference: formatFen(-f.fen, unit ?? '万元', 2),
          unit,
          line: t?.line ?? null,
          params: {
            status: t ? 'empty' : 'missing',
            evidence_table: f.loc.table,
            evidence_row: f.loc.name ?? f.loc.row ?? '',
            evidence_column: f.loc.column ?? '',
            evidence_amount: f.text ?? '',
          },
        },
        { figures: found.map((e) => e.figure), holds: (value) => found.every((e) => value(e.figure) <= 0) },
      );
    }
  },
};
