import type { Run } from './geometry.js';
import type { PrintLine } from './print-lines.js';
import { runsText } from './print-lines.js';
import type { TableBlock } from './ruled-tables.js';

// Tables printed without ruling lines: columns inferred from the x-positions of the pieces of text across
// the rows. Pieces of one column overlap in x (left-, right- or centre-aligned alike); pieces of
// different columns do not. Columns are the groups of overlapping pieces, built from the narrowest piece
// up, so that a label centred over two columns ("收入") or a name running into the next column cannot
// fuse two columns that other rows keep apart: it is placed in the leftmost column it overlaps.

export interface Segment {
  runs: Run[];
  x0: number;
  x1: number;
}

/** Pieces of a printed line separated by this many ems or more are different cells. */
export const SEGMENT_GAP = 1.5;

export function segments(line: PrintLine): Segment[] {
  const out: Segment[] = [];
  for (const r of line.runs) {
    const last = out[out.length - 1];
    if (last && r.x0 - last.x1 < SEGMENT_GAP * Math.min(r.size, line.size)) {
      last.runs.push(r);
      last.x1 = Math.max(last.x1, r.x1);
    } else out.push({ runs: [r], x0: r.x0, x1: r.x1 });
  }
  return out;
}

/** Lay consecutive multi-piece lines out on one column grid. */
export function unruledTable(lines: readonly PrintLine[], segs: readonly Segment[][]): TableBlock {
  const all: Array<{ s: Segment; line: number }> = [];
  segs.forEach((ss, line) => ss.forEach((s) => all.push({ s, line })));
  const groups = columnGroups(
    all.map((a) => a.s),
    all.map((a) => a.line),
  );
  const order = [...new Set(groups.assign)].sort((a, b) => groups.x0[a]! - groups.x0[b]!);
  const colOf = new Map(order.map((g, i) => [g, i]));
  const nc = order.length;
  const rows = lines.map((l) => ({ cells: new Array<string>(nc).fill(''), y: l.y }));
  const starts = order.map((g) => groups.x0[g]!);
  const put = (line: number, c: number, runs: readonly Run[]) => {
    const row = rows[line]!;
    const text = runsText(runs);
    row.cells[c] = row.cells[c] ? `${row.cells[c]} ${text}` : text;
  };
  all.forEach((a, i) => {
    // A piece that runs over several columns (cells printed close together) is cut where its runs
    // start in different columns.
    const byCol = new Map<number, Run[]>();
    for (const r of a.s.runs) {
      let c = 0;
      for (let k = 0; k < nc; k++) if (starts[k]! <= r.x0 + 1) c = k;
      byCol.set(c, [...(byCol.get(c) ?? []), r]);
    }
    if (byCol.size > 1) for (const [c, runs] of byCol) put(a.line, c, runs);
    else put(a.line, colOf.get(groups.assign[i]!)!, a.s.runs);
  });
  // Column edges: halfway between neighbouring columns' extents.
  const xs: number[] = [];
  for (let i = 0; i < nc; i++) {
    const g = order[i]!;
    if (i === 0) xs.push(groups.x0[g]!);
    else xs.push((groups.x1[order[i - 1]!]! + groups.x0[g]!) / 2);
  }
  xs.push(groups.x1[order[nc - 1]!]!);
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return { xs, starts, top: first.y - first.size, bottom: last.y + last.size, rows, ruled: false };
}

interface Groups {
  assign: number[];
  x0: number[];
  x1: number[];
}

function columnGroups(segs: readonly Segment[], lineOf?: readonly number[]): Groups {
  const n = segs.length;
  const parent = segs.map((_, i) => i);
  const size = new Array<number>(n).fill(1);
  const x0 = segs.map((s) => s.x0);
  const x1 = segs.map((s) => s.x1);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const spanning: number[] = [];
  const order = segs.map((_, i) => i).sort((a, b) => segs[a]!.x1 - segs[a]!.x0 - (segs[b]!.x1 - segs[b]!.x0));
  const roots = new Set<number>();
  for (const i of order) {
    const hit = [...roots].filter((r) => x0[r]! < segs[i]!.x1 && segs[i]!.x0 < x1[r]!);
    const supported = hit.filter((r) => size[r]! >= 2);
    if (supported.length >= 2) {
      spanning.push(i); // bridges columns that stand apart elsewhere
      continue;
    }
    roots.add(i);
    for (const r of hit) {
      parent[r] = i;
      roots.delete(r);
      size[i]! += size[r]!;
      x0[i] = Math.min(x0[i]!, x0[r]!);
      x1[i] = Math.max(x1[i]!, x1[r]!);
    }
  }
  const assign = segs.map((_, i) => find(i));
  for (const i of spanning) {
    const s = segs[i]!;
    let best = -1;
    for (const r of roots) if (x0[r]! < s.x1 && s.x0 < x1[r]! && (best < 0 || x0[r]! < x0[best]!)) best = r;
    assign[i] = best;
  }
  // A group only one line has (a label centred over columns, in the gap between them) belongs to the
  // column it starts in, when there are columns enough to tell — unless that line is one of those with
  // the most pieces (the header's leaf row names every column, an empty one too).
  if (lineOf && new Set(lineOf).size >= 3) {
    const linesOf = new Map<number, Set<number>>();
    assign.forEach((g, i) => linesOf.set(g, (linesOf.get(g) ?? new Set()).add(lineOf[i]!)));
    const pieces = new Map<number, number>();
    for (const l of lineOf) pieces.set(l, (pieces.get(l) ?? 0) + 1);
    const most = Math.max(...pieces.values());
    const solid = [...roots]
      .filter((r) => {
        const ls = linesOf.get(r);
        return !!ls && (ls.size >= 2 || (most >= 3 && [...ls].some((l) => pieces.get(l) === most)));
      })
      .sort((a, b) => x0[a]! - x0[b]!);
    if (solid.length > 0) {
      // Beyond every column with rows (the headers of empty last columns) a label is a column itself.
      const right = Math.max(...solid.map((r) => x1[r]!));
      for (let i = 0; i < n; i++) {
        if (solid.includes(assign[i]!) || segs[i]!.x0 > right) continue;
        let host = solid[0]!;
        for (const r of solid) if (x0[r]! <= segs[i]!.x0 + 1) host = r;
        assign[i] = host;
      }
    }
  }
  return { assign, x0, x1 };
}
