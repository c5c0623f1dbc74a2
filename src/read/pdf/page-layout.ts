import type { PageContent, Run } from './geometry.js';
import { printLines, runsText, type PrintLine } from './print-lines.js';
import { ruledTables, type TableBlock } from './ruled-tables.js';
import { segments, unruledTable, type Segment } from './unruled-tables.js';

// One page → its elements top to bottom: ruled tables, unruled tables (consecutive lines of several
// pieces), and text lines (one cell each, or a few cells for a lone line of pieces such as
// "部门：… 单位：万元").

export type PageElement =
  | { kind: 'text'; page: number; y: number; x0: number; x1: number; size: number; cells: string[] }
  | { kind: 'table'; page: number; y: number; block: TableBlock };

/** Lines further apart than this many ems do not belong to one unruled table. */
const TABLE_LINE_GAP = 2.6;

export function pageElements(content: PageContent): PageElement[] {
  const runs = dedupe(content.runs);
  const { tables, rest } = ruledTables(content.rules, runs);
  const out: PageElement[] = tables.map((block) => ({ kind: 'table', page: content.page, y: block.top, block }));
  const lines = printLines(rest);
  const segs = lines.map(segments);
  mergeJustified(lines, segs);
  let i = 0;
  while (i < lines.length) {
    if (segs[i]!.length < 2) {
      const l = lines[i]!;
      out.push({ kind: 'text', page: content.page, y: l.y, x0: l.x0, x1: l.x1, size: l.size, cells: [runsText(l.runs)] });
      i++;
      continue;
    }
    // Extend over lines of several pieces, and over lone-piece lines that stand in one of the block's
    // inner columns (a row with only its expense name printed) or between two lines of pieces.
    let j = i + 1;
    const starts = segs[i]!.slice(1).map((sg) => sg.x0);
    while (j < lines.length && close(lines[j - 1]!, lines[j]!)) {
      const sj = segs[j]!;
      if (sj.length >= 2) {
        for (const sg of sj.slice(1)) starts.push(sg.x0);
        j++;
      } else if (starts.some((x) => Math.abs(x - sj[0]!.x0) <= lines[j]!.size)) j++;
      else if (j + 1 < lines.length && segs[j + 1]!.length >= 2 && close(lines[j]!, lines[j + 1]!)) j += 2;
      else break;
    }
    const block = lines.slice(i, j);
    if (block.length === 1) {
      const l = block[0]!;
      out.push({ kind: 'text', page: content.page, y: l.y, x0: l.x0, x1: l.x1, size: l.size, cells: segs[i]!.map((s: Segment) => runsText(s.runs)) });
    } else {
      const t = unruledTable(block, segs.slice(i, j));
      out.push({ kind: 'table', page: content.page, y: t.top, block: t });
    }
    i = j;
  }
  out.sort((a, b) => a.y - b.y);
  return out;
}

/**
 * Justified running text can open a gap as wide as a column gap (Word stretches the spaces around a
 * number). A line of pieces that spans the text width, next to a full line of running text of the same
 * size, is running text: its pieces are one cell.
 */
function mergeJustified(lines: readonly PrintLine[], segs: Segment[][]): void {
  const prose = lines.filter((l, i) => segs[i]!.length === 1 && runsText(l.runs).length >= 12);
  if (prose.length < 3) return;
  const left = Math.min(...prose.map((l) => l.x0));
  const right = Math.max(...prose.map((l) => l.x1));
  const full = (l: PrintLine) => l.x1 >= right - 1.5 * l.size;
  const isFullProse = (k: number, l: PrintLine) => {
    const n = lines[k];
    return !!n && segs[k]!.length === 1 && full(n) && Math.abs(n.size - l.size) <= 0.1 * l.size && Math.abs(n.y - l.y) <= 2.4 * l.size;
  };
  lines.forEach((l, i) => {
    if (segs[i]!.length < 2 || l.x0 < left - l.size || !full(l)) return;
    if (isFullProse(i - 1, l) || isFullProse(i + 1, l)) segs[i] = [{ runs: l.runs, x0: l.x0, x1: l.x1 }];
  });
}

function close(a: PrintLine, b: PrintLine): boolean {
  return b.y - a.y <= TABLE_LINE_GAP * Math.max(a.size, b.size);
}

/** Text printed twice at the same place (fake bold, shadows) is read once. */
function dedupe(runs: readonly Run[]): Run[] {
  const seen = new Set<string>();
  const out: Run[] = [];
  for (const r of runs) {
    const k = `${r.text}|${Math.round(r.x0)}|${Math.round(r.y)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}
