import type { Column, Row, Table } from '../model/disclosure.js';

// Structural reading of a table shared by the rules: which columns are fund sources of which total,
// which rows sit under which (by printed level and position), how rows group by side. Keyed on column
// keys, row kinds, levels and roles only, never on printed wording.

/** Column keys that are sources of funds (parts of 合计 in income-like and project tables). */
export const FUND_SOURCES: readonly string[] = [
  'general_public', 'gov_fund', 'soe_capital', 'special_account', 'unit_funds', 'other_funds',
  'business_income', 'operating_income', 'subordinate_income', 'superior_subsidy', 'other_income',
];
/** The three kinds of 财政拨款: when a 财政拨款 subtotal column is printed, it stands for them. */
export const FISCAL_SOURCES: readonly string[] = ['general_public', 'gov_fund', 'soe_capital'];

/** Sides of a table: [null] for one-sided tables. */
export function sides(t: Table): Array<string | null> {
  const out: Array<string | null> = [];
  for (const c of t.columns) if (!out.includes(c.side)) out.push(c.side);
  return out.length ? out : [null];
}

export function columnsOf(t: Table, side: string | null): Column[] {
  return t.columns.filter((c) => c.side === side);
}

/** Rows that belong to a side (rows without a side belong to every side). */
export function rowsOnSide(t: Table, side: string | null): number[] {
  const out: number[] = [];
  t.rows.forEach((r, i) => {
    if (side === null || r.side === null || r.side === side) out.push(i);
  });
  return out;
}

export function hasAnyCell(r: Row, keys: readonly string[]): boolean {
  return keys.some((k) => r.cells[k] !== undefined);
}

/** Printed under the same header group: both top-level, or the same outermost header label. */
export function sameGroup(a: Column, b: Column): boolean {
  if (a.header.length <= 1 && b.header.length <= 1) return true;
  return a.header.length > 1 && b.header.length > 1 && a.header[0] === b.header[0];
}

/**
 * Children of each row by printed level: the rows after it at the nearest deeper level, up to the next
 * row at its level or above (a table that skips 款 sums 项 straight into 类). Only rows of `kinds` take
 * part; other rows end a block.
 */
export function childrenByLevel(t: Table, kinds: ReadonlySet<string>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const rows = t.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (!kinds.has(r.kind) || r.level < 1) continue;
    const block: number[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const s = rows[j]!;
      if (!kinds.has(s.kind) || s.level <= r.level) break;
      block.push(j);
    }
    if (!block.length) continue;
    const next = Math.min(...block.map((j) => rows[j]!.level));
    out.set(i, block.filter((j) => rows[j]!.level === next));
  }
  return out;
}

/** Amount columns of a row's side. */
export function amountColumns(t: Table, r: Row): string[] {
  return t.columns.filter((c) => r.side === null || c.side === null || c.side === r.side).map((c) => c.key);
}
