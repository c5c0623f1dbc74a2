import type { Cell, Column, Row, Table } from '../../model/disclosure.js';
import { formatFen, roundFen, type MoneyUnit } from '../../model/money.js';

// Building blocks of derived tables. A derived cell prints the exact amount rounded to the table's unit
// (四舍五入 to 2 decimals); its 分 are those of the printed figure, as if read from the page, so the
// checker sees exactly what a reader sees. A zero is printed blank, as the templates do.

export function cell(fen: number, unit: MoneyUnit): Cell {
  return { fen: roundFen(fen, unit, 2), text: formatFen(fen, unit, 2) };
}

/** Cells of the non-zero values. */
export function cells(values: Record<string, number>, unit: MoneyUnit): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(values)) if (v !== 0) out[k] = cell(v, unit);
  return out;
}

export function column(key: string, header: string[], side: string | null = null): Column {
  return { key, header, side };
}

export interface RowSpec {
  kind?: Row['kind'];
  code?: string | null;
  codeSource?: Row['code_source'];
  name: string;
  path?: string[];
  level: number;
  role?: string | null;
  side?: string | null;
  values: Record<string, number>;
}

/** Line numbers of derived rows: unique in the document, shared by the two sides of one printed line. */
export class LineCounter {
  private n = 0;
  next(): number {
    return ++this.n;
  }
}

export function row(spec: RowSpec, unit: MoneyUnit, line: number): Row {
  return {
    kind: spec.kind ?? 'item',
    code: spec.code ?? null,
    code_source: spec.code ? (spec.codeSource ?? 'printed') : null,
    name: spec.name,
    path: spec.path ?? [spec.name],
    level: spec.level,
    role: spec.role ?? null,
    side: spec.side ?? null,
    cells: cells(spec.values, unit),
    line,
    page: null,
  };
}

export interface TableSpec {
  key: string;
  title: string;
  unit: MoneyUnit;
  entity: string;
  columns: Column[];
  rows: Row[];
}

/** A table with figures is present; one without any is printed with the 本表无数据 note. */
export function table(spec: TableSpec): Table {
  const any = spec.rows.some((r) => Object.keys(r.cells).length > 0);
  const lines = spec.rows.map((r) => r.line);
  return {
    key: spec.key,
    number: null,
    title: spec.title,
    unit: spec.unit,
    status: any ? 'present' : 'empty',
    entity: spec.entity,
    columns: spec.columns,
    rows: spec.rows,
    notes: any ? [] : ['注：本表无数据'],
    confidence: 1,
    line: lines.length ? Math.min(...lines) : 0,
    end_line: lines.length ? Math.max(...lines) : 0,
    page: null,
  };
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 30 → 三十 (up to 99). */
export function cnOrdinal(n: number): string {
  if (n < 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens]!}十${ones ? CN[ones]! : ''}`;
}
