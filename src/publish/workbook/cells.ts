import type ExcelJS from 'exceljs';
import { parseAmount } from '../../model/money.js';

// Reading what people type into cells: text however Excel stored it (rich text, formulas, numbers),
// amounts in 元 to the 分 without binary floating point, counts as integers. Problems are collected as
// messages naming the sheet and cell.

export class CellReader {
  readonly problems: string[] = [];

  text(ws: ExcelJS.Worksheet, row: number, col: number): string {
    return cellText(ws.getCell(row, col).value);
  }

  /** An amount in 元 → 分; blank → null. */
  amount(ws: ExcelJS.Worksheet, row: number, col: number): number | null {
    const v = ws.getCell(row, col).value;
    const raw = typeof v === 'number' ? numberText(v) : cellText(v);
    if (raw === '') return null;
    const a = parseAmount(raw, '元');
    if (!a) {
      this.problems.push(`${ws.name}!${ws.getCell(row, col).address}：“${raw}”不是金额`);
      return null;
    }
    if (a.inexact) this.problems.push(`${ws.name}!${ws.getCell(row, col).address}：金额 ${raw} 精确到分以下，已四舍五入到分`);
    return a.fen;
  }

  count(ws: ExcelJS.Worksheet, row: number, col: number): number | null {
    const raw = this.text(ws, row, col);
    if (raw === '') return null;
    if (!/^\d+$/.test(raw)) {
      this.problems.push(`${ws.name}!${ws.getCell(row, col).address}：“${raw}”不是整数`);
      return null;
    }
    return Number(raw);
  }
}

/** A number as Excel would show it in full: no exponent, no binary noise beyond 15 significant digits. */
function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('').trim();
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text).trim();
    if ('error' in v) return '';
  }
  return String(v).trim();
}

/** Rows of a key–value sheet: label (column A) → row number. */
export function labelRows(ws: ExcelJS.Worksheet): Map<string, number> {
  const m = new Map<string, number>();
  ws.eachRow((row, n) => {
    const label = cellText(row.getCell(1).value);
    if (label) m.set(label, n);
  });
  return m;
}
