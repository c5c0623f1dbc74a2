import type { Row } from '../../../src/model/disclosure.js';

// The label columns of a one-sided table as printed. A row's name path holds every printed label
// (部门经济科目 › 政府经济科目; 品目大类 › 专项 › 经济科目 › 采购物品). Where the tree of rows gives the path
// back (a project tree, a group row over its items) one indented name column shows it; where it does
// not — two names on one printed line, a 专项 printed on no row of its own — each path position gets
// its own column, or rows would look like duplicates of each other.

/** Printed headers of the label columns, where a template prints several. */
const PATH_HEADERS: Record<string, string[]> = {
  gpb_basic_econ: ['部门预算支出经济科目名称', '政府预算支出经济科目名称'],
  fiscal_basic_econ: ['部门预算支出经济科目名称', '政府预算支出经济科目名称'],
  procurement: ['采购品目大类', '专项名称', '经济科目', '采购物品名称'],
};

export interface PathColumns {
  headers: string[];
  /** Per row, the text of each label column ('' where the row prints nothing there). */
  cells: string[][];
}

const samePrefix = (a: readonly string[], b: readonly string[], n: number) => {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether a row's path says nothing the tree does not: just its name, or its parent's path plus its name. */
function fromTree(r: Row, parent: Row | undefined): boolean {
  if (r.path.length <= 1) return true;
  if (!parent) return false;
  const p = parent.path.length ? parent.path : [parent.name];
  return r.path.length === p.length + 1 && samePrefix(r.path, p, p.length) && r.path[p.length] === r.name;
}

/** Several label columns when the rows' paths cannot be read from the tree, else null. */
export function pathColumns(key: string, rows: readonly Row[], parents: ReadonlyArray<number | null>): PathColumns | null {
  const parentOf = (i: number) => {
    const p = parents[i];
    return p === null || p === undefined ? undefined : rows[p];
  };
  if (rows.every((r, i) => fromTree(r, parentOf(i)))) return null;
  const depth = Math.max(...rows.map((r) => r.path.length));
  const known = PATH_HEADERS[key];
  const headers = Array.from({ length: depth }, (_, j) => known?.[j] ?? (j === 0 ? '名称' : `第${j + 1}级名称`));
  const cells = rows.map((r, i) => {
    const path = r.path.length ? r.path : [r.name];
    // What the parent row already shows is not printed again (a group printed once over its rows).
    const p = parentOf(i)?.path ?? [];
    let start = 0;
    while (start < p.length && start < path.length - 1 && p[start] === path[start]) start++;
    return Array.from({ length: depth }, (_, j) => (j >= start ? (path[j] ?? '') : ''));
  });
  return { headers, cells };
}

/** Header text as printed, without the spaces a line break inside a header cell leaves between ideographs. */
export function cleanHeader(s: string): string {
  return s.replace(/(?<=[\u3400-\u9fff（）])\s+(?=[\u3400-\u9fff（）])/g, '').trim();
}

/** Sub-items printed with a circled number or 其中 under the row above (①公务用车购置费, 其中：…). */
export function isSubItem(name: string): boolean {
  return /^(?:[\u2460-\u2473\u3251-\u325f]|其中[:：]?)/.test(name.trim());
}
