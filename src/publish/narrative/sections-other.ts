import { amount, list, todo } from './phrases.js';
import { scope, subject, warn, type NarrativeContext, type SectionText } from './context.js';

// Sections 十, 十一 and 十二: performance targets, state-owned assets, other notes.

export function sectionPerformance(ctx: NarrativeContext, formCount: number): SectionText {
  const number = '十';
  const title = '绩效管理情况';
  const u = ctx.fig.unit;
  const parts: string[] = [];
  const perf = ctx.facts.performance;
  if (perf.units_with_overall_targets !== null) {
    const of = perf.units_total !== null ? `（共${perf.units_total}个预算单位）` : '';
    parts.push(`1. 整体绩效目标\n${subject(ctx)}编报整体支出绩效目标的预算单位${perf.units_with_overall_targets}个${of}。`);
  } else if (ctx.facts.verbatim[number]) {
    return { number, title, text: ctx.facts.verbatim[number]! };
  }
  const p = ctx.fig.projects;
  if (!p) {
    warn(ctx, 'narrative.table-missing', number, '项目支出预算表');
    parts.push(todo('项目支出预算表'));
  } else {
    let text = `${subject(ctx)}纳入绩效目标管理的项目${p.count}个，涉及金额${amount(p.total, u)}`;
    const cats = ctx.facts.categories;
    if (cats && cats.length) text += `。其中：${list(cats.map((c) => `${c.category}项目${c.count}个，金额${amount(c.fen, u)}`)).replace(/、/g, '；')}`;
    text += formCount > 0 ? `。本次公开项目绩效目标表${formCount}个。` : '。';
    parts.push(parts.length ? `2. 项目绩效目标\n${text}` : text);
  }
  return { number, title, text: parts.join('\n') };
}

export function sectionAssets(ctx: NarrativeContext): SectionText {
  const number = '十一';
  const title = '国有资产占有使用情况';
  const a = ctx.facts.assets;
  if (!a) {
    const kept = ctx.facts.verbatim[number];
    if (kept) return { number, title, text: kept };
    warn(ctx, 'narrative.fact-missing', number, '国有资产占有使用情况');
    return { number, title, text: todo('车辆、房屋及大额设备情况') };
  }
  const asOf = a.as_of ? `截至${a.as_of}，` : '';
  const lines: string[] = [];
  if (a.vehicles !== null) {
    const quota = a.vehicle_quota !== null ? `编制${a.vehicle_quota}辆，` : '';
    const uses = a.vehicles_by_use.length ? `，其中：${a.vehicles_by_use.map((v) => `${v.use}${v.count}辆`).join('，')}` : '';
    lines.push(`1. 车辆情况：${asOf}${ctx.entity}公务用车${quota}实有${a.vehicles}辆${uses}。`);
  }
  if (a.office_area !== null) lines.push(`${lines.length + 1}. 房屋情况：${asOf}${ctx.entity}使用办公用房建筑面积${a.office_area}平方米。`);
  if (a.equipment.length) {
    const eq = a.equipment.map((e) => `单位价值${e.threshold}（原值）以上的${e.kind}${e.count}台（套）`).join('；');
    lines.push(`${lines.length + 1}. 其他国有资产占有使用情况：${asOf}${ctx.entity}占有使用${eq}。`);
  }
  return { number, title, text: lines.length ? lines.join('\n') : `${asOf}本${scope(ctx)}无需说明的国有资产占有使用情况。` };
}

export function sectionOther(ctx: NarrativeContext): SectionText {
  const number = '十二';
  const title = '其他说明';
  const kept = ctx.facts.verbatim[number];
  if (kept && ctx.facts.purchaseServices === null && ctx.facts.otherNotes === null) return { number, title, text: kept };
  const services = ctx.facts.purchaseServices?.trim() || `本${scope(ctx)}无政府购买服务指导性目录。`;
  const other = ctx.facts.otherNotes?.trim() || '无。';
  return { number, title, text: `（一）政府购买服务指导性目录\n${services}\n（二）其他\n${other}` };
}
