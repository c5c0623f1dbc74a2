import { functionClassCode } from '../../model/catalog/function-classes.js';
import { fold } from '../../text/fold.js';
import type { CheckContext } from '../context.js';
import type { Figure } from '../figure.js';
import { fig, firstColumn, sideColumn, type RowFinder } from '../lookups.js';

// What a stated figure names: the words before it (its label), read in the context of the 情况说明
// section it is in, → the table figures it may mean. The vocabulary is that of the disclosure rules
// (收入总计, 本年收入, 上年结转, 基本支出, 人员经费, 功能分类的类名, “三公”经费 …), mapped to table keys,
// roles, codes and column keys, so it holds for any department, province or year printing these terms.

export type SectionKind =
  | 'changes' | 'income' | 'expense' | 'fiscal' | 'gpb' | 'gpb_basic' | 'three_public' | 'admin' | 'procurement'
  | 'performance' | 'assets' | 'other';

export function sectionKind(title: string): SectionKind {
  const t = fold(title);
  if (/变动情况|变化情况及原因|收支.*变动/.test(t) && !/三公|机关运行/.test(t)) return 'changes';
  if (/三公/.test(t)) return 'three_public';
  if (/机关运行/.test(t)) return 'admin';
  if (/政府采购/.test(t)) return 'procurement';
  if (/绩效/.test(t)) return 'performance';
  if (/国有资产|资产占有/.test(t)) return 'assets';
  if (/财政拨款收支/.test(t)) return 'fiscal';
  if (/基本支出/.test(t)) return 'gpb_basic';
  if (/一般公共预算/.test(t)) return 'gpb';
  if (/收入/.test(t)) return 'income';
  if (/支出/.test(t)) return 'expense';
  return 'other';
}

export interface Resolution {
  concept: string;
  /** Readings of the label, most likely first; the statement holds if it matches one. */
  figures: Figure[];
  /** weak: the label is generic (涉及金额) and the reading rests on the sentence around it. */
  weak: boolean;
}

const SUMMARY_IN = (ctx: CheckContext) => sideColumn(ctx.table('summary'), 'income') ?? 'amount';
const FISCAL_IN = (ctx: CheckContext) => sideColumn(ctx.table('fiscal_summary'), 'income') ?? 'amount';
const FISCAL_OUT = (ctx: CheckContext) => sideColumn(ctx.table('fiscal_summary'), 'expense') ?? 'total';
const income = (role: string): RowFinder => ({ role, side: 'income' });
const expense = (role: string): RowFinder => ({ role, side: 'expense' });
const TOTAL: RowFinder = { total: true };

type Reader = (ctx: CheckContext, kind: SectionKind) => Figure[];


function fundReader(role: string): Reader {
  return (ctx, kind) => {
    const fiscal = [fig(ctx, 'fiscal_summary', expense('current_expense_total'), role), fig(ctx, 'fiscal_summary', income(role), FISCAL_IN(ctx))];
    const summary = [fig(ctx, 'summary', income(role), SUMMARY_IN(ctx))];
    return kind === 'fiscal' ? [...fiscal, ...summary] : [...summary, ...fiscal];
  };
}

function threePublic(role: string | null): Reader {
  return (ctx) => {
    const key = ctx.table('three_public') ? 'three_public' : 'three_public_admin';
    const t = ctx.table(key);
    const col = t ? (firstColumn(t, ['total', 'general_public']) ?? 'total') : 'total';
    return [fig(ctx, key, role ? { role } : TOTAL, col)];
  };
}

/** Label patterns, tried in order (specific before general) against the label without entity name and years. */
const CONCEPTS: ReadonlyArray<{ concept: string; re: RegExp; read: Reader; weak?: boolean }> = [
  { concept: 'three_public', re: /三公"?经费(预算|支出)?(总额|合计)?$/, read: threePublic(null) },
  { concept: 'abroad', re: /因公出国\(境\)(费用?)?$/, read: threePublic('abroad') },
  { concept: 'reception', re: /公务接待费?$/, read: threePublic('reception') },
  { concept: 'vehicle', re: /公务用车购置及运行(维护)?费?$/, read: threePublic('vehicle') },
  { concept: 'vehicle_operation', re: /公务用车运行(维护)?费?$/, read: threePublic('vehicle_operation') },
  { concept: 'vehicle_purchase', re: /公务用车购置费?$/, read: threePublic('vehicle_purchase') },
  { concept: 'admin_running', re: /机关运行经费(财政拨款)?(预算)?(总额|合计)?$/, read: (ctx) => [fig(ctx, 'admin_running', TOTAL, 'total')] },
  { concept: 'personnel', re: /人员经费$/, read: (ctx) => [fig(ctx, 'gpb_basic_econ', TOTAL, 'personnel')] },
  { concept: 'public_use', re: /公用经费$/, read: (ctx) => [fig(ctx, 'gpb_basic_econ', TOTAL, 'public_use')] },
  { concept: 'gpb_total', re: /一般公共预算(当年|本年)?(拨款)?支出(预算)?$/, read: (ctx) => [fig(ctx, 'gpb_expense', TOTAL, 'total')] },
  {
    concept: 'basic',
    re: /基本支出(总额|预算)?$/,
    read: (ctx, kind) => {
      const gpb = fig(ctx, 'gpb_expense', TOTAL, 'basic');
      const all = fig(ctx, 'expense', TOTAL, 'basic');
      return kind === 'gpb' || kind === 'gpb_basic' || kind === 'performance' ? [gpb, all] : [all, gpb];
    },
  },
  {
    concept: 'project',
    re: /项目支出(总额|预算)?$/,
    read: (ctx, kind) => {
      const gpb = fig(ctx, 'gpb_expense', TOTAL, 'project');
      const all = fig(ctx, 'expense', TOTAL, 'project');
      const projects = fig(ctx, 'projects', TOTAL, 'total');
      return kind === 'performance' ? [projects, gpb, all] : kind === 'gpb' ? [gpb, all] : [all, gpb];
    },
  },
  {
    concept: 'fiscal_grand_total',
    re: /财政拨款(收支|收入)?总(预算|计|额)$/,
    read: (ctx) => [fig(ctx, 'fiscal_summary', income('income_grand_total'), FISCAL_IN(ctx)), fig(ctx, 'fiscal_summary', expense('expense_grand_total'), FISCAL_OUT(ctx))],
  },
  {
    concept: 'income_grand_total',
    re: /(收入总计|预算收入|收入预算|总收入|收入总额|收入合计)$/,
    read: (ctx, kind) =>
      kind === 'fiscal'
        ? [fig(ctx, 'fiscal_summary', income('income_grand_total'), FISCAL_IN(ctx))]
        : [fig(ctx, 'summary', income('income_grand_total'), SUMMARY_IN(ctx))],
  },
  {
    concept: 'expense_grand_total',
    re: /(支出总计|支出预算|预算支出|总支出|支出总额)$/,
    read: (ctx, kind) =>
      kind === 'fiscal'
        ? [fig(ctx, 'fiscal_summary', expense('expense_grand_total'), FISCAL_OUT(ctx))]
        : [fig(ctx, 'summary', expense('expense_grand_total'), 'total'), fig(ctx, 'expense', TOTAL, 'total')],
  },
  {
    concept: 'current_income_total',
    re: /(本年收入(合计)?|当年(拨款|财政拨款)?收入)$/,
    read: (ctx, kind) =>
      kind === 'fiscal'
        ? [fig(ctx, 'fiscal_summary', income('current_income_total'), FISCAL_IN(ctx))]
        : [fig(ctx, 'summary', income('current_income_total'), SUMMARY_IN(ctx))],
  },
  {
    concept: 'current_year_expense',
    re: /(本年|当年)预算安排$/,
    read: (ctx) => [fig(ctx, 'summary', expense('expense_grand_total'), 'current_year'), fig(ctx, 'summary', income('current_income_total'), SUMMARY_IN(ctx))],
  },
  {
    concept: 'carryover',
    re: /上年(财政拨款)?结转(收入|资金|安排)?$/,
    read: (ctx, kind) => {
      const fiscal = [fig(ctx, 'fiscal_summary', income('carryover'), FISCAL_IN(ctx))];
      const summary = [fig(ctx, 'summary', income('carryover'), SUMMARY_IN(ctx)), fig(ctx, 'summary', expense('expense_grand_total'), 'carryover')];
      return kind === 'fiscal' ? [...fiscal, ...summary] : [...summary, ...fiscal];
    },
  },
  { concept: 'general_public', re: /一般公共预算(拨款)?(收入)?(资金)?$/, read: fundReader('general_public') },
  { concept: 'gov_fund', re: /政府性基金(预算)?(拨款)?(收入)?$/, read: fundReader('gov_fund') },
  { concept: 'soe_capital', re: /国有资本经营(预算)?(拨款)?(收入)?$/, read: fundReader('soe_capital') },
  { concept: 'special_account', re: /财政专户管理资金(收入)?$/, read: (ctx) => [fig(ctx, 'summary', income('special_account'), SUMMARY_IN(ctx))] },
  { concept: 'unit_funds', re: /单位资金(收入)?$/, read: (ctx) => [fig(ctx, 'summary', income('unit_funds'), SUMMARY_IN(ctx))] },
];

/** Label without the entity, years and self-references: what names the figure. */
export function labelCore(label: string, entity: string | null): string {
  let s = fold(label);
  if (entity) s = s.split(fold(entity)).join('');
  return s
    .replace(/(19|20)\d{2}年度?/g, '')
    .replace(/^(本部门|本单位|我部门|我单位|全部门)/, '')
    .replace(/[“”"]/g, '"');
}

export function resolveLabel(ctx: CheckContext, label: string, kind: SectionKind): Resolution | null {
  const core = labelCore(label, ctx.doc.entity);
  if (!core) return null;
  for (const c of CONCEPTS) {
    if (c.re.test(core)) return { concept: c.concept, figures: c.read(ctx, kind), weak: c.weak === true };
  }
  const code = functionClassCode(core.replace(/^.*[,，:：]/, ''));
  if (code) {
    const f = (table: string, col: string) => fig(ctx, table, { code }, col);
    const figures =
      kind === 'gpb' ? [f('gpb_expense', 'total')] : kind === 'fiscal' ? [f('fiscal_summary', FISCAL_OUT(ctx)), f('expense', 'total')] : [f('expense', 'total'), f('summary', 'total')];
    return { concept: `class:${code}`, figures, weak: false };
  }
  return null;
}


/** 金额 / 资金 after a count of projects (二级项目86个，共计金额…): the current-year project total, read from context. */
export function projectsTotal(ctx: CheckContext): Resolution {
  return { concept: 'projects_total', figures: [fig(ctx, 'projects', TOTAL, 'total'), fig(ctx, 'gpb_expense', TOTAL, 'project')], weak: true };
}
