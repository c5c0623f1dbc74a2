import { figuresOf, impliedValue } from './checks.js';
import type { Figure } from './figure.js';
import { tableOf, type CheckIndex, type Outcome } from './override.js';

// A figure can be wrong together with the figures it is the total of: a 上年结转 project raised by 10,
// its unit and its department with it, so that the project table adds up while it contradicts every
// other table. Correcting the department alone then breaks the table's own sums. Following the broken
// sums down (each time one more figure of the same table shifted by the same amount) to a set that
// breaks nothing shows the table's own arithmetic does not pin the department: the error is where the
// table meets the others. Which unit and project carry the shift is not known (any would do), so only
// the figures that meet the other tables are named. Bounded: a few hundred what-ifs at most.

const MAX_FIGURES = 16;
const BUDGET = 150;

function rowOf(key: string): string {
  const dot = key.lastIndexOf('.');
  return dot > 0 ? key.slice(0, dot) : key;
}

/**
 * Extend `root` (values for figures of one table) until no holding check breaks, shifting figures of that
 * table only, each by one of the root's shifts; null when no such extension is found within the budget.
 */
export function followChain(ix: CheckIndex, root: ReadonlyMap<string, number>, first: Outcome): { values: Map<string, number>; outcome: Outcome } | null {
  const keys = [...root.keys()];
  const table = tableOf(keys[0]!);
  if (keys.some((k) => tableOf(k) !== table)) return null;
  const inTable = (f: Figure) => f.absentTable === undefined && tableOf(f.key) === table;
  const internal = (i: number) => {
    const fs = figuresOf(ix.all[i]!);
    return fs.length > 0 && fs.every(inTable);
  };
  if (!first.broken.every(internal)) return null;
  ix.completeIndex();
  const shifts = keys.map((k) => Math.abs(ix.figureOf.get(k)!.fen - root.get(k)!)).filter((s) => s > 0);
  if (!shifts.length) return null;
  const want = first.explains.length;
  let left = BUDGET;

  const dfs = (ov: Map<string, number>, out: Outcome): { values: Map<string, number>; outcome: Outcome } | null => {
    if (!out.broken.length) return out.explains.length >= want ? { values: ov, outcome: out } : null;
    if (ov.size >= MAX_FIGURES || !out.broken.every(internal)) return null;
    const target = out.broken[0]!;
    const c = ix.all[target]!;
    const value = (f: Figure) => ov.get(f.key) ?? f.fen;
    const rows = new Set([...ov.keys()].map(rowOf));
    const options: Array<{ key: string; need: number; same: boolean }> = [];
    for (const f of figuresOf(c)) {
      if (ov.has(f.key) || !inTable(f)) continue;
      const need = impliedValue(c, f.key, value);
      if (need === null || (need < 0 && f.fen >= 0)) continue;
      const shift = Math.abs(f.fen - need);
      if (!shifts.some((s) => Math.abs(shift - s) <= f.step)) continue;
      options.push({ key: f.key, need, same: rows.has(rowOf(f.key)) });
    }
    // A cell of a row already shifted first (the row's other columns move with it), then in printed order.
    options.sort((a, b) => Number(b.same) - Number(a.same));
    for (const o of options) {
      if (left-- <= 0) return null;
      const next = new Map(ov).set(o.key, o.need);
      const res = ix.tryValues(next);
      if (res.broken.includes(target)) continue;
      const found = dfs(next, res);
      if (found) return found;
    }
    return null;
  };
  return dfs(new Map(root), first);
}
