import { checkPrecision, figuresOf, impliedValue, type Check } from './checks.js';
import type { Figure } from './figure.js';
import { SEVERITY_RANK } from './finding.js';
import { followChain } from './localise-chain.js';
import { CheckIndex, tableOf } from './override.js';

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
  /** The figures' table also shifts figures below them alike (see localise-chain.ts); those are not named. */
  chain?: boolean;
}

/** Rows group cells of one table row or one funds block of a form; statements in prose stand alone. */
function rowOf(key: string): string | null {
  if (key.startsWith('narrative#')) return null;
  const dot = key.lastIndexOf('.');
  return dot > 0 ? key.slice(0, dot) : null;
}

interface Candidate extends Culprit {
  /** Found by following a chain through its table: ranks after plain corrections of the same failures. */
  chain: boolean;
}

export function findCulprits(all: readonly Check[], failing: readonly number[], priority: (rule: string) => number): Culprit[] {
  // Only figures of failing checks can be culprits: index the checks that read those.
  const wanted = new Set<string>();
  for (const i of failing) for (const f of figuresOf(all[i]!)) if (f.absentTable === undefined) wanted.add(f.key);
  if (!wanted.size) return [];
  const ix = new CheckIndex(all, failing, wanted);
  // Values the failing checks imply for each figure in them.
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
  const precision = (key: string, v: number) => Math.min(...ix.checksOf(key).filter((i) => ix.failing.has(i) && impliedValue(all[i]!, key) === v).map((i) => checkPrecision(all[i]!)));
  const figureOf = (k: string) => ix.figureOf.get(k)!;
  // Amounts are not negative: a value below zero for a figure printed non-negative is no correction.
  const plausible = (k: string, v: number) => v >= 0 || figureOf(k).fen < 0;

  const candidates: Candidate[] = [];
  /** Try values for some figures: a correction if they explain failures and break nothing (or only what a chain absorbs). */
  const attempt = (values: Map<string, number>, report: string[]): Candidate | null => {
    let out = ix.tryValues(values);
    if (!out.explains.length) return null;
    let chain = false;
    if (out.broken.length) {
      const followed = followChain(ix, values, out);
      if (!followed) return null;
      out = followed.outcome;
      chain = true;
    }
    return { figures: report.map(figureOf), expected: report.map((k) => values.get(k)!), explains: out.explains, chain };
  };
  const better = (a: Candidate, b: Candidate | null) => !b || a.explains.length > b.explains.length || (a.explains.length === b.explains.length && !a.chain && b.chain);

  // 1. Single figures, with the value the most precise failing check implies first. One failing check
  // is enough when the figure is the only one of that check whose correction breaks nothing: a total
  // that other relations confirm is not the culprit of the one sum it fails, its wrong part is.
  for (const [key, values] of implied) {
    let best: Candidate | null = null;
    for (const v of [...new Set(values)].filter((x) => plausible(key, x)).sort((a, b) => precision(key, a) - precision(key, b))) {
      const c = attempt(new Map([[key, v]]), [key]);
      if (c && better(c, best)) best = c;
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
      const f = figureOf(k);
      for (const v of new Set(implied.get(k)!)) if (v !== f.fen && plausible(k, v)) shifts.push({ shift: f.fen - v, p: precision(k, v) });
    }
    shifts.sort((a, b) => a.p - b.p);
    const tried = new Set<number>();
    let best: Candidate | null = null;
    for (const { shift } of shifts) {
      if (tried.has(shift)) continue;
      tried.add(shift);
      const members = keys.filter((k) => {
        const f = figureOf(k);
        return implied.get(k)!.some((v) => Math.abs(f.fen - v - shift) <= f.step);
      });
      if (members.length < 2) continue;
      members.sort((a, b) => Number(figureOf(b).loc.column === 'total') - Number(figureOf(a).loc.column === 'total'));
      const c = attempt(new Map(members.map((k) => [k, figureOf(k).fen - shift] as const)), members);
      if (c && c.explains.length >= 2 && better(c, best)) best = c;
    }
    if (best) candidates.push(best);
  }
  // 3. One table's copies against the rest: every figure of one table that a failing check reads, each
  // at the value the other side implies (a summary printing 上年结转 1124.01 with its totals to match,
  // where the income, expense and carry-over tables agree on 1114.01).
  const byTable = new Map<string, string[]>();
  for (const key of implied.keys()) {
    const t = tableOf(key);
    const keys = byTable.get(t) ?? [];
    keys.push(key);
    byTable.set(t, keys);
  }
  for (const keys of byTable.values()) {
    const value = new Map<string, number>();
    for (const k of keys) {
      const vs = implied.get(k)!.filter((v) => v !== figureOf(k).fen && plausible(k, v));
      if (vs.length) value.set(k, vs.sort((a, b) => precision(k, a) - precision(k, b))[0]!);
    }
    if (value.size < 2) continue;
    // Each failing check is corrected at one figure of the table: the one whose correction alone breaks
    // least (a 上年结转 cell, not the row total that also adds up the current year).
    const cost = new Map([...value].map(([k, v]) => [k, ix.tryValues(new Map([[k, v]])).broken.length] as const));
    const members = new Set<string>();
    for (const i of ix.failing) {
      let pick: string | null = null;
      for (const f of figuresOf(all[i]!)) if (cost.has(f.key) && (pick === null || cost.get(f.key)! < cost.get(pick)!)) pick = f.key;
      if (pick !== null) members.add(pick);
    }
    if (members.size < 2) continue;
    const report = [...members].sort((a, b) => firstRank(a) - firstRank(b));
    const c = attempt(new Map(report.map((k) => [k, value.get(k)!] as const)), report);
    if (c && c.explains.length >= 2) candidates.push(c);
  }

  function firstRank(key: string): number {
    let r = Number.POSITIVE_INFINITY;
    for (const i of ix.checksOf(key)) if (ix.failing.has(i)) r = Math.min(r, checkRank(i));
    return r;
  }
  function checkRank(i: number): number {
    return SEVERITY_RANK[all[i]!.severity] * 1000 + priority(all[i]!.rule);
  }
  return choose(dedupe(candidates, firstRank), checkRank);
}

/**
 * The same figures found twice (a single figure is also a table's only member): keep one. Chains through
 * one table that explain the same failures are one set of figures wrong alike, whichever figure the
 * chain was started from: one candidate, named by the figure the most important check reads.
 */
function dedupe(list: Candidate[], firstRank: (key: string) => number): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of list) {
    const k = c.chain ? `chain:${tableOf(c.figures[0]!.key)}/${c.explains.join(',')}` : `${c.figures.map((f) => f.key).sort().join('|')}/${c.explains.join(',')}`;
    const had = seen.get(k);
    if (!had) seen.set(k, c);
    else if (c.chain && had.chain) seen.set(k, merge(had, c, firstRank));
    else if (had.chain && !c.chain) seen.set(k, c);
  }
  return [...seen.values()];
}

function merge(a: Candidate, b: Candidate, firstRank: (key: string) => number): Candidate {
  const value = new Map<string, { f: Figure; v: number }>();
  for (const c of [a, b]) c.figures.forEach((f, i) => value.set(f.key, { f, v: c.expected[i]! }));
  const keys = [...value.keys()].sort((x, y) => firstRank(x) - firstRank(y));
  return { figures: keys.map((k) => value.get(k)!.f), expected: keys.map((k) => value.get(k)!.v), explains: a.explains, chain: true };
}

function choose(candidates: Candidate[], checkRank: (i: number) => number): Culprit[] {
  // Ambiguity: candidates explaining exactly the same failures with as few figures name no one.
  const sig = (c: Candidate) => `${c.explains.join(',')}|${c.figures.length}|${c.chain}`;
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(sig(c), (counts.get(sig(c)) ?? 0) + 1);
  const unique = candidates.filter((c) => counts.get(sig(c)) === 1);
  const rank = (c: Candidate) => Math.min(...c.explains.map(checkRank));
  unique.sort((a, b) => b.explains.length - a.explains.length || Number(a.chain) - Number(b.chain) || a.figures.length - b.figures.length || rank(a) - rank(b));
  const taken = new Set<number>();
  const out: Culprit[] = [];
  for (const c of unique) {
    const fresh = c.explains.filter((i) => !taken.has(i));
    // A smaller candidate explaining a subset of these is the same error seen partly: skip when dominated.
    if (!fresh.length || fresh.length < c.explains.length) continue;
    for (const i of fresh) taken.add(i);
    out.push({ figures: c.figures, expected: c.expected, explains: fresh, ...(c.chain ? { chain: true } : {}) });
  }
  return out;
}
