import type { Row, Table } from '../model/disclosure.js';
import { fold, stripOrdinal } from '../text/fold.js';

// The printed function codes of one table as a tree by printed order: a 5-digit code sits under the last
// 3-digit code above it, a 7-digit one under the last 5-digit one (where the table prints that level).
// An edge whose child does not begin with its parent's code is a contradiction; the code to blame is the
// one that contradicts most of its neighbours: a 款 printed 20905 between 类 208 and 项 2080501… (three
// contradictions), not the 类 above it; a 类 printed 211 over 21001, 21002 … (one contradiction each, the
// 类 has them all); a 项 2110101 under 21001 whose brothers agree with 21001 (the 项). Its correction is
// the code its neighbours imply (20805, 210, 2100101).

export interface CodedRow {
  index: number;
  row: Row;
  /** The code as read, or made of a printed token with letters for digits (2O1 → 201). */
  code: string;
  /** The token as printed, where it is not a clean code. */
  printed?: string;
}

export interface Misprint {
  at: CodedRow;
  /** The code its neighbours imply. */
  expected: string;
  /** The code above it, where that edge contradicts. */
  parent: string | null;
  /** Children whose codes contradict it. */
  children: number;
}

export interface Misplaced {
  at: CodedRow;
  parentCode: string;
  above: string | null;
}

/** A 3/5/7-digit code printed with letters for digits at the start of the name (2O1一般公共服务支出). */
const LOOKALIKE = /^([0-9OoIl]{3}(?:[0-9OoIl]{2}){0,2})(?=[^0-9A-Za-z])/;

function lookalike(r: Row): CodedRow['code'] | null {
  const m = LOOKALIKE.exec(r.name.trim());
  if (!m || /^\d+$/.test(m[1]!) || !/\d/.test(m[1]!)) return null;
  return m[1]!.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
}

/** Rows with printed function codes (and letter-for-digit codes) in printed order. */
export function codedRows(t: Table): CodedRow[] {
  const out: CodedRow[] = [];
  t.rows.forEach((row, index) => {
    if (row.code && row.code_source === 'printed') out.push({ index, row, code: row.code });
    else if (!row.code && row.kind === 'item') {
      const code = lookalike(row);
      if (code) out.push({ index, row, code, printed: row.name.trim().slice(0, code.length) });
    }
  });
  return out;
}

/** Codes contradicting the tree, each blamed once; single-edge cases that look like a left-out parent apart. */
export function treeContradictions(rows: readonly CodedRow[]): { misprints: Misprint[]; misplaced: Misplaced[] } {
  const lengths = new Set(rows.map((r) => r.code.length));
  const printed = new Set(rows.map((r) => r.code));
  const parentOf = new Map<CodedRow, CodedRow>();
  const kids = new Map<CodedRow, CodedRow[]>();
  const last = new Map<number, CodedRow>();
  const orphans: CodedRow[] = [];
  for (const r of rows) {
    const p = last.get(r.code.length - 2);
    if (r.code.length > 3 && lengths.has(r.code.length - 2)) {
      if (p) {
        parentOf.set(r, p);
        kids.set(p, [...(kids.get(p) ?? []), r]);
      } else orphans.push(r);
    }
    last.set(r.code.length, r);
    for (const l of [...last.keys()]) if (l > r.code.length) last.delete(l);
  }
  const bad = (p: CodedRow, c: CodedRow) => !c.code.startsWith(p.code);
  const count = (r: CodedRow) => {
    const p = parentOf.get(r);
    const edges = [...(p ? [bad(p, r)] : []), ...(kids.get(r) ?? []).map((c) => bad(r, c))];
    const b = edges.filter(Boolean).length;
    return { b, g: edges.length - b };
  };
  const blamed = new Set<CodedRow>();
  const misprints: Misprint[] = [];
  const misplaced: Misplaced[] = orphans.filter((r) => !r.code.startsWith('0')).map((r) => ({ at: r, parentCode: r.code.slice(0, r.code.length - 2), above: null }));
  for (const c of rows) {
    const p = parentOf.get(c);
    if (!p || !bad(p, c) || blamed.has(p) || blamed.has(c)) continue;
    const cp = count(p);
    const cc = count(c);
    const parentWrong = cp.b > cc.b || (cp.b === cc.b && cp.g < cc.g);
    const at = parentWrong ? p : c;
    const badKids = (kids.get(at) ?? []).filter((k) => bad(at, k));
    const fromKids = badKids.length && badKids.every((k) => k.code.startsWith(badKids[0]!.code.slice(0, at.code.length))) ? badKids[0]!.code.slice(0, at.code.length) : null;
    const up = parentOf.get(at);
    const fromParent = up ? up.code + at.code.slice(up.code.length) : null;
    const expected = fromKids ?? fromParent;
    // One contradiction where the implied code is printed already: a parent row left out, not a misprint.
    if (!expected || (count(at).b < 2 && printed.has(expected))) {
      misplaced.push({ at: c, parentCode: c.code.slice(0, c.code.length - 2), above: p.code });
      continue;
    }
    blamed.add(at);
    misprints.push({ at, expected, parent: up && bad(up, at) ? up.code : null, children: badKids.length });
  }
  return { misprints, misplaced };
}

export interface CodeOutlier {
  table: Table;
  at: CodedRow;
  expected: string;
  /** Tables printing the subject under the expected code. */
  others: Table[];
}

const norm = (s: string) => fold(stripOrdinal(s)).replace(/[()（）\s]/g, '');

/**
 * A subject printed under one code in one table and under another in the others (same name, same parent):
 * 2100411 疾病预防控制机构 in 支出总表 where 收入总表 and 一般公共预算支出表 print 2100401. Two tables
 * against one name the one; one against one names no one.
 */
export function codeOutliers(tables: ReadonlyArray<{ table: Table; rows: readonly CodedRow[] }>): CodeOutlier[] {
  const byCode = tables.map(({ table, rows }) => ({ table, rows, codes: new Set(rows.map((r) => r.code)) }));
  const out: CodeOutlier[] = [];
  for (const t of byCode) {
    for (const r of t.rows) {
      if (r.code.length < 5 || byCode.some((o) => o !== t && o.codes.has(r.code))) continue;
      const name = norm(r.row.name);
      const parent = r.code.slice(0, -2);
      const matches = new Map<string, Table[]>();
      for (const o of byCode) {
        if (o === t) continue;
        for (const x of o.rows) {
          if (x.code.length !== r.code.length || !x.code.startsWith(parent) || t.codes.has(x.code) || norm(x.row.name) !== name) continue;
          matches.set(x.code, [...(matches.get(x.code) ?? []), o.table]);
        }
      }
      const best = [...matches].filter(([, ts]) => ts.length >= 2);
      if (best.length === 1) out.push({ table: t.table, at: r, expected: best[0]![0], others: best[0]![1] });
    }
  }
  return out;
}
