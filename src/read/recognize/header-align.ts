import { fold } from '../../text/fold.js';
import type { SourceLine } from '../source-line.js';
import { labelRole } from './columns.js';

// Extractions sometimes print a header row one or two cells off its columns. The data decide: the
// 科目编码 label belongs over the column where the rows print their codes. A header row whose code
// label stands elsewhere is moved by that offset (at most two cells). Rows without a code label, and
// tables whose rows print no codes, are left alone: group labels legitimately span several columns,
// so nothing else is evidence enough.

const CODE = /^\d{3}(?:\d{2}){0,2}$/;

function codeColumn(data: readonly SourceLine[]): number | null {
  const counts = new Map<number, number>();
  let rows = 0;
  for (const l of data) {
    const i = l.cells.findIndex((c) => CODE.test(c));
    if (i < 0) continue;
    rows++;
    counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  if (rows < 2) return null;
  const [col, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return n * 2 >= rows ? col : null;
}

/** Header rows moved onto the columns their labels describe. Rows that fit stay as they are. */
export function alignHeaderRows(header: readonly SourceLine[], data: readonly SourceLine[]): SourceLine[] {
  const target = header.length ? codeColumn(data) : null;
  if (target === null) return [...header];
  return header.map((row) => {
    const labels = row.cells.map((c) => (c ? labelRole([fold(c)]) : null));
    const at = labels.findIndex((l) => l === 'code');
    if (at < 0 || labels.filter((l) => l === 'code').length > 1) return row;
    const shift = target - at;
    if (shift === 0 || Math.abs(shift) > 2) return row;
    const cells = new Array<string>(Math.max(row.cells.length, row.cells.length + shift)).fill('');
    row.cells.forEach((c, i) => {
      if (!c) return;
      const j = Math.max(0, i + shift);
      cells[j] = cells[j] ? `${cells[j]}${c}` : c;
    });
    return { ...row, cells, folded: undefined };
  });
}
