import { formatFen, type MoneyUnit } from '../../model/money.js';

// Figures in sentences: amounts with thousands separators in the printed unit, shares and rates to two
// decimals rounded half up (四舍五入) with integer arithmetic, and the marker left for the author where
// the input lacks something the text needs.

/** "19,155.70万元". */
export function amount(fen: number, unit: MoneyUnit): string {
  return `${formatFen(fen, unit, 2, true)}${unit}`;
}

/** part / whole as a percentage with two decimals, half away from zero; null when whole is 0. */
export function percent(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const neg = part < 0 !== whole < 0 && part !== 0;
  const p = BigInt(Math.abs(part));
  const w = BigInt(Math.abs(whole));
  // basis points = round(part × 10000 / whole)
  const bp = (p * 20000n + w) / (2n * w);
  const s = `${bp / 100n}.${(bp % 100n).toString().padStart(2, '0')}%`;
  return neg && bp !== 0n ? `-${s}` : s;
}

/** "占94.18%" (or nothing when the whole is zero). */
export function shareOf(part: number, whole: number): string {
  const p = percent(part, whole);
  return p === null ? '' : `，占${p}`;
}

/** The visible marker of a figure or reason the author still has to supply. */
export function todo(what: string): string {
  return `【待补充：${what}】`;
}

export const TODO_PATTERN = /【待补充：[^】]*】/g;

export interface Change {
  /** ", 比上年增加708.43万元，增长3.84%" — or the marker when last year's figure is missing. */
  text: string;
  /** The figure changed (and so wants a reason). */
  changed: boolean;
  /** Last year's figure was not entered. */
  missingPrior: boolean;
}

/** Year-on-year change of a budget figure against last year's budget. */
export function change(currentFen: number, prior: number | null | undefined, unit: MoneyUnit, lastYear = '上年'): Change {
  if (prior === null || prior === undefined) return { text: `，比${lastYear}${todo(`${lastYear}预算数`)}`, changed: true, missingPrior: true };
  const d = currentFen - prior;
  if (d === 0) return { text: `，与${lastYear}预算持平`, changed: false, missingPrior: false };
  const rate = percent(Math.abs(d), Math.abs(prior));
  const verb = d > 0 ? '增加' : '减少';
  const dir = d > 0 ? '增长' : '下降';
  return { text: `，比${lastYear}${verb}${amount(Math.abs(d), unit)}${rate === null ? '' : `，${dir}${rate}`}`, changed: true, missingPrior: false };
}

/** "主要原因是……。" or the marker. */
export function reasonText(reason: string | null | undefined): string {
  const r = reason?.trim();
  if (!r) return `主要原因：${todo('增减变动原因')}。`;
  return `主要原因：${r.replace(/[。；;，,\s]+$/, '')}。`;
}

/** Join list items the way the documents do: "甲、乙、丙". */
export function list(items: readonly string[]): string {
  return items.join('、');
}
