import type { FindingInput, TableResponse } from '../../../src/server/api-types.js';

// Where a finding sits in a table: the row (by its source line, else by code, role or name path) and
// the column key. Findings are data with a location (spec §7); this turns the location into a cell.

export interface CellRef {
  row: number;
  column: string | null;
}

export function locateFinding(t: TableResponse, f: FindingInput): CellRef | null {
  if (f.table !== t.key) return null;
  const line = typeof f.line === 'number' ? f.line : null;
  const hasColumn = (i: number) => f.column !== null && t.rows[i]!.cells[f.column] !== undefined;
  let candidates: number[] = [];
  if (line !== null) candidates = t.rows.flatMap((r, i) => (r.line === line ? [i] : []));
  if (candidates.length === 0 && f.row !== null) {
    candidates = t.rows.flatMap((r, i) => (r.code === f.row || r.role === f.row || r.path.join(' / ') === f.row || r.name === f.row ? [i] : []));
  }
  if (candidates.length === 0) return null;
  const row = candidates.find((i) => hasColumn(i) || (f.row !== null && (t.rows[i]!.code === f.row || t.rows[i]!.role === f.row))) ?? candidates[0]!;
  return { row, column: f.column };
}

export const cellKey = (row: number, column: string | null) => `${row}|${column ?? ''}`;
