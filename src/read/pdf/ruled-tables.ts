import { bottom, clusterValues, intervalIndex, midX, midY, top, type Rule, type Run } from './geometry.js';
import { joinWrapped, printLines, runsText } from './print-lines.js';

// Ruling lines → tables. Rules that touch form a grid; its distinct x and y positions cut the region into
// atomic cells, and where a rule is missing between two atomic cells they belong to one merged cell.
// Every row of the grid becomes one line with one cell per atomic column; a merged cell's text sits in
// its top-left atomic cell, the others are empty, so every row of a table has the same number of cells.

export interface TableBlock {
  /** Column edges (x), left to right: cells.length + 1 of them. */
  xs: number[];
  /** Unruled tables: where each column's text starts (its edges are only inferred). */
  starts?: number[];
  top: number;
  bottom: number;
  rows: TableRow[];
  ruled: boolean;
}

export interface TableRow {
  cells: string[];
  y: number;
  /** Per cell: its text runs up to the cell's right edge, so it may go on below (a page break). */
  full?: boolean[];
}

const TOL = 2; // pt: rules this close are one rule; a rule reaching this close touches

interface Grid {
  xs: number[];
  ys: number[];
  h: Rule[];
  v: Rule[];
}

/** Find the ruled grids of a page and read them; returns the tables and the runs they did not take. */
export function ruledTables(rules: readonly Rule[], runs: readonly Run[]): { tables: TableBlock[]; rest: Run[] } {
  const grids = findGrids(rules);
  if (grids.length === 0) return { tables: [], rest: [...runs] };
  const owner = new Array<number>(runs.length).fill(-1);
  runs.forEach((r, i) => {
    const x = midX(r);
    const y = midY(r);
    owner[i] = grids.findIndex((g) => x >= g.xs[0]! - TOL && x <= g.xs[g.xs.length - 1]! + TOL && y >= g.ys[0]! - TOL && y <= g.ys[g.ys.length - 1]! + TOL);
  });
  const tables: TableBlock[] = [];
  grids.forEach((g, gi) => {
    const mine = runs.filter((_, i) => owner[i] === gi);
    const t = readGrid(g, mine);
    if (t) tables.push(t);
    else owner.forEach((o, i) => { if (o === gi) owner[i] = -1; });
  });
  return { tables, rest: runs.filter((_, i) => owner[i] === -1) };
}

/** Merge collinear pieces of rules (Word prints a border per cell). */
function mergeRules(rules: readonly Rule[], dir: 'h' | 'v'): Rule[] {
  const mine = rules.filter((r) => r.dir === dir).sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  const rows: Rule[][] = [];
  for (const r of mine) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.at - r.at) <= TOL / 2) row.push(r);
    else rows.push([r]);
  }
  for (const row of rows) {
    const at = row.reduce((s, r) => s + r.at, 0) / row.length;
    row.sort((a, b) => a.from - b.from);
    let cur: Rule | null = null;
    for (const r of row) {
      if (cur && r.from <= cur.to + TOL) cur.to = Math.max(cur.to, r.to);
      else {
        if (cur) out.push(cur);
        cur = { dir, at, from: r.from, to: r.to };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

function findGrids(rules: readonly Rule[]): Grid[] {
  const h = mergeRules(rules, 'h');
  const v = mergeRules(rules, 'v');
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < h.length; i++) {
    const a = h[i]!;
    for (let j = 0; j < v.length; j++) {
      const b = v[j]!;
      if (b.at >= a.from - TOL && b.at <= a.to + TOL && a.at >= b.from - TOL && a.at <= b.to + TOL) {
        parent[find(i)] = find(h.length + j);
      }
    }
  }
  const groups = new Map<number, Rule[]>();
  all.forEach((r, i) => {
    const k = find(i);
    const g = groups.get(k) ?? [];
    g.push(r);
    groups.set(k, g);
  });
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const gh = g.filter((r) => r.dir === 'h');
    const gv = g.filter((r) => r.dir === 'v');
    if (gh.length < 2 || gv.length < 2) continue;
    const left = Math.min(...gh.map((r) => r.from));
    const right = Math.max(...gh.map((r) => r.to));
    const topY = Math.min(...gv.map((r) => r.from));
    const bottomY = Math.max(...gv.map((r) => r.to));
    const xs = clusterValues([left, right, ...gv.map((r) => r.at)], TOL);
    const ys = clusterValues([topY, bottomY, ...gh.map((r) => r.at)], TOL);
    // One column is a frame, not a table; a sliver is a decoration.
    if (xs.length < 3 || ys.length < 2 || right - left < 20 || bottomY - topY < 8) continue;
    grids.push({ xs, ys, h: gh, v: gv });
  }
  return grids;
}

function covers(rules: readonly Rule[], at: number, mid: number): boolean {
  for (const r of rules) if (Math.abs(r.at - at) <= TOL && r.from - TOL <= mid && mid <= r.to + TOL) return true;
  return false;
}

function readGrid(g: Grid, runs: readonly Run[]): TableBlock | null {
  const nc = g.xs.length - 1;
  const nr = g.ys.length - 1;
  // Merged cells: union atomic cells with no rule between them.
  const id = (r: number, c: number) => r * nc + c;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); // the root is the top-left cell
  };
  for (let r = 0; r < nr; r++) {
    const ym = (g.ys[r]! + g.ys[r + 1]!) / 2;
    for (let c = 0; c + 1 < nc; c++) if (!covers(g.v, g.xs[c + 1]!, ym)) union(id(r, c), id(r, c + 1));
  }
  for (let c = 0; c < nc; c++) {
    const xm = (g.xs[c]! + g.xs[c + 1]!) / 2;
    for (let r = 0; r + 1 < nr; r++) if (!covers(g.h, g.ys[r + 1]!, xm)) union(id(r, c), id(r + 1, c));
  }
  const byCell = new Map<number, Run[]>();
  const at = runs.map((run) => ({ r: intervalIndex(g.ys, midY(run)), c: intervalIndex(g.xs, midX(run)) }));
  // The last line of a cell's text can spill over the rule below (a header printed larger than its
  // row): a run reaching up over the rule goes to the cell above when that cell has text of its own.
  const filledAbove = new Set(at.map((p) => id(p.r, p.c)));
  runs.forEach((run, i) => {
    const p = at[i]!;
    const rule = g.ys[p.r]!;
    if (p.r > 0 && top(run) < rule - 1.5 && bottom(run) > rule + 1.5 && filledAbove.has(id(p.r - 1, p.c))) p.r -= 1;
  });
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const { r, c } = at[i]!;
    const k = find(id(r, c));
    const a = byCell.get(k) ?? [];
    a.push(run);
    byCell.set(k, a);
  }
  if (byCell.size === 0) return null;
  // Bands holding several lines with figures stacked in one column are rows the printer did not rule.
  const rows: TableRow[] = [];
  for (let r = 0; r < nr; r++) {
    const anchors: Array<{ c: number; runs: Run[] }> = [];
    for (let c = 0; c < nc; c++) {
      const k = id(r, c);
      if (find(k) === k && byCell.has(k)) anchors.push({ c, runs: byCell.get(k)! });
    }
    if (anchors.length === 0) continue;
    const split = unruledRows(anchors, g, r);
    if (split) {
      rows.push(...split);
      continue;
    }
    const cells = new Array<string>(nc).fill('');
    const full = new Array<boolean>(nc).fill(false);
    for (const a of anchors) {
      cells[a.c] = cellText(a.runs);
      full[a.c] = reachesRight(a.runs, cellRight(g, r, a.c, find, id));
    }
    if (cells.some((c) => c.length > 0)) rows.push({ cells, y: (g.ys[r]! + g.ys[r + 1]!) / 2, full });
  }
  if (rows.length === 0) return null;
  return { xs: g.xs, top: g.ys[0]!, bottom: g.ys[nr]!, rows, ruled: true };
}

/** Right edge of the merged cell anchored at (r, c). */
function cellRight(g: Grid, r: number, c: number, find: (i: number) => number, id: (r: number, c: number) => number): number {
  const root = find(id(r, c));
  let k = c;
  while (k + 1 < g.xs.length - 1 && find(id(r, k + 1)) === root) k++;
  return g.xs[k + 1]!;
}

function reachesRight(runs: readonly Run[], right: number): boolean {
  const lines = printLines(runs);
  const last = lines[lines.length - 1];
  return !!last && last.x1 >= right - 0.8 * last.size;
}

export function cellText(runs: readonly Run[]): string {
  return joinWrapped(printLines(runs).map((l) => runsText(l.runs)));
}

const FIGURE = /^[-−(（]?\d[\d,，]*(?:\.\d+)?[)）]?$/;

/** A band whose cells hold several lines, two of them with figures in one column, is split by line. */
function unruledRows(anchors: ReadonlyArray<{ c: number; runs: Run[] }>, g: Grid, r: number): TableRow[] | null {
  let stacked = false;
  for (const a of anchors) {
    const withFigure = printLines(a.runs).filter((l) => l.runs.some((x) => FIGURE.test(x.text)));
    if (withFigure.length >= 2) stacked = true;
  }
  if (!stacked) return null;
  const nc = g.xs.length - 1;
  const lines = printLines(anchors.flatMap((a) => a.runs));
  return lines.map((l) => {
    const cells = new Array<string>(nc).fill('');
    const per = new Map<number, Run[]>();
    for (const run of l.runs) {
      const c = anchors.find((a) => a.runs.includes(run))!.c;
      per.set(c, [...(per.get(c) ?? []), run]);
    }
    for (const [c, rs] of per) cells[c] = runsText(rs);
    return { cells, y: l.y };
  }).filter((row) => row.cells.some((c) => c.length > 0) && row.y >= g.ys[r]! - TOL);
}
