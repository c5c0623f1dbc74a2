import type { Table } from '../model/disclosure.js';
import type { CheckContext } from './context.js';
import type { Figure } from './figure.js';

// Short ways for cross-table rules to name a figure: a table key, a row (by code, role or the total) and
// a column key. A table or row that is not printed gives an exact 0 that remembers where it was looked for.

export type RowFinder = { code: string } | { role: string; side?: string } | { total: true };

export function findRow(ctx: CheckContext, t: Table, f: RowFinder): number | undefined {
  if ('code' in f) return ctx.rowByCode(t, f.code);
  if ('role' in f) return ctx.rowByRole(t, f.role, f.side);
  return ctx.totalRow(t);
}

function label(f: RowFinder): string {
  if ('code' in f) return f.code;
  if ('role' in f) return f.role;
  return 'total';
}

/** A figure by table, row and column; column `total` means the row's main amount in any template. */
export function fig(ctx: CheckContext, table: string, row: RowFinder, column: string): Figure {
  const t = ctx.table(table);
  if (!t) return ctx.missing(table, label(row), column);
  const i = findRow(ctx, t, row);
  if (i === undefined) return ctx.missing(table, label(row), column);
  return ctx.cell(t, i, column === 'total' ? ctx.mainColumn(t, i) : column);
}

/**
 * The figure for a role, printed either as a row (江苏 收入预算总表: one row a source) or as a column of
 * the total row (山西 预算收入总表: one column a source).
 */
export function roleFig(ctx: CheckContext, table: string, role: string, side?: string): Figure {
  const t = ctx.table(table);
  if (!t) return ctx.missing(table, role, null);
  const i = ctx.rowByRole(t, role, side);
  if (i !== undefined) return ctx.cell(t, i, ctx.mainColumn(t, i));
  const total = ctx.totalRow(t);
  if (total !== undefined && t.columns.some((c) => c.key === role)) return ctx.cell(t, total, role);
  const f = ctx.missing(table, role, role);
  f.noColumn = true;
  return f;
}

/** Does the table print function codes of this length (3 类, 5 款, 7 项)? */
export function printsCodes(t: Table, length: number): boolean {
  return t.rows.some((r) => r.code !== null && r.code.length === length && r.code_source === 'printed');
}

/** Function-classification codes printed in a table (3, 5 and 7 digits), in printed order. */
export function functionCodes(t: Table): string[] {
  const out: string[] = [];
  for (const r of t.rows) if (r.code && /^\d{3}(\d{2}){0,2}$/.test(r.code) && !out.includes(r.code)) out.push(r.code);
  return out;
}

/**
 * Codes to compare between two tables: those printed in either, except where one table does not print
 * that level at all (a table listing 类 and 项 without 款 has nothing to say about a 款).
 */
export function comparableCodes(a: Table, b: Table, extra: (t: Table) => string[] = () => []): string[] {
  const ca = [...functionCodes(a), ...extra(a)];
  const cb = [...functionCodes(b), ...extra(b)];
  const lengths = (cs: string[]) => new Set(cs.map((c) => c.length));
  const la = lengths(ca);
  const lb = lengths(cb);
  const out: string[] = [];
  for (const c of [...ca, ...cb]) if (!out.includes(c) && la.has(c.length) && lb.has(c.length)) out.push(c);
  return out;
}

/** The first column of one side of a two-sided table (the amount column of 收入, the total of 支出). */
export function sideColumn(t: Table | undefined, side: 'income' | 'expense'): string | undefined {
  return t?.columns.find((c) => c.side === side)?.key;
}

/** The first column key of a side that is one of `keys`. */
export function firstColumn(t: Table, keys: readonly string[], side: string | null = null): string | undefined {
  for (const k of keys) if (t.columns.some((c) => c.key === k && (side === null || c.side === side))) return k;
  return undefined;
}

/** Σ of a column over the rows whose code starts with `prefix` and has exactly `length` digits. */
export function rowsWithCode(t: Table, prefix: string): number[] {
  const out: number[] = [];
  t.rows.forEach((r, i) => {
    if (r.code && r.code.startsWith(prefix) && r.kind === 'item') out.push(i);
  });
  return out;
}

/** An item of the “三公” table: its row (山西, 合计 column) or its column in the one row of figures (江苏). */
export function threePublicFigure(ctx: CheckContext, t: Table, role: string): Figure | null {
  const i = ctx.rowByRole(t, role);
  if (i !== undefined) return ctx.cell(t, i, ctx.mainColumn(t, i));
  if (!t.columns.some((c) => c.key === role)) return null;
  const row = t.rows.findIndex((r) => Object.keys(r.cells).length > 0);
  return row >= 0 ? ctx.cell(t, row, role) : null;
}
