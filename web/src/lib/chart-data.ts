import type { TableResponse } from '../../../src/server/api-types.js';
import { columnZh } from '../../../src/model/table-keys.js';
import { cleanHeader } from './label-columns.js';

// Chart series from printed tables (exact 分 in, 分 out; the chart converts for geometry only).

export interface TreeNode {
  name: string;
  code: string | null;
  value: number;
  children?: TreeNode[];
}

/** Function classes (类 › 款 › 项) of an expense table, valued by its `total` column (else its first). */
export function functionTree(t: TableResponse, column = t.columns.some((c) => c.key === 'total') ? 'total' : (t.columns[0]?.key ?? 'total')): TreeNode[] {
  const nodes = new Map<number, TreeNode>();
  const roots: TreeNode[] = [];
  t.rows.forEach((r, i) => {
    if (r.kind !== 'item' || !r.code) return;
    const fen = r.cells[column]?.fen ?? 0;
    if (fen <= 0) return;
    const node: TreeNode = { name: `${r.code} ${r.name}`, code: r.code, value: fen };
    nodes.set(i, node);
    const p = t.parents[i];
    const parent = p === null || p === undefined ? undefined : nodes.get(p);
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  });
  return roots;
}

/** A name without its leading function code (the code stays in the tooltip). */
const bare = (n: TreeNode) => (n.code && n.name.startsWith(`${n.code} `) ? n.name.slice(n.code.length + 1) : n.name);

export interface ChartNode {
  name: string;
  code: string | null;
  /** 万元, for geometry only. */
  value: number;
  fen: number;
  label: { show: boolean };
  children: ChartNode[] | undefined;
}

/**
 * Tree-chart nodes: names without codes, and a label only where the node holds at least `minShare` of
 * the whole (smaller cells showed truncated labels like "2" or "21…").
 */
export function chartTree(nodes: TreeNode[], whole: number, minShare: number): ChartNode[] {
  return nodes.map((n) => ({
    name: bare(n),
    code: n.code,
    value: n.value / 1_000_000,
    fen: n.value,
    label: { show: n.value / whole >= minShare },
    children: n.children ? chartTree(n.children, whole, minShare) : undefined,
  }));
}

export interface Slice {
  name: string;
  value: number;
}

const FUND_ROLES = ['general_public', 'gov_fund', 'soe_capital', 'special_account', 'unit_funds', 'other_funds', 'carryover'];

const stripOrdinal = (s: string) => s.replace(/^(?:[一二三四五六七八九十]+、|\d+[.、．])\s*/, '');

/**
 * Income by fund source: rows with a fund-source role on the income side of 收支总表 (or in 收入总表),
 * else the columns of 收入总表's total row. 财政拨款 counts only when its parts are not printed.
 */
export function fundSources(summary: TableResponse | null, income: TableResponse | null): Slice[] {
  for (const t of [summary, income]) {
    if (!t) continue;
    const rows = t.rows.filter((r) => (t.key !== 'summary' || r.side === 'income') && r.level <= 1 && r.role !== null);
    const roles = rows.filter((r) => FUND_ROLES.includes(r.role!));
    const parts = roles.length ? roles : rows.filter((r) => r.role === 'fiscal');
    const slices = parts.map((r) => ({ name: stripOrdinal(r.name), value: Object.values(r.cells)[0]?.fen ?? 0 })).filter((x) => x.value > 0);
    if (slices.length) return slices;
  }
  const total = income?.rows.find((r) => r.kind === 'total');
  if (!income || !total) return [];
  return income.columns
    .filter((c) => c.key !== 'total' && (total.cells[c.key]?.fen ?? 0) > 0)
    .map((c) => ({ name: c.header[c.header.length - 1]?.replace(/\s+/g, '') || columnZh(c.key), value: total.cells[c.key]!.fen }));
}

/**
 * Expense by purpose from the total row of 支出总表: 基本支出, 项目支出 and every column printed beside them
 * (单位预留机动经费, 结转下年 …), so the shares are of the table's whole total.
 */
export function expenseByPurpose(expense: TableResponse): Slice[] {
  const total = expense.rows.find((r) => r.kind === 'total');
  const basic = expense.columns.find((c) => c.key === 'basic');
  if (!total || !basic) return [];
  const group = basic.header.slice(0, -1).join('\u0000');
  return expense.columns
    .filter((c) => c.key !== 'total' && c.side === basic.side && c.header.length === basic.header.length && c.header.slice(0, -1).join('\u0000') === group)
    .map((c) => ({ name: cleanHeader(c.header[c.header.length - 1] ?? '') || columnZh(c.key), value: total.cells[c.key]?.fen ?? 0 }))
    .filter((s) => s.value > 0);
}

const THREE_PUBLIC: Array<[string, string]> = [
  ['abroad', '因公出国（境）费'],
  ['reception', '公务接待费'],
  ['vehicle_purchase', '公务用车购置费'],
  ['vehicle_operation', '公务用车运行维护费'],
];

/** 三公 items (the two vehicle parts separately): rows with these roles, or columns of the total row. */
export function threePublic(t: TableResponse): Slice[] {
  const total = t.rows.find((r) => r.kind === 'total');
  return THREE_PUBLIC.map(([role, name]) => {
    const row = t.rows.find((r) => r.role === role);
    return { name, value: row ? (row.cells.total?.fen ?? 0) : (total?.cells[role]?.fen ?? 0) };
  });
}

/** The first table with coded function classes (支出总表, else 一般公共预算支出表 or 财政拨款支出表). */
export function functionTable(tables: ReadonlyArray<TableResponse | null>): TableResponse | null {
  return tables.find((t) => t && t.rows.some((r) => r.kind === 'item' && r.code && /^\d{3}$/.test(r.code))) ?? null;
}
