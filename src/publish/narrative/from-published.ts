import type { Disclosure, Section } from '../../model/disclosure.js';
import { parseAmount, type MoneyUnit } from '../../model/money.js';
import { fold } from '../../text/fold.js';
import { emptyFacts, type NarrativeFacts } from './facts.js';
import { figuresOf } from './figures.js';

// Facts recovered from a published 情况说明, so a re-rendered disclosure keeps what its authors stated
// beyond the tables: last year's figures (from "比上年增加/减少 X万元" or "与上年相同" next to this
// year's figure), the reasons given, 政府采购 by kind; sections with nothing to compute (绩效, 国有资产,
// 其他) are kept verbatim.

const CHANGE = /(?:比|较)(?:上年|上一年|\d{4}年)(?:预算)?(?:数)?(增加|增长|减少|下降)([\d,，.]+)万元|与(?:上年|\d{4}年)(?:预算)?(?:数)?(?:相同|持平)/;

/** Last year's figure from the first change phrase after `anchor` in `text`, given this year's. */
export function priorFrom(text: string, anchor: RegExp, current: number, unit: MoneyUnit): number | null {
  const a = anchor.exec(text);
  if (!a) return null;
  const rest = text.slice(a.index, a.index + 160);
  const m = CHANGE.exec(rest);
  if (!m) return null;
  if (!m[1]) return current;
  const d = parseAmount(m[2]!.replace(/，/g, ','), unit);
  if (!d) return null;
  return m[1] === '增加' || m[1] === '增长' ? current - d.fen : current + d.fen;
}

/** The reason after "主要原因是/原因是", up to the end of its sentence. */
export function reasonFrom(text: string): string | null {
  const m = /(?:主要)?原因(?:是|为|：|:)([^。]+)。?/.exec(text);
  // A second statement ("；本年…支出总计…") often follows in the same sentence.
  return m ? m[1]!.split(/；(?=本年|本部门|本单位|\d{4}年)/)[0]!.trim() : null;
}

function section(doc: Disclosure, number: string): Section | undefined {
  return doc.sections.find((s) => s.number === number);
}

function amountAfter(text: string, label: RegExp, unit: MoneyUnit): number | null {
  const m = new RegExp(`${label.source}[^\\d]{0,6}([\\d,，.]+)万元`).exec(text);
  return m ? (parseAmount(m[1]!.replace(/，/g, ','), unit)?.fen ?? null) : null;
}

export function factsFromPublished(doc: Disclosure): NarrativeFacts {
  const facts = emptyFacts();
  const fig = figuresOf(doc);
  const unit: MoneyUnit = '万元';
  const one = section(doc, '一')?.text ?? '';
  if (fig.summary) {
    facts.prior.income_total = priorFrom(one, /收入总计|预算收入/, fig.summary.incomeTotal, unit);
    facts.prior.expense_total = priorFrom(one, /支出总计|支出预算/, fig.summary.expenseTotal, unit);
  }
  if (facts.prior.income_total !== null && facts.prior.income_total !== fig.summary?.incomeTotal) facts.reasons.income = reasonFrom(one);
  const five = section(doc, '五')?.text ?? '';
  if (fig.gpb) {
    facts.prior.gpb_current = priorFrom(five, /当年支出/, fig.gpb.total, unit);
    if (facts.prior.gpb_current !== null && facts.prior.gpb_current !== fig.gpb.total) facts.reasons.gpb = reasonFrom(five.split(/（二）/)[0]!);
  }
  const seven = section(doc, '七')?.text ?? '';
  if (fig.threePublic) {
    const t = fig.threePublic;
    const items: Array<[keyof typeof facts.prior.three_public, RegExp]> = [
      ['abroad', /因公出国（境）费/],
      ['reception', /公务接待费/],
      ['vehicle_purchase', /公务用车购置费/],
      ['vehicle_operation', /公务用车运行(?:维护)?费/],
    ];
    for (const [k, re] of items) facts.prior.three_public[k] = priorFrom(seven, re, t[k] ?? 0, unit);
    if (Object.entries(facts.prior.three_public).some(([k, v]) => v !== null && v !== (t[k] ?? 0))) facts.reasons.three_public = reasonFrom(seven);
  }
  const eight = section(doc, '八')?.text ?? '';
  if (fig.adminRunning) {
    facts.prior.admin_running = priorFrom(eight, /机关运行经费/, fig.adminRunning.total, unit);
    if (facts.prior.admin_running !== null && facts.prior.admin_running !== fig.adminRunning.total) facts.reasons.admin_running = reasonFrom(eight);
  }
  const nine = fold(section(doc, '九')?.text ?? '');
  const goods = amountAfter(nine, /货物(?:预算)?/, unit);
  const works = amountAfter(nine, /工程(?:预算)?/, unit);
  const services = amountAfter(nine, /服务(?:预算)?/, unit);
  if (goods !== null || works !== null || services !== null) facts.procurement = { goods: goods ?? 0, works: works ?? 0, services: services ?? 0 };
  for (const n of ['十', '十一', '十二']) {
    const s = section(doc, n);
    if (s?.text.trim()) facts.verbatim[n] = s.text;
  }
  return facts;
}
