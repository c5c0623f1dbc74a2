import { isAmountText } from '../../model/money.js';
import { makeLine, type SourceLine } from '../source-line.js';
import { columnKey, labelRole } from './columns.js';
import { isHeaderRow } from './header.js';

// Header cells too long for their box wrap onto a second printed line: "基本 | 项目" over "支出 | 支出",
// "国有资本经营" over "预算", "政府预算支出经济" over "科目名称". Read as two header levels, the pieces
// mean nothing ("支出" under "基本") or the wrong thing (a second 科目名称 is a name column, not the
// government economic class); joined by column they are the label that was printed.

export interface JoinedHeader {
  /** The header row with the wrapped pieces joined onto the cells above them. */
  joined: SourceLine;
  /** What is left of the lower line when only some of its cells were pieces (a real second level). */
  rest: SourceLine | null;
}

/**
 * The upper line joined with the pieces of the lower one, or null when the lower line is not a wrap.
 * A whole line is a wrap when it carries no figure, each of its cells sits under a printed cell above,
 * and the joined line is a header (where one of the two alone is not). Where both lines are headers
 * on their own, a column is joined only where the joined label reads as something other than the two
 * levels do — and never under a group label that spans the columns to its right.
 */
export function joinWrappedHeader(upper: SourceLine, lower: SourceLine): JoinedHeader | null {
  const up = upper.cells;
  const low = lower.cells;
  let pieces = 0;
  for (let c = 0; c < low.length; c++) {
    const v = low[c]!;
    if (v.length === 0) continue;
    if (isAmountText(v)) return null;
    pieces++;
  }
  if (pieces === 0) return null;
  const width = Math.max(up.length, low.length);
  const upperIsHeader = isHeaderRow(upper);
  if (!upperIsHeader || !isHeaderRow(lower)) {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const a = up[c] ?? '';
      const b = low[c] ?? '';
      if (b && !a) return null;
      cells.push(a + b);
    }
    const joined = makeLine(upper.no, cells, upper.page);
    return isHeaderRow(joined) ? { joined, rest: null } : null;
  }
  const cells = [...up];
  const left = [...low];
  let changed = false;
  for (let c = 0; c < Math.min(up.length, low.length); c++) {
    const a = up[c]!;
    const b = low[c]!;
    if (!a || !b) continue;
    // A group label: empty to its right where the line below has labels.
    if (c + 1 < width && !(up[c + 1] ?? '') && (low[c + 1] ?? '')) continue;
    const whole = reading([a + b]);
    if (whole === null || whole === reading([a, b])) continue;
    cells[c] = a + b;
    left[c] = '';
    changed = true;
  }
  if (!changed) return null;
  const joined = makeLine(upper.no, cells, upper.page);
  return { joined, rest: left.some((v) => v.length > 0) ? makeLine(lower.no, left, lower.page) : null };
}

/** What a header path says a column is: a label role or an amount key ('amount' says nothing). */
function reading(path: readonly string[]): string | null {
  const role = labelRole(path);
  if (role) return role;
  const key = columnKey(path);
  return key === 'amount' ? null : key;
}
