import { amount, change, list, reasonText, shareOf, todo } from './phrases.js';
import { subject, warn, type NarrativeContext, type SectionText } from './context.js';

// Sections 五 and 六: the general public budget's size and structure, and its basic expenditure.

export function sectionGpb(ctx: NarrativeContext): SectionText {
  const number = '五';
  const title = '一般公共预算支出情况说明';
  const g = ctx.fig.gpb;
  if (!g) {
    warn(ctx, 'narrative.table-missing', number, '一般公共预算支出表');
    return { number, title, text: todo('一般公共预算支出表') };
  }
  const u = ctx.fig.unit;
  const c = change(g.total, ctx.facts.prior.gpb_current, u);
  if (c.missingPrior) warn(ctx, 'narrative.prior-missing', number, '一般公共预算当年支出');
  let scale = `${subject(ctx)}一般公共预算当年支出${amount(g.total, u)}${c.text}。`;
  if (c.changed && !c.missingPrior) {
    if (!ctx.facts.reasons.gpb) warn(ctx, 'narrative.reason-missing', number, '一般公共预算当年支出');
    scale += reasonText(ctx.facts.reasons.gpb);
  }
  const classes = g.classes.map((k) => `${k.name}${amount(k.fen, u)}${shareOf(k.fen, g.total)}`);
  const structure = `${subject(ctx)}一般公共预算当年支出${amount(g.total, u)}，按支出功能分类：${classes.length ? classes.join('；') : '无'}。`;
  return {
    number,
    title,
    text: `（一）一般公共预算当年支出规模变化情况\n${scale}\n（二）一般公共预算当年支出结构情况\n${structure}`,
  };
}

export function sectionBasic(ctx: NarrativeContext): SectionText {
  const number = '六';
  const title = '一般公共预算基本支出情况说明';
  const e = ctx.fig.econ;
  if (!e) {
    warn(ctx, 'narrative.table-missing', number, '一般公共预算基本支出经济分类表');
    return { number, title, text: todo('一般公共预算基本支出经济分类表') };
  }
  const u = ctx.fig.unit;
  const items = (names: string[]): string => (names.length ? `，主要包括：${list(names)}` : '');
  return {
    number,
    title,
    text:
      `${subject(ctx)}一般公共预算安排基本支出${amount(e.total, u)}。其中：\n` +
      `人员经费${amount(e.personnel, u)}${shareOf(e.personnel, e.total)}${items(e.personnelItems)}；\n` +
      `公用经费${amount(e.publicUse, u)}${shareOf(e.publicUse, e.total)}${items(e.publicUseItems)}。`,
  };
}
