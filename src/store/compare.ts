import type { Row, Table } from '../model/disclosure.js';
import { fold, stripOrdinal } from '../text/fold.js';

// Side-by-side comparison of two disclosures (years of one entity, or two entities): tables matched by
// canonical key, rows by function/economic code, else by folded name path, cells by column key.
// Differences are exact 分 (b − a), a blank cell counting as 0 as it does in a budget table; units may
// differ between the two, 分 do not. Rows come side by side of a two-sided table (收入, then 支出 …),
// each side in a's printed order with the rows only b has placed after the row they follow in b.

export interface CompareCell {
  a: number | null;
  b: number | null;
  /** b − a in 分, a blank cell counting as 0. */
  diff: number;
}

export interface CompareRow {
  key: string;
  code: string | null;
  name: string;
  level: number;
  kind: Row['kind'];
  side: string | null;
  in: 'both' | 'a' | 'b';
  cells: Record<string, CompareCell>;
}

export interface CompareTable {
  key: string;
  title_a: string | null;
  title_b: string | null;
  unit_a: string | null;
  unit_b: string | null;
  /** Column keys present on either side, in a's order then b's extras, with a label. */
  columns: Array<{ key: string; side: string | null; label: string }>;
  rows: CompareRow[];
  /** Rows with at least one differing cell (a row only one document prints differs where it has figures). */
  changed: number;
}

/** Match key of a row within its table. */
export function rowMatchKey(r: Row): string {
  const side = r.side ?? '';
  if (r.role) return `${side}|role:${r.role}`;
  if (r.code) return `${side}|code:${r.code}`;
  if (r.kind === 'total') return `${side}|total`;
  return `${side}|name:${r.path.map((p) => fold(stripOrdinal(p))).join('/')}`;
}

function keyed(rows: readonly Row[]): Map<string, Row> {
  const out = new Map<string, Row>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const base = rowMatchKey(r);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(n ? `${base}#${n}` : base, r); // a repeated name is matched by occurrence
  }
  return out;
}

export function compareTable(a: Table | undefined, b: Table | undefined): CompareTable {
  const key = (a ?? b)!.key;
  const columns: CompareTable['columns'] = [];
  const colSeen = new Set<string>();
  for (const c of [...(a?.columns ?? []), ...(b?.columns ?? [])]) {
    const id = `${c.side ?? ''}|${c.key}`;
    if (colSeen.has(id)) continue;
    colSeen.add(id);
    columns.push({ key: c.key, side: c.side, label: c.header.join(' / ') });
  }
  const ka = keyed(a?.rows ?? []);
  const kb = keyed(b?.rows ?? []);
  const rows: CompareRow[] = [];
  let changed = 0;
  const emit = (k: string, ra: Row | undefined, rb: Row | undefined) => {
    const r = (ra ?? rb)!;
    const cells: Record<string, CompareCell> = {};
    let differs = false;
    for (const c of columns) {
      if (c.side !== r.side) continue;
      const va = ra?.cells[c.key]?.fen ?? null;
      const vb = rb?.cells[c.key]?.fen ?? null;
      if (va === null && vb === null) continue;
      const diff = (vb ?? 0) - (va ?? 0);
      if (diff !== 0) differs = true;
      cells[c.key] = { a: va, b: vb, diff };
    }
    if (differs) changed++;
    rows.push({ key: k, code: r.code, name: r.name, level: r.level, kind: r.kind, side: r.side, in: ra && rb ? 'both' : ra ? 'a' : 'b', cells });
  };
  for (const side of sidesOf(columns, ka, kb)) {
    for (const [k, ra, rb] of mergedOrder(ka, kb, side)) emit(k, ra, rb);
  }
  return { key, title_a: a?.title ?? null, title_b: b?.title ?? null, unit_a: a?.unit ?? null, unit_b: b?.unit ?? null, columns, rows, changed };
}

/** Sides in column order, then any side only rows name. */
function sidesOf(columns: CompareTable['columns'], ka: Map<string, Row>, kb: Map<string, Row>): Array<string | null> {
  const sides: Array<string | null> = [];
  for (const s of [...columns.map((c) => c.side), ...[...ka.values(), ...kb.values()].map((r) => r.side)]) if (!sides.includes(s)) sides.push(s);
  return sides;
}

/** One side's rows: a's in order, each b-only row right after the row it follows in b (or first). */
function mergedOrder(ka: Map<string, Row>, kb: Map<string, Row>, side: string | null): Array<[string, Row | undefined, Row | undefined]> {
  const after = new Map<string | null, string[]>(); // a's key (null: the start) → b-only keys following it
  let anchor: string | null = null;
  for (const [k, rb] of kb) {
    if (rb.side !== side) continue;
    if (ka.has(k)) anchor = k;
    else {
      const list = after.get(anchor) ?? [];
      list.push(k);
      after.set(anchor, list);
    }
  }
  const out: Array<[string, Row | undefined, Row | undefined]> = [];
  const onlyB = (at: string | null) => {
    for (const k of after.get(at) ?? []) out.push([k, undefined, kb.get(k)]);
  };
  onlyB(null);
  for (const [k, ra] of ka) {
    if (ra.side !== side) continue;
    out.push([k, ra, kb.get(k)]);
    onlyB(k);
  }
  return out;
}

/** Every table key in either document, in a's order then b's extras. */
export function compareTables(a: readonly Table[], b: readonly Table[]): CompareTable[] {
  const keys: string[] = [];
  for (const t of [...a, ...b]) if (!keys.includes(t.key)) keys.push(t.key);
  return keys.map((k) => compareTable(a.find((t) => t.key === k), b.find((t) => t.key === k)));
}
