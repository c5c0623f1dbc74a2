import type { Figures } from './figures.js';
import type { NarrativeFacts } from './facts.js';

// What every section writer gets: the figures from the tables, the facts, and a place to report what
// the author still has to supply.

export type NarrativeWarningCode =
  | 'narrative.prior-missing' // last year's figure not entered: the change cannot be stated
  | 'narrative.reason-missing' // a figure changed and no reason was given
  | 'narrative.table-missing' // the table the section quotes is not in the disclosure
  | 'narrative.fact-missing'; // a fact the section states (政府采购, 国有资产 …) was not entered

export interface NarrativeWarning {
  code: NarrativeWarningCode;
  /** Section number (一 … 十二). */
  section: string;
  /** What is missing: the figure or table concerned. */
  item: string;
}

export interface NarrativeContext {
  year: number;
  entity: string;
  level: 'department' | 'unit';
  fig: Figures;
  facts: NarrativeFacts;
  warnings: NarrativeWarning[];
}

export interface SectionText {
  number: string;
  title: string;
  text: string;
}

/** 部门 or 单位, as the template words it. */
export const scope = (ctx: NarrativeContext): string => (ctx.level === 'department' ? '部门' : '单位');

/** "2024年度阳泉市卫生健康委员会" */
export const subject = (ctx: NarrativeContext): string => `${ctx.year}年度${ctx.entity}`;

export function warn(ctx: NarrativeContext, code: NarrativeWarningCode, section: string, item: string): void {
  ctx.warnings.push({ code, section, item });
}

const MESSAGES: Record<NarrativeWarningCode, (w: NarrativeWarning) => string> = {
  'narrative.prior-missing': (w) => `情况说明${w.section}：未填上年${w.item}，增减变动未能计算，文中已标记“待补充”`,
  'narrative.reason-missing': (w) => `情况说明${w.section}：${w.item}比上年有变动，但未填写变动原因，文中已标记“待补充”`,
  'narrative.table-missing': (w) => `情况说明${w.section}：缺少${w.item}，相关数字未能生成`,
  'narrative.fact-missing': (w) => `情况说明${w.section}：未填写${w.item}，文中已标记“待补充”`,
};

export function narrativeWarningMessage(w: NarrativeWarning): string {
  return MESSAGES[w.code](w);
}
