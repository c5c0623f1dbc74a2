import { amount, change, reasonText, shareOf, todo } from './phrases.js';
import { scope, subject, warn, type NarrativeContext, type SectionText } from './context.js';

// Sections 一 to 四: the budget as a whole, its income and expense, and the fiscal appropriation.

const SOURCE_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['general_public', '一般公共预算拨款收入'],
  ['gov_fund', '政府性基金预算拨款收入'],
  ['soe_capital', '国有资本经营预算拨款收入'],
  ['special_account', '财政专户管理资金收入'],
  ['unit_funds', '单位资金收入'],
];

function missingTable(ctx: NarrativeContext, number: string, title: string, table: string): SectionText {
  warn(ctx, 'narrative.table-missing', number, table);
  return { number, title, text: todo(table) };
}

export function sectionOverall(ctx: NarrativeContext): SectionText {
  const number = '一';
  const title = `${scope(ctx)}预算收支数据变动情况及原因`;
  const s = ctx.fig.summary;
  if (!s) return missingTable(ctx, number, title, '预算收支总表');
  const u = ctx.fig.unit;
  const c = change(s.incomeTotal, ctx.facts.prior.income_total, u);
  if (c.missingPrior) warn(ctx, 'narrative.prior-missing', number, '收支预算总计');
  let text =
    `${subject(ctx)}收入预算总计${amount(s.incomeTotal, u)}，其中本年收入${amount(s.currentIncome, u)}、上年结转${amount(s.carryover, u)}；` +
    `支出预算总计${amount(s.expenseTotal, u)}，其中本年预算安排${amount(s.expenseCurrent, u)}、上年结转安排${amount(s.expenseCarryover, u)}。` +
    `收支预算总计${c.text.replace(/^，/, '')}。`;
  if (c.changed && !c.missingPrior) {
    if (!ctx.facts.reasons.income) warn(ctx, 'narrative.reason-missing', number, '收支预算总计');
    text += reasonText(ctx.facts.reasons.income);
  }
  return { number, title, text };
}

export function sectionIncome(ctx: NarrativeContext): SectionText {
  const number = '二';
  const title = '收入预算情况说明';
  const s = ctx.fig.summary;
  if (!s) return missingTable(ctx, number, title, '预算收支总表');
  const u = ctx.fig.unit;
  const parts = SOURCE_PHRASES.map(([key, label]) => `${label}${amount(s.sources[key] ?? 0, u)}${shareOf(s.sources[key] ?? 0, s.incomeTotal)}`);
  parts.push(`上年结转${amount(s.carryover, u)}${shareOf(s.carryover, s.incomeTotal)}`);
  return { number, title, text: `${subject(ctx)}收入预算总计${amount(s.incomeTotal, u)}。其中：${parts.join('；')}。` };
}

export function sectionExpense(ctx: NarrativeContext): SectionText {
  const number = '三';
  const title = '支出预算情况说明';
  const e = ctx.fig.expense;
  if (!e) return missingTable(ctx, number, title, '预算支出总表');
  const u = ctx.fig.unit;
  return {
    number,
    title,
    text: `${subject(ctx)}支出预算总计${amount(e.total, u)}。其中：基本支出${amount(e.basic, u)}${shareOf(e.basic, e.total)}；项目支出${amount(e.project, u)}${shareOf(e.project, e.total)}。`,
  };
}

export function sectionFiscal(ctx: NarrativeContext): SectionText {
  const number = '四';
  const title = '财政拨款收支预算总体情况说明';
  const f = ctx.fig.fiscal;
  if (!f) return missingTable(ctx, number, title, '财政拨款收支总表');
  const u = ctx.fig.unit;
  const classes = f.classes.map((c) => `${c.name}${amount(c.fen, u)}${shareOf(c.fen, f.total)}`);
  const text =
    `${subject(ctx)}财政拨款收支预算总计${amount(f.total, u)}，其中本年财政拨款${amount(f.current, u)}、上年财政拨款结转${amount(f.carryover, u)}。` +
    `按资金来源分：一般公共预算${amount(f.bySource.general_public ?? 0, u)}、政府性基金预算${amount(f.bySource.gov_fund ?? 0, u)}、国有资本经营预算${amount(f.bySource.soe_capital ?? 0, u)}。` +
    (classes.length ? `按支出功能分类：${classes.join('；')}。` : '');
  return { number, title, text };
}
