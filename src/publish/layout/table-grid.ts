import type { Row, Table } from '../../model/disclosure.js';
import { formatFen, type MoneyUnit } from '../../model/money.js';
import { labelColumns, labelText, sideLabel, tableSides, type LabelSource } from './table-layout.js';

// A table as a grid: multi-level header cells with their spans, and body rows whose cells sit in grid
// columns. HTML and XLSX both draw from this, so the two outputs cannot disagree about a table's shape.

export interface HeaderCell {
  text: string;
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

export interface BodyCell {
  col: number;
  colspan: number;
  text: string;
  kind: 'label' | 'code' | 'amount';
  /** Printed amount in 分 (amount cells with a figure). */
  fen: number | null;
  /** Visual indentation steps (hierarchy levels below the top). */
  indent: number;
}

export interface BodyRow {
  cells: BodyCell[];
  /** A total row (合计, 收入总计 …): drawn bold. */
  total: boolean;
  /** A group row (类, department, unit): drawn semi-bold. */
  group: boolean;
}

export interface GridColumn {
  kind: 'label' | 'amount';
  side: string;
  /** Relative width in characters. */
  width: number;
}

export interface TableGrid {
  columns: GridColumn[];
  headerRows: number;
  header: HeaderCell[];
  body: BodyRow[];
  /** Label columns before the first figure (frozen in XLSX). */
  leadingLabels: number;
}

const AMOUNT_WIDTH = 12;

interface Slot {
  path: string[];
  kind: 'label' | 'amount';
  side: string;
  width: number;
  label?: LabelSource;
  key?: string;
}

/** Header text as printed, without the line-break spaces extraction leaves between two ideographs. */
const clean = (s: string): string => s.replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '').trim();

function slotsOf(t: Table): Slot[] {
  const slots: Slot[] = [];
  for (const side of tableSides(t)) {
    const group = sideLabel(t.key, side);
    const prefix = group ? [group] : [];
    for (const l of labelColumns(t, side)) slots.push({ path: [...prefix, ...l.header], kind: 'label', side, width: l.width, label: l.source });
    for (const c of t.columns) {
      if ((c.side ?? '') !== side) continue;
      // Readers sometimes keep the side's own heading in the column header; the grid adds it once.
      const own = group && c.header[0] === group ? c.header.slice(1) : c.header;
      slots.push({ path: [...prefix, ...(own.length ? own : [c.key]).map(clean)], kind: 'amount', side, width: AMOUNT_WIDTH, key: c.key });
    }
  }
  return slots;
}

function headerCells(paths: string[][]): { cells: HeaderCell[]; depth: number } {
  const depth = Math.max(1, ...paths.map((p) => p.length));
  const cells: HeaderCell[] = [];
  for (let r = 0; r < depth; r++) {
    let c = 0;
    while (c < paths.length) {
      const p = paths[c]!;
      if (r >= p.length) {
        c++;
        continue;
      }
      if (r === p.length - 1) {
        cells.push({ text: p[r]!, row: r, col: c, rowspan: depth - r, colspan: 1 });
        c++;
        continue;
      }
      // A group heading spans the following columns that share the path up to this level.
      let end = c + 1;
      while (end < paths.length) {
        const q = paths[end]!;
        if (q.length - 1 <= r || !samePrefix(p, q, r + 1)) break;
        end++;
      }
      cells.push({ text: p[r]!, row: r, col: c, rowspan: 1, colspan: end - c });
      c = end;
    }
  }
  return { cells, depth };
}

function samePrefix(a: string[], b: string[], n: number): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Rows that share a printed line form one visual row (the two sides of a 收支总表). */
function visualRows(t: Table, sides: string[]): Array<Map<string, Row>> {
  if (sides.length === 1) return t.rows.map((r) => new Map([[sides[0]!, r]]));
  const out: Array<Map<string, Row>> = [];
  const byLine = new Map<number, Map<string, Row>>();
  for (const r of t.rows) {
    const side = r.side ?? sides[0]!;
    let v = byLine.get(r.line);
    if (!v || v.has(side)) {
      v = new Map();
      out.push(v);
      byLine.set(r.line, v);
    }
    v.set(side, r);
  }
  return out;
}

function indentOf(t: Table, r: Row, minLevel: number): number {
  if (r.kind === 'total') return 0;
  if (t.key === 'gpb_basic_econ') return 0;
  return Math.max(0, r.level - minLevel);
}

export function tableGrid(t: Table, unitOverride?: MoneyUnit): TableGrid {
  const unit: MoneyUnit = unitOverride ?? t.unit ?? '万元';
  const slots = slotsOf(t);
  const { cells: header, depth } = headerCells(slots.map((s) => s.path));
  const sides = tableSides(t);
  const levels = t.rows.filter((r) => r.kind !== 'total').map((r) => r.level);
  const minLevel = levels.length ? Math.min(...levels) : 0;
  const body: BodyRow[] = [];
  for (const v of visualRows(t, sides)) {
    const cells: BodyCell[] = [];
    let total = false;
    let group = false;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i]!;
      const r = v.get(s.side);
      if (!r) continue;
      if (r.kind === 'total' || (r.role !== null && /total/.test(r.role))) total = true;
      if (r.kind === 'department' || r.kind === 'unit' || (r.code !== null && r.code.length === 3 && r.kind === 'item' && t.key !== 'summary' && t.key !== 'fiscal_summary')) group = true;
      if (s.kind === 'amount') {
        const cell = r.cells[s.key!];
        cells.push({ col: i, colspan: 1, text: cell ? formatFen(cell.fen, unit, 2) : '', kind: 'amount', fen: cell ? cell.fen : null, indent: 0 });
        continue;
      }
      const text = labelText(r, s.label!);
      const next = slots[i + 1];
      // 合计 without a code is printed across 科目编码 and 科目名称.
      if (s.label === 'code' && text === '' && next?.kind === 'label' && next.side === s.side && next.label === 'name' && r.kind === 'total') {
        cells.push({ col: i, colspan: 2, text: r.name, kind: 'label', fen: null, indent: 0 });
        i++;
        continue;
      }
      cells.push({ col: i, colspan: 1, text, kind: s.label === 'code' ? 'code' : 'label', fen: null, indent: s.label === 'name' || s.label === 'path0' ? indentOf(t, r, minLevel) : 0 });
    }
    body.push({ cells, total, group });
  }
  let leadingLabels = 0;
  while (leadingLabels < slots.length && slots[leadingLabels]!.kind === 'label') leadingLabels++;
  return {
    columns: slots.map((s) => ({ kind: s.kind, side: s.side, width: s.width })),
    headerRows: depth,
    header,
    body,
    leadingLabels,
  };
}
