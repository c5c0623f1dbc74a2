import { intervalIndex } from './geometry.js';
import type { PageElement } from './page-layout.js';
import type { TableBlock, TableRow } from './ruled-tables.js';

// Tables that run on over a page break: when a page ends with a table and the next page (its furniture
// gone) starts with one on the same columns, the second is the first's continuation. Its cells are put
// on the first part's column grid, a repeated header is dropped, and a row the break cut in two
// ("十七、国土海洋气象等支" | "出") is joined again.

const EDGE_TOL = 6; // pt: the outer edges of both parts agree this closely
const CUT_TAIL = 4; // characters a row cut by a page break leaves on the next page, at most

const FIGURE = /^[-−(（]?\d[\d,，]*(?:\.\d+)?[)）]?$/;
/** Cell text that starts an item of its own: an ordinal, a code, a note. */
const STARTS_ITEM = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|\d{3,}|其中|注|合计|总计)/;

/** Join continued tables in place: returns the page element lists with continuations folded in. */
export function joinContinuations(pages: PageElement[][]): PageElement[][] {
  const out = pages.map((p) => [...p]);
  // The table the previous page ended with (a page taken up wholly by its continuation keeps it open).
  let open: TableBlock | null = null;
  for (let p = 0; p < out.length; p++) {
    const els = out[p]!;
    const first = els[0];
    if (open && first?.kind === 'table') {
      // A first part on fewer columns (only its merged top rows fitted on the page) goes onto the
      // continuation's finer grid instead.
      const coarse = mapColumns(first.block, open);
      if (coarse && open.xs.length < first.block.xs.length && everyEdgeKept(open.xs, first.block.xs)) {
        open.rows = coarse;
        open.xs = first.block.xs;
      }
      const mapped = mapColumns(open, first.block);
      if (mapped) {
        open.rows.push(...continuationRows(open, mapped));
        open.bottom = first.block.bottom;
        els.shift();
        if (els.length === 0) continue;
      }
    }
    const last = els[els.length - 1];
    open = last?.kind === 'table' ? last.block : null;
  }
  return out;
}

function nearest(xs: readonly number[], x: number): number {
  let best = 0;
  for (let k = 1; k < xs.length; k++) if (Math.abs(xs[k]! - x) < Math.abs(xs[best]! - x)) best = k;
  return best;
}

/** Every column edge of `coarse` is also an edge of `fine`. */
function everyEdgeKept(coarse: readonly number[], fine: readonly number[]): boolean {
  return coarse.every((x) => fine.some((q) => Math.abs(q - x) <= EDGE_TOL));
}

/** Rows of `next` on the columns of `prev`, or null when the columns do not line up. */
function mapColumns(prev: TableBlock, next: TableBlock): TableRow[] | null {
  const px = prev.xs;
  const nx = next.xs;
  const nc = px.length - 1;
  let target: number[];
  if (prev.starts && next.starts) {
    // Unruled: only where the columns' text starts is known; each must start where one started above.
    target = next.starts.map((x) => nearest(prev.starts!, x));
    if (target.some((k, c) => Math.abs(prev.starts![k]! - next.starts![c]!) > 3 * EDGE_TOL)) return null;
  } else {
    if (Math.abs(px[0]! - nx[0]!) > EDGE_TOL || Math.abs(px[px.length - 1]! - nx[nx.length - 1]!) > EDGE_TOL) return null;
    // A column goes where its left edge is (a merged cell belongs to the first column it spans).
    target = [];
    for (let c = 0; c + 1 < nx.length; c++) target.push(intervalIndex(px, nx[c]! + EDGE_TOL));
  }
  // Every column of the continuation lands in a column of its own.
  if (new Set(target).size !== target.length) return null;
  // Where both parts rule a column edge, they rule it at the same place.
  for (const x of nx.slice(1, -1)) {
    const near = px.some((q) => Math.abs(q - x) <= EDGE_TOL);
    if (!near && prev.ruled && next.ruled) return null;
  }
  return next.rows.map((r) => {
    const cells = new Array<string>(nc).fill('');
    const full = new Array<boolean>(nc).fill(false);
    r.cells.forEach((v, c) => {
      if (v) cells[target[c]!] = cells[target[c]!] ? `${cells[target[c]!]} ${v}` : v;
      if (r.full?.[c]) full[target[c]!] = true;
    });
    return { cells, y: r.y, full };
  });
}

function continuationRows(prev: TableBlock, rows: TableRow[]): TableRow[] {
  // The header: the rows before the first one with a figure (a column-numbering row "1 2 3 …" is
  // header too).
  const firstData = prev.rows.findIndex((r) => r.cells.some((c) => FIGURE.test(c)) && !isNumbering(r.cells));
  const header = prev.rows.slice(0, firstData < 0 ? 0 : firstData).map((r) => r.cells.join('\t'));
  let k = 0;
  while (k < rows.length && header.includes(rows[k]!.cells.join('\t'))) k++;
  const rest = rows.slice(k);
  const first = rest[0];
  const last = prev.rows[prev.rows.length - 1];
  if (first && last && k === 0 && isCutRow(last, first)) {
    last.cells = last.cells.map((c, i) => (first.cells[i] ? c + first.cells[i] : c));
    rest.shift();
  }
  return rest;
}

function isNumbering(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c);
  return filled.length >= 3 && filled.every((c, i) => c === String(i + 1));
}

/**
 * The rest of a row cut by the page break: no figure, and a few characters only, below cells whose text
 * ran up to their right edge (it went on), none of it starting an item of its own. Two labels wrongly
 * joined would lose a row, so this errs on the side of leaving a fragment as a row of its own.
 */
function isCutRow(above: TableRow, row: TableRow): boolean {
  let any = false;
  for (let i = 0; i < row.cells.length; i++) {
    const v = row.cells[i]!;
    if (!v) continue;
    if (FIGURE.test(v) || STARTS_ITEM.test(v) || [...v].length > CUT_TAIL || !above.cells[i] || !above.full?.[i]) return false;
    any = true;
  }
  return any;
}
