import { parseAmount, type MoneyUnit } from '../../model/money.js';
import type { SourceLine } from '../source-line.js';

// Rows named by several label columns, left to right from the group to the item (江苏 收入预算总表:
// 一般公共预算资金 › 公共财政拨款(补助)资金; 政府采购: 货物 › 专项 › 经济科目 › 采购物品). A group's label
// is printed once, in a cell merged down over its rows, so an empty label cell means "as above". The row
// is named by its deepest printed label; a 小计 under a group is the group's own line.

/** A column without a header role whose data cells are text, never a figure: a label column. */
export function isTextColumn(index: number, data: readonly SourceLine[], unit: MoneyUnit): boolean {
  let text = false;
  for (const l of data) {
    const v = l.cells[index] ?? '';
    if (!v || /^[-—–－/\\]+$/.test(v)) continue;
    if (parseAmount(v, unit)) return false;
    text = true;
  }
  return text;
}

const SUBTOTAL = /^(小计|合计)$/;

export interface LabelledRow {
  /** Label cells of the row, group first ('' where the printed cell is empty). */
  labels?: string[];
  name: string;
  path?: string[];
}

/** Name and path of each row from its label cells, carrying group labels down over their rows. */
export function resolvePaths(rows: readonly LabelledRow[]): void {
  let carried: string[] = [];
  for (const r of rows) {
    const labels = r.labels;
    if (!labels) continue;
    let deepest = -1;
    for (let i = 0; i < labels.length; i++) if (labels[i]) deepest = i;
    if (deepest < 0) {
      r.path = carried.length ? [...carried] : [];
      continue;
    }
    const path: string[] = [];
    for (let i = 0; i <= deepest; i++) {
      const v = labels[i] || (i < deepest ? (carried[i] ?? '') : '');
      path.push(v);
    }
    carried = path;
    const named = path.filter((p) => p.length > 0);
    // "一般公共预算资金 | 小计": the group's own line.
    if (named.length > 1 && SUBTOTAL.test(named[named.length - 1]!.replace(/\s+/g, ''))) named.pop();
    r.path = named;
    r.name = named[named.length - 1] ?? '';
  }
}
