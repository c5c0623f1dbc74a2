import { checkPrecision, figuresOf, holdsWith, impliedValue, type Check } from './checks.js';
import type { Figure } from './figure.js';
import { SEVERITY_RANK } from './finding.js';

// One wrong figure breaks every relation it is part of: a mistyped 款 total fails its 项 sum, its 类 sum,
// its fund-source sum and the cross-table comparison by code. Reporting four errors for one figure sends
// the reader looking in four places. So, as an inspector would, find the figure that alone explains
// several failures: one value for it (the value the most precise failing check implies) makes them all
// hold and breaks none that holds now. A row mistyped in every column (合计 and 一般公共预算 alike) is the
// same case for a group of cells shifted by one amount. When two candidates explain the same failures
// equally (any of 28 items could be the wrong one), none is named: the failures are reported where they
// are. Greedy, most failures explained first.

export interface Culprit {
  /** The figures to correct (one cell, or the cells of one row shifted alike); the first is reported. */
  figures: Figure[];
  /** Corrected values, parallel to `figures`. */
  expected: number[];
  /** Indices (into all checks) of the failing checks this explains. */
  explains: number[];
}

interface Index {
  all: readonly Check[];
  byKey: Map<string, number[]>;
  figureOf: Map<string, Figure>;
  failing: Set<number>;
}

function tryOverride(ix: Index, overrides: Map<string, number>): number[] | null {
  const value = (f: Figure) => overrides.get(f.key) ?? f.fen;
  const touched = new Set<number>();
  for (const k of overrides.keys()) for (const i of ix.byKey.get(k) ?? []) touched.add(i);
  const explains: number[] = [];
  for (const i of touched) {
    const ok = holdsWith(ix.all[i]!, value);
    if (ix.failing.has(i)) {
      if (ok) explains.push(i);
    } else if (!ok) return null;
  }
  return explains.sort((a, b) => a - b);
}

/** Rows group cells of one table row or one funds block of a form; statements in prose stand alone. */
function rowOf(key: string): string | null {
  if (key.startsWith('narrative#')) return null;
  const dot = key.lastIndexOf('.');
  return dot > 0 ? key.slice(0, dot) : null;
}

export function findCulprits(all: readonly Check[], failing: readonly number[], priority: (rule: string) => number): Culprit[] {
  const ix: Index = { all, byKey: new Map(), figureOf: new Map(), failing: new Set(failing) };
  // Only figures of failing checks can be culprits: index the checks that read those.
  const wanted = new Set<string>();
  for (const i of failing) for (const f of figuresOf(all[i]!)) if (f.absentTable === undefined) wanted.add(f.key);
  if (!wanted.size) return [];
  all.forEach((c, i) => {
    for (const f of figuresOf(c)) {
      if (!wanted.has(f.key)) continue;
      const list = ix.byKey.get(f.key);
      if (list) {
        if (list[list.length - 1] !== i) list.push(i);
      } else ix.byKey.set(f.key, [i]);
      if (!ix.figureOf.has(f.key)) ix.figureOf.set(f.key, f);
    }
  });
  const candidates: Culprit[] = [];
  // Values the failing checks imply for each figure in them, most precise check first.
  const implied = new Map<string, number[]>();
  for (const i of failing) {
    for (const f of figuresOf(all[i]!)) {
      if (f.absentTable !== undefined) continue;
      const v = impliedValue(all[i]!, f.key);
      if (v === null) continue;
      const list = implied.get(f.key) ?? [];
      list.push(v);
      implied.set(f.key, list);
    }
  }
  const precision = (key: string, v: number) => Math.min(...(ix.byKey.get(key) ?? []).filter((i) => ix.failing.has(i) && impliedValue(all[i]!, key) === v).map((i) => checkPrecision(all[i]!)));
  // 1. Single figures.
  for (const [key, values] of implied) {
    const bad = (ix.byKey.get(key) ?? []).filter((i) => ix.failing.has(i));
    if (bad.length < 2) continue;
    let best: Culprit | null = null;
    const f = ix.figureOf.get(key)!;
    // Amounts are not negative: a value below zero for a figure printed non-negative is no correction.
    for (const v of [...new Set(values)].filter((x) => x >= 0 || f.fen < 0).sort((a, b) => precision(key, a) - precision(key, b))) {
      const explains = tryOverride(ix, new Map([[key, v]]));
      if (explains && explains.length >= 2 && (!best || explains.length > best.explains.length)) {
        best = { figures: [ix.figureOf.get(key)!], expected: [v], explains };
      }
    }
    if (best) candidates.push(best);
  }
  // 2. Cells of one row shifted by one amount (within a printed step: a total and its one source column
  // imply the same shift up to the rounding of the sums they sit in).
  const byRow = new Map<string, string[]>();
  for (const key of implied.keys()) {
    const row = rowOf(key);
    if (!row) continue;
    const keys = byRow.get(row) ?? [];
    keys.push(key);
    byRow.set(row, keys);
  }
  for (const keys of byRow.values()) {
    if (keys.length < 2) continue;
    const shifts: Array<{ shift: number; p: number }> = [];
    for (const k of keys) {
      const f = ix.figureOf.get(k)!;
      for (const v of new Set(implied.get(k)!)) if (v !== f.fen && (v >= 0 || f.fen < 0)) shifts.push({ shift: f.fen - v, p: precision(k, v) });
    }
    shifts.sort((a, b) => a.p - b.p);
    const tried = new Set<number>();
    let best: Culprit | null = null;
    for (const { shift } of shifts) {
      if (tried.has(shift)) continue;
      tried.add(shift);
      const members = keys.filter((k) => {
        const f = ix.figureOf.get(k)!;
        return implied.get(k)!.some((v) => Math.abs(f.fen - v - shift) <= f.step);
      });
      if (members.length < 2) continue;
      const overrides = new Map(members.map((k) => [k, ix.figureOf.get(k)!.fen - shift] as const));
      const explains = tryOverride(ix, overrides);
      if (!explains || explains.length < 2 || (best && explains.length <= best.explains.length)) continue;
      const figs = members.map((k) => ix.figureOf.get(k)!);
      figs.sort((a, b) => Number(b.loc.column === 'total') - Number(a.loc.column === 'total'));
      best = { figures: figs, expected: figs.map((f) => f.fen - shift), explains };
    }
    if (best) candidates.push(best);
  }
  // Ambiguity: candidates explaining exactly the same failures with as few figures name no one.
  const sig = (c: Culprit) => `${c.explains.join(',')}|${c.figures.length}`;
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(sig(c), (counts.get(sig(c)) ?? 0) + 1);
  const unique = candidates.filter((c) => counts.get(sig(c)) === 1);
  const rank = (c: Culprit) => {
    let r = Number.POSITIVE_INFINITY;
    for (const i of c.explains) r = Math.min(r, SEVERITY_RANK[all[i]!.severity] * 1000 + priority(all[i]!.rule));
    return r;
  };
  unique.sort((a, b) => b.explains.length - a.explains.length || a.figures.length - b.figures.length || rank(a) - rank(b));
  const taken = new Set<number>();
  const out: Culprit[] = [];
  for (const c of unique) {
    const fresh = c.explains.filter((i) => !taken.has(i));
    if (fresh.length < 2 || fresh.length < c.explains.length) continue;
    // A smaller candidate explaining a subset of these is the same error seen partly: skip when dominated.
    for (const i of fresh) taken.add(i);
    out.push({ ...c, explains: fresh });
  }
  return out;
}
