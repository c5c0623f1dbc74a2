import { fold } from '../../text/fold.js';
import { isAmountText } from '../../model/money.js';
import type { SourceLine } from '../source-line.js';
import { columnKey, isHeaderWord, isItemLabel, labelRole, type LabelRole } from './columns.js';

// Header rows → a column grid. Merged header cells print once, at the first column they span; a group
// label ("本年收入") spans right over the empty cells of its row as long as the row below has leaves
// there. Each grid column gets its header path, then a role: label (code/name) or amount (a key).

export interface GridColumn {
  index: number;
  header: string[];
  side: string | null;
  label: LabelRole | null;
  key: string | null;
}

export interface Grid {
  columns: GridColumn[];
  /** Number of header rows consumed. */
  rows: number;
  sides: string[];
}

const TOTAL_ROW = /^(合计|总计|部门合计|单位合计|本年收入合计|本年支出合计|收入总计|支出总计|收入合计|支出合计)$/;

/** Is this a column-numbering row ("1 2 3 4 5 6 7")? */
export function isNumberingRow(line: SourceLine): boolean {
  let expect = 0;
  let n = 0;
  for (let i = 0; i < line.cells.length; i++) {
    const c = line.cells[i]!;
    if (c.length === 0) continue;
    if (!/^\d{1,2}$/.test(c)) return false;
    const v = Number(c);
    if (expect === 0) expect = v;
    if (v !== expect) return false;
    expect++;
    n++;
  }
  return n >= 3;
}

/** A header row: made only of header words, no figure, and not a 合计 row label at the left. */
export function isHeaderRow(line: SourceLine): boolean {
  return isPlainHeaderRow(line) || isItemHeaderRow(line);
}

/**
 * Items printed across as columns ("合计 | “三公”经费 | 会议费 | 培训费"): two labels or more, no figure,
 * each a header word or an item label, with at least one of each — or items only, two at least (a group
 * row: "“三公”经费预算数 | 机关运行经费预算数"); a data row names one item.
 */
function isItemHeaderRow(line: SourceLine): boolean {
  let words = 0;
  let items = 0;
  for (let i = 0; i < line.cells.length; i++) {
    const c = line.cells[i]!;
    if (c.length === 0) continue;
    if (isAmountText(c)) return false;
    if (isItemLabel(c)) items++;
    else if (isHeaderWord(c)) words++;
    else return false;
  }
  return items > 0 && items + words >= 2;
}

function isPlainHeaderRow(line: SourceLine): boolean {
  let any = false;
  for (let i = 0; i < line.cells.length; i++) {
    const c = line.cells[i]!;
    if (c.length === 0) continue;
    if (isAmountText(c)) return false;
    if (i <= 1 && !any && TOTAL_ROW.test(fold(c)) && !line.cells.slice(i + 1).some((x) => isHeaderWord(x))) return false;
    if (!isHeaderWord(c)) return false;
    any = true;
  }
  return any;
}

/** Build the grid from the header rows (top to bottom). `width` is the widest row of the table. */
export function buildGrid(headerRows: readonly SourceLine[], width: number): Grid {
  const h = headerRows.length;
  // Pushed, not mapped: arrays of one elements kind keep the code below monomorphic.
  const labels: string[][] = [];
  for (const r of headerRows) {
    const a = r.cells.slice(0, width);
    while (a.length < width) a.push('');
    labels.push(a);
  }
  // Span group labels rightwards over empty cells where the next row has labels below. Bottom up: a
  // group over a group (“三公”经费 › 公务用车购置及运行维护费 › 购置费) spans what the lower one spans.
  for (let r = h - 2; r >= 0; r--) {
    const row = labels[r]!;
    const below = labels[r + 1]!;
    let carry = '';
    for (let c = 0; c < width; c++) {
      if (row[c]!.length > 0) carry = row[c]!;
      else if (carry && below[c]!.length > 0 && !isLabelWord(carry)) row[c] = carry;
      else carry = '';
    }
  }
  // Sides: a top row that names 收入 and 支出 splits the grid.
  const sides: string[] = [];
  const sideOf: (string | null)[] = new Array<string | null>(width).fill(null);
  if (h > 0) {
    const top = headerRows[0]!.cells; // as printed: before group labels were spread
    let current: string | null = null;
    let seenIncome = false;
    let seenExpense = false;
    for (let c = 0; c < width; c++) {
      const f = fold(top[c] ?? '');
      if (f.length > 0) {
        if (/收入/.test(f) && !/支出/.test(f)) { current = 'income'; seenIncome = true; }
        else if (/支出/.test(f) && seenIncome) {
          current = seenExpense ? 'expense_by_purpose' : 'expense';
          seenExpense = true;
        }
      }
      sideOf[c] = current;
    }
    if (seenIncome && seenExpense) {
      for (const s of sideOf) if (s && !sides.includes(s)) sides.push(s);
      // Second-level side split (江苏: 支出 › 功能分类 | 支出用途). The expense side then prints two
      // name columns (功能科目名称 … 项目名称); the second starts the 支出用途 side. Where the leaf row
      // does not show it, the 支出用途 label itself marks the start.
      if (h > 1) {
        const leaf = labels[h - 1]!;
        const names: number[] = [];
        for (let c = 0; c < width; c++) if (sideOf[c] === 'expense' && labelRole([fold(leaf[c]!)]) === 'name') names.push(c);
        let start = names.length >= 2 ? names[1]! : -1;
        if (start < 0) {
          const second = labels[1]!;
          for (let c = 0; c < width && start < 0; c++) if (/支出用途|按用途|经济分类/.test(fold(second[c]!)) && sideOf[c] === 'expense') start = c;
        }
        if (start >= 0) {
          for (let d = start; d < width && sideOf[d] === 'expense'; d++) sideOf[d] = 'expense_by_purpose';
          sides.push('expense_by_purpose');
        }
      }
    } else sideOf.fill(null);
  }
  const columns: GridColumn[] = [];
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const header: string[] = [];
    for (let r = 0; r < h; r++) {
      const v = labels[r]![c]!;
      if (v.length > 0 && header[header.length - 1] !== v) header.push(v);
    }
    // The side label itself ("收入", "支出", "财政拨款收入") is not part of the column's meaning.
    const meaningful = sideOf[c] ? header.filter((x, i) => !(i === 0 && SIDE_LABEL.test(fold(x)))) : header;
    const label = meaningful.length ? labelRole(meaningful) : null;
    columns.push({ index: c, header, side: sideOf[c] ?? null, label, key: null });
    paths.push(meaningful);
  }
  const scope = scopeGroups(columns, paths);
  for (const col of columns) {
    const path = scope.has(col.index) ? paths[col.index]!.slice(1) : paths[col.index]!;
    if (!col.label && path.length) col.key = columnKey(path);
  }
  return { columns, rows: h, sides };
}

const SIDE_LABEL = /^(本年|财政拨款)?(收入|支出)$/;

/**
 * Columns of a one-sided table under a group label that spans every amount column ("一般公共预算基本支出 ›
 * 合计 | 人员经费 | 公用经费"): the label says what the whole table is, not what one column is, so it does
 * not make the 合计 under it a column of its own kind. (The sides of two-sided tables are named by their
 * own top labels.)
 */
function scopeGroups(columns: readonly GridColumn[], paths: readonly string[][]): Set<number> {
  const out = new Set<number>();
  const cols = columns.filter((c) => !c.label && c.side === null && paths[c.index]!.length);
  if (cols.length < 2) return out;
  const group = paths[cols[0]!.index]![0];
  if (cols.every((c) => paths[c.index]!.length >= 2 && paths[c.index]![0] === group)) for (const c of cols) out.add(c.index);
  return out;
}

function isLabelWord(s: string): boolean {
  return labelRole([s]) !== null;
}
