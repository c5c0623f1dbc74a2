import type { Diagnostic } from '../../model/diagnostic.js';
import type { Cell, Column, Row } from '../../model/disclosure.js';
import { parseAmount, type MoneyUnit, type ParsedAmount } from '../../model/money.js';
import type { SourceLine } from '../source-line.js';
import type { Grid, GridColumn } from './header.js';
import { isTextColumn, resolvePaths } from './label-path.js';

// Data rows → model rows on the header grid. Each side of a two-sided table yields its own row. Cells
// are read by grid position; a figure that lands outside every amount column is never dropped: it is
// reported (table.row-shape) and, where the row is simply shifted, realigned.

const CODE = /^\d{3}(?:\d{2}){0,2}$/;
// Digits in a code column that are no function code (a 6-digit 210010): a misprinted code, not a figure.
const MALFORMED_CODE = /^\d{4,8}$/;
// What a blank label cell is printed as: a dash, a zero.
const PLACEHOLDER = /^(?:[-—–－/\\]+|0+(?:\.0+)?)$/;
// A label printed letter-spaced (合  计 with ideographic spaces, 收 入 总 计): the spaces are layout, not part of the name.
const SPACED_OUT = /^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff])+$/;
const CODE_AND_NAME = /^(\d{3}(?:\d{2}){0,2})[\s\u3000]*(\D.*)$/;

export interface RawRow {
  side: string | null;
  code: string | null;
  name: string;
  name2: string | null;
  cells: Record<string, Cell>;
  line: SourceLine;
  /** Rows named by several label columns: their cells, group first (see label-path.ts). */
  labels?: string[];
  /** The resolved name path of such rows. */
  path?: string[];
  /** Text columns (采购组织形式) by printed heading, when the row prints any. */
  attrs?: Record<string, string>;
}

export interface RowsResult {
  columns: Column[];
  rows: RawRow[];
  diagnostics: Diagnostic[];
}

interface SideLayout {
  side: string | null;
  code: GridColumn[];
  name: GridColumn | null;
  name2: GridColumn | null;
  amounts: GridColumn[];
  /** Label columns from the group to the item, when a row is named by more than name (+ name2). */
  labels: GridColumn[];
  /** Text attributes of the row (采购组织形式): read as labels, not figures. */
  attrs: GridColumn[];
}

export function readRows(grid: Grid, data: readonly SourceLine[], unit: MoneyUnit, table: string, splitCodes = true): RowsResult {
  const diagnostics: Diagnostic[] = [];
  const layouts = layoutSides(grid, data, unit);
  const amountOf = amountParser(unit);
  // Give every amount column a key unique within its side; unknown ones get col<N> and a diagnostic.
  const columns: Column[] = [];
  for (const l of layouts) {
    const used = new Set<string>();
    for (const col of l.amounts) {
      let key = col.key ?? `col${col.index + 1}`;
      if (!col.key) {
        diagnostics.push(diag('table.unknown-column', 'info', null, table, col.header.join(' › ') || `第${col.index + 1}列`));
      }
      if (used.has(key)) {
        let n = 2;
        while (used.has(`${key}_${n}`)) n++;
        key = `${key}_${n}`;
      }
      used.add(key);
      col.key = key;
      columns.push({ key, header: col.header, side: l.side });
    }
  }
  const amountIdx = new Set<number>();
  const labelIdx = new Set<number>();
  const codeIdx = new Set<number>();
  for (const l of layouts) {
    for (const c of l.amounts) amountIdx.add(c.index);
    if (l.code.length === 1) codeIdx.add(l.code[0]!.index);
    for (const c of [...l.code, l.name, l.name2, ...l.labels, ...l.attrs]) if (c) labelIdx.add(c.index);
  }
  const rows: RawRow[] = [];
  const lastCode = new Map<SideLayout, string>();
  // Index loops over rows and sides: for-of is a try/finally region, costlier to compile here.
  for (let k = 0; k < data.length; k++) {
    const line = spanLabels(realign(data[k]!, amountIdx, labelIdx, codeIdx, amountOf, table, diagnostics), layouts, amountOf);
    for (let s = 0; s < layouts.length; s++) {
      const l = layouts[s]!;
      const r = readSide(l, line, amountOf, table, diagnostics, splitCodes, lastCode.get(l) ?? null);
      if (r) rows.push(r);
      if (r?.code) lastCode.set(l, r.code);
    }
    // A figure outside every amount and label column is reported, never silently dropped.
    for (let i = 0; i < line.cells.length; i++) {
      const v = line.cells[i]!;
      if (v && !amountIdx.has(i) && !labelIdx.has(i) && amountOf(v)) {
        diagnostics.push(diag('table.row-shape', 'warning', line, table, v, { cell: i + 1 }));
      }
    }
  }
  for (const l of layouts) if (l.labels.length) resolvePaths(rows.filter((r) => r.side === l.side));
  return { columns, rows, diagnostics };
}

/** Figure cells that miss the grid by a constant shift (a row printed one cell off) are moved back. */
function realign(
  line: SourceLine,
  amountIdx: Set<number>,
  labelIdx: Set<number>,
  codeIdx: Set<number>,
  amountOf: AmountParser,
  table: string,
  diagnostics: Diagnostic[],
): SourceLine {
  const figures: number[] = [];
  let stray = 0;
  for (let i = 0; i < line.cells.length; i++) {
    const v = line.cells[i]!;
    // Digits in the code column are a (perhaps misprinted) code, not a figure to move.
    if (v && !CODE.test(v) && !(codeIdx.has(i) && MALFORMED_CODE.test(v)) && amountOf(v)) {
      figures.push(i);
      if (!amountIdx.has(i)) stray++;
    }
  }
  if (stray === 0) return line;
  for (const shift of [-1, 1, -2, 2]) {
    if (figures.every((i) => amountIdx.has(i + shift))) {
      const firstFigure = figures[0]!;
      const labels = line.cells.slice(0, firstFigure).filter((c) => c.length > 0);
      const cells = new Array<string>(Math.max(line.cells.length + shift, 0)).fill('');
      for (const i of figures) cells[i + shift] = line.cells[i]!;
      // Labels keep their order in the label columns.
      const labelCols = [...labelIdx].filter((i) => i < firstFigure + shift).sort((a, b) => a - b);
      labels.forEach((v, k) => {
        const at = labelCols[k] ?? labelCols[labelCols.length - 1];
        if (at !== undefined) cells[at] = cells[at] ? `${cells[at]} ${v}` : v;
      });
      diagnostics.push(diag('table.row-shape', 'info', line, table, line.text, { realigned: shift }));
      return { ...line, cells, folded: undefined };
    }
  }
  return line;
}

type AmountParser = (text: string) => ParsedAmount | null;

/**
 * Amounts of one table's cells, each parsed once: a row is read in several passes (realignment, spanned
 * labels, sides) that ask about the same cells. Bounded by the table.
 */
function amountParser(unit: MoneyUnit): AmountParser {
  const seen = new Map<string, ParsedAmount | null>();
  return (text) => {
    let a = seen.get(text);
    if (a === undefined) {
      a = parseAmount(text, unit);
      seen.set(text, a);
    }
    return a;
  };
}

function layoutSides(grid: Grid, data: readonly SourceLine[], unit: MoneyUnit): SideLayout[] {
  const sides = grid.sides.length ? grid.sides : [null];
  // Pushed, not mapped: arrays of one elements kind keep the row reader's code monomorphic.
  const out: SideLayout[] = [];
  for (const side of sides) out.push(layoutSide(grid, side, data, unit));
  return out;
}

function layoutSide(grid: Grid, side: string | null, data: readonly SourceLine[], unit: MoneyUnit): SideLayout {
  const cols = grid.columns.filter((c) => c.side === side);
  const code = cols.filter((c) => c.label === 'code' || c.label === 'code_class' || c.label === 'code_item' || c.label === 'code_sub');
  const name = cols.find((c) => c.label === 'name') ?? null;
  const name2 = cols.find((c) => c.label === 'name2') ?? null;
  const attrs = cols.filter((c) => c.label === 'attr');
  // A column the header does not name as a label but whose rows print only text is a label column
  // (a group label spanning two columns in the header, 收入预算总表's second label column).
  const text = cols.filter((c) => c.label === null && name !== null && c.index > name.index && isTextColumn(c.index, data, unit));
  let amounts = cols.filter((c) => c.label === null && c.header.length > 0 && !text.includes(c));
  const names = cols.filter((c) => (c.label === 'name' || c.label === 'name2' || text.includes(c)) && c.index >= (name?.index ?? 0));
  // Several name columns, beyond the economic pair 部门经济科目 › 政府经济科目: a label path.
  const labels = names.length >= 2 && names.some((c) => c.label !== 'name2' && c !== name) ? names : [];
  // Without a label header: the first column names the row, the rest are amounts — unless it is
  // itself a figure column by its header (支出预算总表 prints one row of figures under 合计, 基本支出 …).
  const firstIsFigure = cols[0]?.key !== null && cols[0]?.key !== undefined && cols[0].key !== 'amount';
  if (!name && code.length === 0 && amounts.length === cols.length && cols.length > 1 && !firstIsFigure) {
    amounts = cols.slice(1);
    return { side, code, name: cols[0]!, name2, amounts, labels: [], attrs };
  }
  return { side, code, name, name2, amounts, labels, attrs };
}

/**
 * Two-sided tables merge a total's label across the columns of a side into the next one ("当年支出小计"
 * over 功能分类 and 支出用途, its figure under 支出用途 金额). A side with figures but no label takes the
 * label of the side before it when that one has a label but no figure.
 */
function spanLabels(line: SourceLine, layouts: readonly SideLayout[], amountOf: AmountParser): SourceLine {
  if (layouts.length < 2) return line;
  let cells: string[] | null = null;
  const get = (i: number) => (cells ?? line.cells)[i] ?? '';
  for (let k = 1; k < layouts.length; k++) {
    const a = layouts[k - 1]!;
    const b = layouts[k]!;
    if (!a.name || !b.name || get(b.name.index) || !get(a.name.index)) continue;
    const figures = (l: SideLayout) => l.amounts.some((c) => amountOf(get(c.index)) !== null);
    if (figures(a) || !figures(b)) continue;
    cells = cells ?? [...line.cells];
    cells[b.name.index] = cells[a.name.index]!;
    cells[a.name.index] = '';
  }
  return cells ? { ...line, cells, folded: undefined } : line;
}

function readSide(
  l: SideLayout,
  line: SourceLine,
  amountOf: AmountParser,
  table: string,
  diagnostics: Diagnostic[],
  splitCodes: boolean,
  above: string | null,
): RawRow | null {
  const get = (c: GridColumn | null) => (c ? (line.cells[c.index] ?? '') : '');
  let code: string | null = null;
  let name = '';
  if (l.code.length === 1) {
    const v = get(l.code[0]!);
    if (CODE.test(v)) code = v;
    else if (MALFORMED_CODE.test(v)) {
      code = v;
      diagnostics.push(diag('table.code-malformed', 'warning', line, table, v, { column: l.code[0]!.index + 1 }));
    } else if (v) name = label(v);
  } else if (l.code.length > 1) {
    // 类 / 款 / 项 printed in separate columns; a label printed across them (合计) names the row.
    const cells = l.code.map((c) => get(c));
    const first = cells.findIndex((v) => /^\d+$/.test(v));
    if (first >= 0) {
      code = cells.filter((v) => /^\d+$/.test(v)).join('');
      // A 款 or 项 printed without the levels above it ("| 05 | 05 |") sits under the row above.
      const prefix = 3 + 2 * (first - 1);
      if (first > 0 && cells[first]!.length === 2 && above && above.length >= prefix) code = above.slice(0, prefix) + code;
    } else name = cells.filter((v) => v).join('');
  }
  let printedName = label(get(l.name));
  if (printedName && (name || code) && mayBeFigure(printedName) && amountOf(printedName)) {
    // A figure in the name column of a row named by its code column ("合计 | 19155.07"): reported, not a name.
    diagnostics.push(diag('table.row-shape', 'warning', line, table, printedName, { cell: l.name!.index + 1 }));
    printedName = '';
  }
  if (printedName) name = name ? `${name}${printedName}` : printedName;
  if (!code && splitCodes) {
    const m = CODE_AND_NAME.exec(name);
    if (m) {
      code = m[1]!;
      name = m[2]!.trim();
    }
  }
  const name2 = l.name2 ? label(get(l.name2)) || null : null;
  const labels = l.labels.length ? l.labels.map((c) => label(get(c))) : undefined;
  if (labels && !name && labels.some((v) => v)) name = labels.filter((v) => v).pop()!;
  const cells: Record<string, Cell> = {};
  for (const col of l.amounts) {
    const text = line.cells[col.index] ?? '';
    if (!text) continue;
    const a = amountOf(text);
    if (a) {
      cells[col.key!] = { fen: a.fen, text };
      if (a.inexact) diagnostics.push(diag('amount.inexact', 'warning', line, table, text));
    } else if (!/^[-—–－/\\]+$/.test(text)) {
      diagnostics.push(diag('table.cell-text', 'warning', line, table, text, { column: col.key! }));
    }
  }
  if (!name && !code && Object.keys(cells).length === 0) return null;
  const row: RawRow = labels ? { side: l.side, code, name, name2, cells, line, labels } : { side: l.side, code, name, name2, cells, line };
  for (const c of l.attrs) {
    const v = label(get(c));
    if (v) (row.attrs ??= {})[attrHeading(c)] = v;
  }
  return row;
}

/** A text column's heading as printed, without the spaces a wrapped header cell leaves. */
function attrHeading(c: GridColumn): string {
  return c.header[c.header.length - 1]?.replace(/\s+/g, '') || `第${c.index + 1}列`;
}

/** A label cell as read: placeholders are blanks, letter-spacing is layout. Cheap tests first: every row asks. */
function label(v: string): string {
  if (v.length === 0) return v;
  if (v.length <= 8 && PLACEHOLDER_START.includes(v[0]!) && PLACEHOLDER.test(v)) return '';
  return v.length >= 3 && v.indexOf(' ') > 0 && SPACED_OUT.test(v) ? v.replace(/\s+/g, '') : v;
}
const PLACEHOLDER_START = '-—–－/\\0';

/** Could this cell be a figure (it starts like one)? */
function mayBeFigure(v: string): boolean {
  const c = v.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x28 || c === 0xff08 || c === 0x2212 || c === 0xff0d;
}

export function diag(
  code: Diagnostic['code'],
  severity: Diagnostic['severity'],
  line: SourceLine | null,
  table: string | null,
  text: string | null,
  detail?: Diagnostic['detail'],
): Diagnostic {
  const d: Diagnostic = { code, severity, line: line?.no ?? null, page: line?.page ?? null, table, text: text ? text.slice(0, 80) : null };
  if (detail) d.detail = detail;
  return d;
}

export type { Row };
