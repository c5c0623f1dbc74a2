import { formatFen, type MoneyUnit } from '../../../src/model/money.js';

// Display helpers. Amounts are exact 分 from the API; formatting is integer arithmetic (model/money).

export const KIND_ZH: Record<string, string> = { budget: '预算公开', final: '决算公开', performance: '绩效目标' };
export const LEVEL_ZH: Record<string, string> = { department: '部门', unit: '单位' };
export const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
export const PERIOD_ZH: Record<string, string> = { annual: '年度', implementation: '实施期' };
export const TEMPLATE_ZH: Record<string, string> = { shanxi: '山西模板', jiangsu: '江苏模板', shanghai: '上海模板', unknown: '未识别的模板' };

/** An ISO instant as local 年-月-日 时:分. */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const UNITS = new Set(['元', '千元', '万元', '亿元']);

export function money(fen: number | null | undefined, unit: string | null | undefined = '万元', grouping = true): string {
  if (fen === null || fen === undefined) return '';
  const u = (unit && UNITS.has(unit) ? unit : '万元') as MoneyUnit;
  return formatFen(fen, u, 2, grouping);
}

/** 分 → 万元 as a float, for chart geometry only (labels use money()). */
export function toWan(fen: number): number {
  return fen / 1_000_000;
}

/** 填报日期 as printed digits (20240111095511, 2024-01-11) → 2024-01-11 09:55:11; anything else as printed. */
export function filledAt(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(s.trim());
  if (!m) return s;
  return `${m[1]}-${m[2]}-${m[3]}${m[4] ? ` ${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}` : ''}`;
}
