import type { Disclosure } from '../model/disclosure.js';
import { tableZh } from '../model/table-keys.js';

// The years a document prints for itself: cover, table titles and heads, the 情况说明's titles and the
// sentences that open with a year and the entity (or 本部门 / 本单位), the TOC and the forms. The
// document's year is the one most of the cover, titles, heads and narrative print — a cover left at last
// year's is one place out of many, not the year every other place is measured against. The TOC and the
// forms do not vote: a TOC is often copied from last year's, forms are many copies of one template.

export type YearKind = 'cover' | 'title' | 'header' | 'section' | 'sentence' | 'toc' | 'form';

export interface YearPlace {
  year: number;
  kind: YearKind;
  table: string;
  row: string | null;
  column: string | null;
  line: number | null;
  where: string;
}

const YEAR = /((?:19|20)\d{2})\s*年/g;
/** Heads also print the year without 年 (2024预算数). */
const HEAD_YEAR = /((?:19|20)\d{2})\s*(?:年|(?=预算|决算|执行))/g;

function years(text: string, re: RegExp = YEAR): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(re)) out.push(Number(m[1]));
  return out;
}

const SELF = /^(本部门|本单位|我部门|我单位|部门|单位)/;

export function yearPlaces(doc: Disclosure): YearPlace[] {
  const out: YearPlace[] = [];
  const add = (year: number, kind: YearKind, table: string, row: string | null, column: string | null, line: number | null, where: string) =>
    out.push({ year, kind, table, row, column, line, where });
  for (const y of new Set(years(doc.title ?? ''))) add(y, 'cover', 'document', null, 'title', null, '封面标题');
  for (const e of doc.toc) for (const y of new Set(years(e.title))) add(y, 'toc', 'document', e.title, 'toc', e.line, '目录');
  for (const t of doc.tables) {
    for (const y of new Set(years(t.title))) add(y, 'title', t.key, null, 'title', t.line, `${tableZh(t.key)}标题`);
    // One place per printed head, however many columns it spans.
    const heads = new Map<string, string>();
    for (const c of t.columns) for (const h of c.header) if (!heads.has(h)) heads.set(h, c.key);
    for (const [h, column] of heads) for (const y of new Set(years(h, HEAD_YEAR))) add(y, 'header', t.key, null, column, t.line, `表头「${h}」`);
  }
  const entity = doc.entity ? doc.entity.replace(/\s+/g, '') : null;
  for (const s of doc.sections) {
    if (!/上年|以前|截至/.test(s.title)) for (const y of new Set(years(s.title))) add(y, 'section', 'narrative', s.title, 'title', s.line, '情况说明标题');
    for (const sentence of s.text.split(/[。\n]/)) {
      const m = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(本部门|本单位|我部门|我单位)?((?:19|20)\d{2})\s*年度?(.{0,40})/.exec(sentence);
      if (!m) continue;
      const rest = m[3]!.replace(/\s+/g, '');
      const aboutSelf = m[1] !== undefined || SELF.test(rest) || (entity !== null && rest.startsWith(entity)) || /^(部门|单位)?预算/.test(rest);
      if (aboutSelf) add(Number(m[2]), 'sentence', 'narrative', s.title, 'text', s.line, '情况说明');
    }
  }
  for (const f of doc.forms) {
    if (f.fiscal_year !== null) add(f.fiscal_year, 'form', 'performance', f.kind === 'project' ? f.project : (f.department ?? f.title), 'fiscal_year', f.line, '绩效目标表年度');
  }
  return out;
}

/** The year most voting places print (ties: the year read from the cover, else the later year). */
export function documentYear(places: readonly YearPlace[], read: number | null): number | null {
  const votes = new Map<number, number>();
  for (const p of places) if (p.kind !== 'toc' && p.kind !== 'form') votes.set(p.year, (votes.get(p.year) ?? 0) + 1);
  let best: number | null = null;
  let most = 0;
  for (const [y, n] of votes) {
    if (n > most || (n === most && (y === read || (best !== read && best !== null && y > best)))) {
      best = y;
      most = n;
    }
  }
  return best ?? read;
}
