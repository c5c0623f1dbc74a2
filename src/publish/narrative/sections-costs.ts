import { THREE_PUBLIC_ITEMS, type ThreePublicItem } from '../atomic-input.js';
import { amount, change, reasonText, todo } from './phrases.js';
import { scope, subject, warn, type NarrativeContext, type SectionText } from './context.js';

// Sections 七, 八 and 九: “三公”经费, 机关运行经费 (both against last year) and 政府采购.

const THREE_PUBLIC_NAMES: Record<ThreePublicItem, string> = {
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehicle_purchase: '公务用车购置费',
  vehicle_operation: '公务用车运行维护费',
};

export function sectionThreePublic(ctx: NarrativeContext): SectionText {
  const number = '七';
  const title = '“三公”经费增减变动原因说明';
  const t = ctx.fig.threePublic;
  if (!t) {
    warn(ctx, 'narrative.table-missing', number, '“三公”经费支出预算表');
    return { number, title, text: todo('“三公”经费支出预算表') };
  }
  const u = ctx.fig.unit;
  const prior = ctx.facts.prior.three_public;
  const priorValues = THREE_PUBLIC_ITEMS.map((k) => prior[k]);
  const priorTotal = priorValues.every((v) => v !== null && v !== undefined) ? priorValues.reduce<number>((s, v) => s + (v ?? 0), 0) : null;
  const total = change(t.total ?? 0, priorTotal, u);
  if (total.missingPrior) warn(ctx, 'narrative.prior-missing', number, '“三公”经费预算数');
  let changed = total.changed && !total.missingPrior;
  const items = THREE_PUBLIC_ITEMS.map((k) => {
    const c = change(t[k] ?? 0, prior[k], u);
    if (c.changed && !c.missingPrior) changed = true;
    return `${THREE_PUBLIC_NAMES[k]}${amount(t[k] ?? 0, u)}${c.text}`;
  });
  let text = `${subject(ctx)}财政拨款安排“三公”经费预算${amount(t.total ?? 0, u)}${total.text}。其中：${items.join('；')}。`;
  if (changed) {
    if (!ctx.facts.reasons.three_public) warn(ctx, 'narrative.reason-missing', number, '“三公”经费');
    text += reasonText(ctx.facts.reasons.three_public);
  }
  return { number, title, text };
}

export function sectionAdminRunning(ctx: NarrativeContext): SectionText {
  const number = '八';
  const title = '机关运行经费增减变动原因说明';
  const a = ctx.fig.adminRunning;
  if (!a) {
    warn(ctx, 'narrative.table-missing', number, '机关运行经费预算表');
    return { number, title, text: todo('机关运行经费预算表') };
  }
  const u = ctx.fig.unit;
  const c = change(a.total, ctx.facts.prior.admin_running, u);
  if (c.missingPrior) warn(ctx, 'narrative.prior-missing', number, '机关运行经费预算数');
  const who =
    ctx.level === 'department' && a.units.length > 0
      ? `本部门所属${a.units.map((x) => x.name).join('、')}共${a.units.length}家行政单位和参照公务员法管理的事业单位`
      : `本${scope(ctx)}`;
  let text = `${ctx.year}年度${who}机关运行经费财政拨款预算${amount(a.total, u)}${c.text}。`;
  if (c.changed && !c.missingPrior) {
    if (!ctx.facts.reasons.admin_running) warn(ctx, 'narrative.reason-missing', number, '机关运行经费');
    text += reasonText(ctx.facts.reasons.admin_running);
  }
  return { number, title, text };
}

export function sectionProcurement(ctx: NarrativeContext): SectionText {
  const number = '九';
  const title = '政府采购情况';
  const p = ctx.facts.procurement;
  if (!p) {
    const kept = ctx.facts.verbatim[number];
    if (kept) return { number, title, text: kept };
    warn(ctx, 'narrative.fact-missing', number, '政府采购预算');
    return { number, title, text: `${subject(ctx)}政府采购预算总额${todo('政府采购预算（货物、工程、服务）')}。` };
  }
  const u = ctx.fig.unit;
  const total = p.goods + p.works + p.services;
  return {
    number,
    title,
    text: `${subject(ctx)}政府采购预算总额${amount(total, u)}，其中：货物${amount(p.goods, u)}、工程${amount(p.works, u)}、服务${amount(p.services, u)}。`,
  };
}
