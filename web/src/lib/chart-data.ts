import type { TableResponse } from '../../../src/server/api-types.js';
import { columnZh } from '../../../src/model/table-keys.js';

// Chart series from printed tables (exact 分 in, 分 out; the chart converts for geometry only).

export interface TreeNode {
  name: string;
  code: string | null;
  value: number;
  children?: TreeNode[];
}

/** Function classes (类 › 款 › 项) of an expense table, valued by its `total` column. */
export function functionTree(t: TableResponse, column = 'total'): TreeNode[] {
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

export interface Slice {
  name: string;
  value: number;
}

/** Income by fund source: the total row of 收入总表, every column but the total. */
export function fundSources(income: TableResponse): Slice[] {
  const total = income.rows.find((r) => r.kind === 'total');
  if (!total) return [];
  return income.columns
    .filter((c) => c.key !== 'total' && (total.cells[c.key]?.fen ?? 0) > 0)
    .map((c) => ({ name: c.header[c.header.length - 1]?.replace(/\s+/g, '') || columnZh(c.key), value: total.cells[c.key]!.fen }));
}

/** 基本支出 vs 项目支出 from the total row of 支出总表. */
export function basicVsProject(expense: TableResponse): Slice[] {
  const total = expense.rows.find((r) => r.kind === 'total');
  if (!total) return [];
  return [
    { name: '基本支出', value: total.cells.basic?.fen ?? 0 },
    { name: '项目支出', value: total.cells.project?.fen ?? 0 },
  ].filter((s) => s.value > 0);
}

const THREE_PUBLIC: Array<[string, string]> = [
  ['abroad', '因公出国（境）费'],
  ['reception', '公务接待费'],
  ['vehicle_purchase', '公务用车购置费'],
  ['vehicle_operation', '公务用车运行维护费'],
];

/** 三公 items (the two vehicle parts separately), printed total column. */
export function threePublic(t: TableResponse): Slice[] {
  return THREE_PUBLIC.map(([role, name]) => ({ name, value: t.rows.find((r) => r.role === role)?.cells.total?.fen ?? 0 }));
}
