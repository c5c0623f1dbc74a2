import { functionClassCode } from '../../model/catalog/function-classes.js';
import { fold, stripOrdinal } from '../../text/fold.js';
import type { CheckContext } from '../context.js';
import type { Figure } from '../figure.js';
import { fig, roleFig, sideColumn, threePublicFigure, type RowFinder } from '../lookups.js';
import { subjectRow } from './subjects.js';

// What a stated figure names: the words before it (its label), read in the context of the 情况说明
// section it is in, → the table figures it may mean. The vocabulary is that of the disclosure rules
// (收入总计, 本年收入, 上年结转, 基本支出, 人员经费, 功能分类的类名, “三公”经费 …) mapped to table keys,
// roles, codes and column keys, so it holds for any department, province or year printing these terms.
// Generic totals must be the whole label (收入总计, not 机关运行经费预算支出); named items may carry the
// usual tails (…费预算支出).

export type SectionKind =
  | 'changes' | 'income' | 'expense' | 'fiscal' | 'fiscal_basic' | 'gpb' | 'gpb_basic' | 'three_public' | 'admin' | 'procurement'
  | 'performance' | 'assets' | 'other';

export function sectionKind(title: string): SectionKind {
  const t = fold(title);
  if (/变动情况|变化情况及原因|收支.*变动/.test(t) && !/三公|机关运行/.test(t)) return 'changes';
  if (/三公/.test(t)) return 'three_public';
  if (/机关运行/.test(t)) return 'admin';
  if (/政府采购/.test(t)) return 'procurement';
  if (/绩效/.test(t)) return 'performance';
  if (/国有资产|资产占有/.test(t)) return 'assets';
  if (/财政拨款.*基本支出/.test(t)) return 'fiscal_basic';
  if (/财政拨款/.test(t)) return 'fiscal';
  if (/基本支出/.test(t)) return 'gpb_basic';
  if (/一般公共预算/.test(t)) return 'gpb';
  if (/收入/.test(t)) return 'income';
  if (/支出|收支/.test(t)) return 'expense';
  return 'other';
}

/** One reading of a label: the figure it names, or the figures it is the sum of. */
export type Reading = Figure[];

export interface Resolution {
  concept: string;
  /** Readings of the label, most likely first; the statement holds if it matches one. */
  readings: Reading[];
  /** weak: the label is generic (涉及金额) and the reading rests on the sentence around it. */
  weak: boolean;
}

const SUMMARY_IN = (ctx: CheckContext) => sideColumn(ctx.table('summary'), 'income') ?? 'amount';
const FISCAL_IN = (ctx: CheckContext) => sideColumn(ctx.table('fiscal_summary'), 'income') ?? 'amount';
const income = (role: string): RowFinder => ({ role, side: 'income' });
const TOTAL: RowFinder = { total: true };

/** The row with a role on any side but income (江苏 prints totals on the 支出用途 side). */
function expenseRole(ctx: CheckContext, table: string, role: string): Figure {
  const t = ctx.table(table);
  const i = t ? t.rows.findIndex((r) => r.role === role && r.side !== 'income') : -1;
  return t && i >= 0 ? ctx.cell(t, i, ctx.mainColumn(t, i)) : ctx.missing(table, role, null);
}

/** Σ of the rows of an economic table whose class code is one of `classes` (人员经费 = 301 + 303 …). */
function classes(ctx: CheckContext, table: string, codes: readonly string[]): Reading {
  const t = ctx.present(table);
  if (!t) return [];
  const out: Figure[] = [];
  t.rows.forEach((r, i) => {
    if (r.code && codes.includes(r.code)) out.push(ctx.cell(t, i, ctx.mainColumn(t, i)));
  });
  return out;
}

type Reader = (ctx: CheckContext, kind: SectionKind) => Reading[];

const one = (...fs: Figure[]): Reading[] => fs.map((f) => [f]);

function fundReader(role: string): Reader {
  return (ctx, kind) => {
    const fiscal = [fig(ctx, 'fiscal_summary', { role: 'current_expense_total', side: 'expense' }, role), fig(ctx, 'fiscal_summary', income(role), FISCAL_IN(ctx))];
    const summary = [fig(ctx, 'summary', income(role), SUMMARY_IN(ctx)), roleFig(ctx, 'income', role)];
    return one(...(kind === 'fiscal' ? [...fiscal, ...summary] : [...summary, ...fiscal]));
  };
}

function threePublic(role: string | null): Reader {
  return (ctx) => {
    const t = ctx.table('three_public') ?? ctx.table('three_public_admin');
    if (!t) return [[ctx.missing('three_public', role, null)]];
    if (role === null) {
      const sub = threePublicFigure(ctx, t, 'three_public');
      if (sub) return [[sub]];
      const i = ctx.totalRow(t);
      return i === undefined ? [] : [[ctx.cell(t, i, ctx.mainColumn(t, i))]];
    }
    const f = threePublicFigure(ctx, t, role);
    return f ? [[f]] : [];
  };
}

/** 机关运行经费: its own table (山西, 江苏), or a column of the “三公”经费和机关运行经费表 (上海). */
function adminRunning(ctx: CheckContext): Reading[] {
  const own = ctx.table('admin_running');
  const joint = ctx.table('three_public_admin');
  if (!own && joint) {
    const f = threePublicFigure(ctx, joint, 'admin_running');
    return f ? [[f]] : [];
  }
  return one(fig(ctx, 'admin_running', TOTAL, 'total'));
}

/** A fund's spending this year: its own expenditure table, or its column of the 财政拨款收支总表. */
function fundExpense(role: string, tables: readonly string[]): Reader {
  return (ctx) =>
    one(...tables.map((t) => fig(ctx, t, TOTAL, 'total')), fig(ctx, 'fiscal_summary', { role: 'current_expense_total', side: 'expense' }, role));
}

/** A source of income other than fiscal appropriations (事业收入 …): the summary's line or the income table's column. */
function incomeSource(role: string): Reader {
  return (ctx) => one(fig(ctx, 'summary', income(role), SUMMARY_IN(ctx)), roleFig(ctx, 'income', role));
}

/** Named items may end in the usual tails: 会议费预算支出, 公务接待费支出, 因公出国(境)费用. */
const TAIL = '(?:费用?)?(?:财政拨款)?(?:预算)?(?:支出)?(?:预算)?(?:数)?';
const item = (core: string) => new RegExp(`${core}${TAIL}$`);

/** Label patterns, tried in order (specific before general) against the label core; weak: the label may mean either reading. */
const CONCEPTS: ReadonlyArray<{ concept: string; re: RegExp; read: Reader; weak?: boolean }> = [
  { concept: 'three_public', re: item('三公"?经费'), read: threePublic(null) },
  { concept: 'abroad', re: item('因公出国\\(境\\)'), read: threePublic('abroad') },
  { concept: 'reception', re: item('公务接待'), read: threePublic('reception') },
  { concept: 'vehicle', re: item('公务用车购置及运行(?:维护)?'), read: threePublic('vehicle') },
  { concept: 'vehicle_operation', re: item('公务用车运行(?:维护)?'), read: threePublic('vehicle_operation') },
  { concept: 'vehicle_purchase', re: item('公务用车购置'), read: threePublic('vehicle_purchase') },
  { concept: 'meeting', re: item('会议'), read: threePublic('meeting') },
  { concept: 'training', re: item('培训'), read: threePublic('training') },
  { concept: 'admin_running', re: item('机关运行经费(?:财政拨款)?'), read: adminRunning },
  {
    concept: 'personnel',
    re: /人员经费$/,
    read: (ctx, kind) => {
      const gp = [fig(ctx, 'gpb_basic_econ', TOTAL, 'personnel')];
      const readings = [gp, classes(ctx, 'gpb_basic_econ', ['301', '303']), classes(ctx, 'fiscal_basic_econ', ['301', '303'])];
      return kind === 'fiscal_basic' ? readings.reverse() : readings;
    },
  },
  {
    concept: 'public_use',
    re: /公用经费$/,
    read: (ctx, kind) => {
      const readings = [[fig(ctx, 'gpb_basic_econ', TOTAL, 'public_use')], classes(ctx, 'gpb_basic_econ', ['302', '310']), classes(ctx, 'fiscal_basic_econ', ['302', '310'])];
      return kind === 'fiscal_basic' ? readings.reverse() : readings;
    },
  },
  {
    concept: 'basic',
    re: /^(?:部门|单位)?(?:一般公共预算|财政拨款)?(?:财政拨款)?(?:安排)?(?:的)?基本支出(?:预算)?(?:总额)?$/,
    read: (ctx, kind) => {
      const gpb = [fig(ctx, 'gpb_expense', TOTAL, 'basic'), fig(ctx, 'gpb_basic_econ', TOTAL, 'total')];
      const fiscal = [fig(ctx, 'fiscal_basic_econ', TOTAL, 'total'), expenseRole(ctx, 'fiscal_summary', 'basic')];
      const all = [fig(ctx, 'expense', TOTAL, 'basic'), expenseRole(ctx, 'summary', 'basic')];
      const order = kind === 'gpb' || kind === 'gpb_basic' || kind === 'performance' ? [...gpb, ...fiscal, ...all] : kind === 'fiscal' || kind === 'fiscal_basic' ? [...fiscal, ...gpb, ...all] : [...all, ...gpb, ...fiscal];
      return one(...order);
    },
  },
  {
    concept: 'project',
    re: /^(?:部门|单位)?(?:一般公共预算|财政拨款)?(?:安排)?(?:的)?项目支出(?:预算)?(?:总额)?$/,
    read: (ctx, kind) => {
      const gpb = fig(ctx, 'gpb_expense', TOTAL, 'project');
      const all = [fig(ctx, 'expense', TOTAL, 'project'), expenseRole(ctx, 'summary', 'project')];
      const projects = fig(ctx, 'projects', TOTAL, 'total');
      return one(...(kind === 'performance' ? [projects, ...all, gpb] : kind === 'gpb' ? [gpb, ...all] : [...all, gpb]));
    },
  },
  { concept: 'reserve', re: /^单位预留机动经费(?:预算)?$/, read: (ctx) => one(fig(ctx, 'expense', TOTAL, 'reserve'), expenseRole(ctx, 'summary', 'reserve')) },
  {
    concept: 'gpb_total',
    re: /^一般公共预算(?:当年|本年)?(?:财政)?(?:拨款)?(?:预算)?支出(?:预算)?(?:合计|总计)?$/,
    read: (ctx) => one(fig(ctx, 'gpb_expense', TOTAL, 'total')),
  },
  { concept: 'gf_total', re: /^政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:预算)?支出(?:预算)?(?:合计|总计)?$/, read: fundExpense('gov_fund', ['gf_expense']) },
  { concept: 'soe_total', re: /^国有资本经营(?:预算)?(?:财政)?(?:拨款)?(?:预算)?支出(?:预算)?(?:合计|总计)?$/, read: fundExpense('soe_capital', ['soe_expense']) },
  {
    concept: 'fiscal_total',
    re: /^财政拨款(?:收(?:、|和)?支|收入|支出)?(?:预算)?(?:总预算|总计|总额|合计)$|^财政拨款(?:预算)?(?:收入|支出)(?:预算)?$/,
    read: (ctx) =>
      one(
        fig(ctx, 'fiscal_summary', income('income_grand_total'), FISCAL_IN(ctx)),
        expenseRole(ctx, 'fiscal_summary', 'expense_grand_total'),
        fig(ctx, 'fiscal_expense', TOTAL, 'total'),
        expenseRole(ctx, 'summary', 'expense_grand_total'),
      ),
  },
  {
    concept: 'income_grand_total',
    // A bare 收入 names nothing: a total needs 预算 or 总计 (预算收入, 收入预算, 收入总计).
    re: /^(?:部门|单位)?(?:预算收入|收入预算)(?:总计|合计)?$|^(?:部门|单位)?(?:预算)?收入(?:总计|合计)$|^收(?:入)?(?:、|和)?支(?:出)?(?:预算)?总计$/,
    read: (ctx, kind) => {
      const summary = fig(ctx, 'summary', income('income_grand_total'), SUMMARY_IN(ctx));
      const fiscal = fig(ctx, 'fiscal_summary', income('income_grand_total'), FISCAL_IN(ctx));
      return one(...(kind === 'fiscal' ? [fiscal, summary] : [summary, fiscal]));
    },
  },
  {
    concept: 'expense_grand_total',
    re: /^(?:本年)?(?:部门|单位)?(?:预算支出|支出预算)(?:总计)?$|^(?:本年)?(?:部门|单位)?(?:预算)?支出总计$/,
    read: (ctx, kind) => {
      const summary = expenseRole(ctx, 'summary', 'expense_grand_total');
      const fiscal = expenseRole(ctx, 'fiscal_summary', 'expense_grand_total');
      return one(...(kind === 'fiscal' ? [fiscal, summary] : [summary, fig(ctx, 'expense', TOTAL, 'total'), fiscal]));
    },
  },
  {
    concept: 'current_income_total',
    re: /^(?:本年|当年)(?:部门|单位)?收入(?:预算)?(?:合计|小计)?$|^当年(?:财政)?拨款收入$/,
    read: (ctx, kind) => {
      const summary = [fig(ctx, 'summary', income('current_income_total'), SUMMARY_IN(ctx)), fig(ctx, 'summary', income('income_grand_total'), SUMMARY_IN(ctx))];
      const fiscal = [fig(ctx, 'fiscal_summary', income('current_income_total'), FISCAL_IN(ctx))];
      return one(...(kind === 'fiscal' ? [...fiscal, ...summary] : [...summary, ...fiscal]));
    },
  },
  {
    concept: 'current_expense_total',
    re: /^(?:本年|当年)(?:部门|单位)?支出(?:预算)?(?:合计|小计)$/,
    read: (ctx) => one(expenseRole(ctx, 'summary', 'current_expense_total'), expenseRole(ctx, 'summary', 'expense_grand_total'), fig(ctx, 'expense', TOTAL, 'total')),
  },
  {
    concept: 'current_year_expense',
    re: /^(?:本年|当年)预算安排$/,
    read: (ctx) => one(fig(ctx, 'summary', { role: 'expense_grand_total', side: 'expense' }, 'current_year'), fig(ctx, 'summary', income('current_income_total'), SUMMARY_IN(ctx))),
  },
  {
    concept: 'carryover',
    re: /^上年(?:财政拨款)?结转(?:和结余)?(?:收入|资金|安排)?$/,
    read: (ctx, kind) => {
      const fiscal = [fig(ctx, 'fiscal_summary', income('carryover'), FISCAL_IN(ctx))];
      const summary = [fig(ctx, 'summary', income('carryover'), SUMMARY_IN(ctx)), fig(ctx, 'summary', { role: 'expense_grand_total', side: 'expense' }, 'carryover')];
      return one(...(kind === 'fiscal' ? [...fiscal, ...summary] : [...summary, ...fiscal]));
    },
  },
  {
    // 部门整体绩效目标 … 涉及部门预算资金: this year's budget, or with 上年结转 the whole.
    concept: 'budget_funds',
    re: /^(?:涉及)?(?:部门|单位)(?:整体)?预算资金(?:总额)?$/,
    weak: true,
    read: (ctx) => one(fig(ctx, 'summary', income('current_income_total'), SUMMARY_IN(ctx)), fig(ctx, 'summary', income('income_grand_total'), SUMMARY_IN(ctx))),
  },
  { concept: 'general_public', re: /^一般公共预算(?:拨款)?(?:收入)?(?:预算)?(?:资金)?$/, read: fundReader('general_public') },
  { concept: 'gov_fund', re: /^政府性基金(?:预算)?(?:拨款)?(?:收入)?(?:预算)?$/, read: fundReader('gov_fund') },
  { concept: 'soe_capital', re: /^国有资本经营(?:预算)?(?:拨款)?(?:收入)?(?:预算)?$/, read: fundReader('soe_capital') },
  { concept: 'special_account', re: /^财政专户管理资金(?:收入)?(?:预算)?$/, read: (ctx) => one(fig(ctx, 'summary', income('special_account'), SUMMARY_IN(ctx)), roleFig(ctx, 'income', 'special_account')) },
  { concept: 'unit_funds', re: /^单位资金(?:收入)?$/, read: (ctx) => one(fig(ctx, 'summary', income('unit_funds'), SUMMARY_IN(ctx)), roleFig(ctx, 'income', 'unit_funds')) },
  { concept: 'business_income', re: /^事业收入(?:预算)?$/, read: incomeSource('business_income') },
  { concept: 'operating_income', re: /^(?:事业单位)?经营收入(?:预算)?$/, read: incomeSource('operating_income') },
  { concept: 'other_income', re: /^其他收入(?:预算)?$/, read: incomeSource('other_income') },
];

/**
 * Label without entity, years, ordinals and self-references: what names the figure. For display, the year a
 * figure is compared with stays (比2023年增加, not 比增加).
 */
export function labelCore(label: string, entity: string | null, keepCompared = false): string {
  let s = fold(label);
  if (entity) s = s.split(fold(entity)).join('');
  s = s.replace(keepCompared ? /(?<![比较与同])(19|20)\d{2}年度?/g : /(19|20)\d{2}年度?/g, '').replace(/\((部门|单位)\)/g, '');
  for (let i = 0; i < 3; i++) s = stripOrdinal(s).replace(/^(本部门|本单位|我部门|我单位|全部门)(?=.)/, '');
  s = s.replace(/[“”"]/g, '"').replace(/^(其中|包括)[:：]?/, '');
  // A subject quoted by its levels (上海: “卫生健康支出（类）…（项）”科目): the subject itself.
  return s.replace(/^"([^"]*\((?:类|款|项)\))"(?:科目)?$/, '$1');
}

const CODED_BY_KIND: Partial<Record<SectionKind, string[]>> = {
  gpb: ['gpb_expense', 'fiscal_expense', 'expense'],
  fiscal: ['fiscal_expense', 'gpb_expense', 'gf_expense', 'soe_expense', 'expense'],
};

export function resolveLabel(ctx: CheckContext, label: string, kind: SectionKind): Resolution | null {
  const core = labelCore(label, ctx.doc.entity);
  if (!core) return null;
  for (const c of CONCEPTS) {
    if (!c.re.test(core)) continue;
    const readings = c.read(ctx, kind).filter((r) => r.length > 0);
    return readings.length ? { concept: c.concept, readings, weak: c.weak ?? false } : null;
  }
  const tables = CODED_BY_KIND[kind] ?? ['expense', 'fiscal_expense', 'gpb_expense', 'gf_expense', 'soe_expense'];
  // 一般公共服务（类）… / 行政事业单位医疗（款）行政单位医疗（项）支出: a subject named by its levels.
  const subject = subjectRow(ctx, core, tables);
  if (subject) return { concept: `subject:${subject.code}`, readings: subject.figures.map((f) => [f]), weak: false };
  const cls = core.replace(/\(类\)/g, '').replace(/(预算)?支出(预算)?$/, '支出');
  const code = functionClassCode(cls);
  if (code) {
    const f = (table: string) => fig(ctx, table, { code }, 'total');
    const order = kind === 'gpb' ? ['gpb_expense', 'expense', 'summary'] : kind === 'fiscal' ? ['fiscal_summary', 'fiscal_expense', 'expense', 'summary'] : ['expense', 'summary', 'fiscal_expense', 'gpb_expense'];
    return { concept: `class:${code}`, readings: order.map((t) => [f(t)]), weak: false };
  }
  return null;
}

/** 金额 / 资金 after a count of projects (二级项目86个，共计金额…): the current-year project total, read from context. */
export function projectsTotal(ctx: CheckContext): Resolution {
  // Without project tables (上海): the projects of all fiscal funds, or all projects.
  const fiscal = ['gpb_expense', 'gf_expense', 'soe_expense'].filter((t) => ctx.present(t)).map((t) => fig(ctx, t, TOTAL, 'project'));
  const readings = [...one(fig(ctx, 'projects', TOTAL, 'total'), fig(ctx, 'gpb_expense', TOTAL, 'project')), fiscal, [fig(ctx, 'expense', TOTAL, 'project')]];
  return { concept: 'projects_total', readings, weak: true };
}
