import type { Diagnostic } from '../../model/diagnostic.js';
import type { Table } from '../../model/disclosure.js';
import { fold } from '../../text/fold.js';
import { makeLine, type SourceLine } from '../source-line.js';
import { matchTitleAmong, shapeOf, templateById, type Template, type TitleMatch } from '../templates/registry.js';
import { identifyByHeader } from './identify-by-header.js';
import { diag } from './rows.js';
import type { Block } from './segment.js';
import { readTable } from './table.js';
import { titleCells } from './table-meta.js';

// Table blocks → Tables. Continuations are merged, project trees are read last (when the names of
// the units are known), a second header inside a block starts another table, and tables whose title
// was not recognised are identified by their header and their place among the others.

type TableBlock = Extract<Block, { type: 'table' }>;

export interface TablesContext {
  template: Template | undefined;
  docLevel: 'department' | 'unit';
  knownOrgs: Set<string>;
  /** Line numbers placed in the model (filled in). */
  consumed: Set<number>;
}

export function readTables(all: readonly Block[], ctx: TablesContext): { tables: Table[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const blocks = all.filter((b): b is TableBlock => b.type === 'table');
  for (const b of blocks) if (b.match) b.match = ownMatch(b.match, ctx.template);
  oneKeyOneTable(blocks);
  // A table continued under a repeated title (a new page, "（续）") is one table.
  for (let k = blocks.length - 1; k > 0; k--) {
    const a = blocks[k - 1]!;
    const b = blocks[k]!;
    if (a.match && b.match && a.match.key === b.match.key && all.indexOf(b) === all.indexOf(a) + 1) {
      a.body.push(...b.body);
      blocks.splice(k, 1);
      ctx.consumed.add(b.title.no);
    }
  }
  for (const d of dropDuplicates(blocks)) diagnostics.push(d);
  const queue = [...blocks].sort((a, b) => Number(isProjects(a.match)) - Number(isProjects(b.match)));
  const tables: Table[] = [];
  let unknown = 0;
  const read = (b: TableBlock, key: string, match: Pick<TitleMatch, 'shape' | 'confidence' | 'template'> | null) => {
    const r = readTable(b.title, b.body, {
      key,
      shape: match?.shape ?? 'list',
      confidence: match?.confidence ?? 0,
      defaultUnit: (match ? templateById(match.template)?.unit : ctx.template?.unit) ?? '万元',
      docLevel: ctx.docLevel,
      knownOrgs: ctx.knownOrgs,
    }, b.number);
    return r;
  };
  while (queue.length) {
    const b = queue.shift()!;
    const key = b.match?.key ?? `table_${++unknown}`;
    const r = read(b, key, b.match);
    tables.push(r.table);
    diagnostics.push(...r.diagnostics);
    if (r.table.entity) ctx.knownOrgs.add(fold(r.table.entity));
    if (key === 'admin_running') for (const row of r.table.rows) if (row.kind !== 'total') ctx.knownOrgs.add(fold(row.name));
    ctx.consumed.add(b.title.no);
    if (b.numberLine) ctx.consumed.add(b.numberLine.no);
    // Table lines are all accounted for: figures outside the grid were reported by readRows.
    for (const l of b.body) ctx.consumed.add(l.no);
    if (r.rest.length) {
      const first = r.rest[0]!;
      queue.push({ type: 'table', title: untitled(first), match: null, number: null, numberLine: null, body: r.rest });
    }
  }
  tables.sort((a, b) => a.line - b.line);
  // Tables without a recognised title: identify them by header and position.
  const present = new Set(tables.map((t) => t.key));
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i]!;
    if (!/^table_\d+$/.test(t.key)) continue;
    const before = tables.slice(0, i).reverse().find((x) => !/^table_/.test(x.key))?.key ?? null;
    const after = tables.slice(i + 1).find((x) => !/^table_/.test(x.key))?.key ?? null;
    const m = identifyByHeader(t, present, ctx.template, before, after);
    const block = blocks.find((b) => b.title.no === t.line) ?? null;
    if (m) {
      const body = block?.body ?? bodyOf(t, blocks);
      const r = read({ type: 'table', title: block?.title ?? untitled(body[0]!), match: null, number: t.number, numberLine: null, body }, m.key, {
        shape: shapeOf(m.key), confidence: m.confidence, template: ctx.template?.id ?? '',
      });
      tables[i] = { ...r.table, title: t.title, line: t.line, end_line: t.end_line };
      present.add(m.key);
    }
    diagnostics.push(diag('table.unrecognised', m ? 'info' : 'warning', null, tables[i]!.key, t.title || `第${t.line}行起的无标题表格`, m ? { identified_by: 'header', confidence: m.confidence } : undefined));
  }
  return { tables, diagnostics };
}

/**
 * A title that reads the same in several templates is the document's: 部门收入预算总表 (江苏 and 上海) takes
 * the shape of the document's template; 国有资本经营预算支出表 (山西's 收支表, 上海's 支出功能分类表) its key too.
 */
function ownMatch(m: TitleMatch, tpl: Template | undefined): TitleMatch {
  if (!tpl || m.template === tpl.id) return m;
  const spec = tpl.tables.find((s) => s.titles.some((t) => fold(t) === m.alias)) ?? tpl.tables.find((s) => s.key === m.key);
  return spec ? { ...m, key: spec.key, shape: spec.shape, template: tpl.id } : m;
}

function isProjects(m: TitleMatch | null): boolean {
  return shapeOf(m?.key ?? '') === 'projects';
}

/** A stand-in title line for a table printed without one. */
function untitled(first: SourceLine): SourceLine {
  return { ...makeLine(first.no, ['']), page: first.page };
}

/**
 * A key still printed over several tables (other blocks between them: not a continuation) is read once,
 * from the best match (the first of equals); the others are reported and read as unrecognised tables.
 */
function dropDuplicates(blocks: readonly TableBlock[]): Diagnostic[] {
  const holder = new Map<string, TableBlock>();
  for (const b of blocks) {
    const h = b.match ? holder.get(b.match.key) : undefined;
    if (b.match && (!h || b.match.confidence > h.match!.confidence)) holder.set(b.match.key, b);
  }
  const out: Diagnostic[] = [];
  for (const b of blocks) {
    if (!b.match || holder.get(b.match.key) === b) continue;
    out.push(diag('table.duplicate', 'warning', b.title, b.match.key, titleCells(b.title).text));
    b.match = null;
  }
  return out;
}

/** The lines of a table split off a block (after continuations were merged: each line once). */
function bodyOf(t: Table, blocks: readonly TableBlock[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const b of blocks) for (const l of b.body) if (l.no >= t.line && l.no <= t.end_line) out.push(l);
  return out;
}

/**
 * One canonical key, one table. Where several titles match one key, the best match keeps it and each
 * other title is tried against the keys of the same template and shape that no title took (项目支出预算表
 * printed over both project tables; 结转项目支出预算表, which ends in the current-year table's alias). A title
 * marked 续, or one with no free sibling to go to, stays: the table continued on a new page.
 */
function oneKeyOneTable(blocks: readonly TableBlock[]): void {
  const taken = new Set<string>();
  const byKey = new Map<string, TableBlock[]>();
  for (const b of blocks) {
    if (!b.match) continue;
    taken.add(b.match.key);
    const group = byKey.get(b.match.key);
    if (group) group.push(b);
    else byKey.set(b.match.key, [b]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const holder = group.reduce((h, b) => (b.match!.confidence > h.match!.confidence ? b : h));
    for (const b of group) {
      const m = b.match!;
      const text = titleCells(b.title).text;
      if (b === holder || text.includes('续')) continue;
      const free = new Set((templateById(m.template)?.tables ?? []).filter((s) => s.shape === m.shape && !taken.has(s.key)).map((s) => s.key));
      const other = free.size ? matchTitleAmong(text, m.template, free) : null;
      if (!other) continue;
      b.match = other;
      taken.add(other.key);
    }
  }
}
