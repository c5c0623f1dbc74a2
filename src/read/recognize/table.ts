import type { Diagnostic } from '../../model/diagnostic.js';
import type { Row, Table } from '../../model/disclosure.js';
import { detectUnit, type MoneyUnit } from '../../model/money.js';
import { fold } from '../../text/fold.js';
import { isPageNumber } from '../page-number.js';
import { filled, filledCount, foldedHead, type SourceLine } from '../source-line.js';
import { isNumberLabel, titleNumber, type TableShape } from '../templates/registry.js';
import { labelRole } from './columns.js';
import { buildGrid, isHeaderRow, isNumberingRow } from './header.js';
import { alignHeaderRows } from './header-align.js';
import { joinWrappedHeader, type JoinedHeader } from './header-wrap.js';
import { projectTree } from './project-tree.js';
import { metaEntity, readMetaCells, splitMetaCells, titleCells, unwrapUnit } from './table-meta.js';
import { catalogCode, codeLevel, rowRole } from './row-meaning.js';
import { diag, readRows, type RawRow } from './rows.js';

// One table block (title line + the lines up to the next block) → a model Table.

export interface TableContext {
  key: string;
  shape: TableShape;
  confidence: number;
  defaultUnit: MoneyUnit;
  docLevel: 'department' | 'unit';
  knownOrgs: ReadonlySet<string>;
}

const NOTE = /^(?:注|备注|说明)\s*[:：\d、.]/;
const EMPTY_NOTE = /(本表无数据|无数据|本表为空|没有数据|无相关数据|本(部门|单位)(无|没有).*(收支|支出|预算|经费|数据))/;

export interface TableResult {
  table: Table;
  diagnostics: Diagnostic[];
  /** Lines after a second, different header: another table whose title was not printed or not read. */
  rest: SourceLine[];
}

/** A header row that names the row-label columns (科目编码, 项目名称 …) and at least two columns. */
function isForeignHeader(line: SourceLine): boolean {
  const cells = filled(line).map((c) => fold(c.v));
  return cells.length >= 2 && cells.some((c) => labelRole([c]) !== null);
}

export function readTable(title: SourceLine, body: readonly SourceLine[], ctx: TableContext, numberHint: string | null): TableResult {
  const diagnostics: Diagnostic[] = [];
  // The unit or entity printed in a cell of the title line.
  const printed = titleCells(title);
  const meta = readMetaCells(printed.meta);
  let unit: MoneyUnit | null = meta.unit;
  let entity: string | null = meta.entity;
  let number = numberHint ?? titleNumber(printed.text);
  const notes: string[] = [];
  const header: SourceLine[] = [];
  const data: SourceLine[] = [];
  let inData = false;
  let entityOpen = false;
  let rest: SourceLine[] = [];
  // Set once a header row was joined from wrapped lines: its repeats on later pages wrap alike.
  let wrapped = false;
  // An index loop: for-of is a try/finally region, costlier to compile in a function this size.
  for (let k = 0; k < body.length; k++) {
    let line = body[k]!;
    // The unit (or entity) printed in a cell of a header row, far right: read, and the row read without it.
    if (!inData && filledCount(line) >= 3) {
      const split = splitMetaCells(line);
      if (split && isHeaderRow(split.line)) {
        unit = split.meta.unit ?? unit;
        entity = split.meta.entity ?? entity;
        line = split.line;
      }
    }
    const t = line.text;
    // The folded head (cached on the line) is enough: notes and number labels are told by how a line
    // starts, and an empty-table note is short.
    const f = foldedHead(line);
    if (NOTE.test(f) || (line.text.length < 40 && EMPTY_NOTE.test(f))) {
      notes.push(t);
      continue;
    }
    if ((!inData && header.length === 0) || (inData && filledCount(line) <= 2 && !/\d{2}/.test(t.replace(/\d{4}年|\d+(万)?元/g, '')))) {
      const cut = unwrapUnit(t);
      if (cut.unit) unit = cut.unit;
      // An entity name wrapped onto a line that also carries the unit ("院 | 单位：万元").
      if (cut.unit && entityOpen && entity && cut.rest.length > 0 && cut.rest.length <= 20 && !/[:：]/.test(cut.rest)) {
        entity += cut.rest.replace(/\s+/g, '');
        entityOpen = false;
        continue;
      }
      const label = metaEntity(cut.rest);
      if (label || cut.unit) {
        if (label?.entity) {
          entity = label.entity;
          entityOpen = true;
        }
        continue;
      }
      if (isNumberLabel(f)) {
        number = number ?? f;
        continue;
      }
      // An entity name too long for its box goes on in a line of its own ("部门：中国共产党江苏省委员会办" /
      // "公厅"), possibly below the unit printed beside it.
      if (entityOpen && entity && filledCount(line) === 1 && !/\d/.test(t) && t.length <= 20 && !isHeaderRow(line)) {
        entity += t.replace(/\s+/g, '');
        continue;
      }
    }
    entityOpen = false;
    // Header cells wrapped onto the next line are joined by column (header-wrap.ts).
    for (let w: JoinedHeader | null; !inData && k + 1 < body.length && (w = joinWrappedHeader(line, body[k + 1]!)); ) {
      k++;
      wrapped = true;
      if (!w.rest) {
        line = w.joined;
        continue;
      }
      header.push(w.joined);
      line = w.rest;
    }
    if (wrapped && inData && k + 1 < body.length && !isHeaderRow(line)) {
      const w = joinWrappedHeader(line, body[k + 1]!);
      if (w && header.some((h) => foldedHead(h) === foldedHead(w.joined))) {
        k++;
        continue;
      }
    }
    if (isNumberingRow(line)) {
      inData = true;
      continue;
    }
    if (!inData && isHeaderRow(line)) {
      header.push(line);
      continue;
    }
    // A table continued on the next page repeats its header rows (and sometimes prints a bare page
    // number between the rows): neither is data. A different header after data starts another table
    // whose title was lost: the rest is handed back.
    if (inData && isHeaderRow(line)) {
      if (header.some((h) => foldedHead(h) === foldedHead(line))) continue;
      if (isForeignHeader(line)) {
        rest = body.slice(k);
        break;
      }
    }
    if (line.text.length <= 16 && filledCount(line) === 1 && isPageNumber(line.text)) {
      diagnostics.push(diag('line.unplaced', 'info', line, ctx.key, line.text, { reason: 'page-number' }));
      continue;
    }
    if (!inData && header.length === 0) {
      // A unit printed at the end of the line: the whole line folded, not only its head.
      const whole = t.length > 120 ? fold(t) : f;
      if (/单位[:：]?\s*(万元|元)$/.test(whole)) {
        unit = detectUnit(whole);
        continue;
      }
    }
    inData = true;
    data.push(line);
  }
  const u = unit ?? ctx.defaultUnit;
  const aligned = alignHeaderRows(header, data);
  let width = 0;
  for (const l of aligned) width = Math.max(width, l.cells.length);
  for (let k = 0; k < data.length; k++) width = Math.max(width, data[k]!.cells.length);
  if (header.length === 0 && data.length > 0) diagnostics.push(diag('table.no-header', 'warning', title, ctx.key, title.text));
  const grid = buildGrid(aligned, width);
  const read = readRows(grid, data, u, ctx.key, ctx.shape === 'coded' || ctx.shape === 'econ' || ctx.shape === 'list');
  diagnostics.push(...read.diagnostics);
  const rows = shapeRows(read.rows, ctx);
  const hasFigure = rows.some((r) => Object.keys(r.cells).length > 0);
  const empty = notes.some((n) => EMPTY_NOTE.test(fold(n))) || !hasFigure;
  const used = rest.length ? body.slice(0, body.length - rest.length) : body;
  const last = used[used.length - 1] ?? title;
  return {
    table: {
      key: ctx.key,
      number,
      title: printed.text.replace(/^#+\s*/, ''),
      unit: unit ?? (hasFigure ? ctx.defaultUnit : unit),
      unit_stated: unit !== null,
      status: empty ? 'empty' : 'present',
      entity,
      columns: read.columns,
      rows,
      notes,
      confidence: Math.round(ctx.confidence * 100) / 100,
      line: title.no,
      end_line: last.no,
      page: title.page,
    },
    diagnostics,
    rest,
  };
}

function shapeRows(raw: readonly RawRow[], ctx: TableContext): Row[] {
  if (ctx.shape === 'projects') {
    const tree = projectTree(raw, ctx.docLevel, ctx.knownOrgs);
    return raw.map((r, i) => {
      const t = tree[i]!;
      return base(r, { kind: t.kind === 'total' ? 'total' : t.kind, path: t.path, level: t.level, role: t.kind === 'total' ? 'total' : null });
    });
  }
  const sideAfterCarry = new Map<string | null, boolean>();
  // A table of one row without a label (江苏 支出预算总表, 三公经费表: 合计 | 基本支出 | …) prints its totals.
  const totalsOnly = raw.length === 1 && !raw[0]!.name && !raw[0]!.code;
  return raw.map((r) => {
    const role0 = totalsOnly ? 'total' : rowRole(r.name);
    let role = role0;
    // In two-sided tables the fund lines after 上年结转 break the carry-over down by source.
    if (ctx.shape === 'two-sided') {
      if (role0 === 'carryover') sideAfterCarry.set(r.side, true);
      else if (role0 && /grand_total|carry_forward|current_/.test(role0)) sideAfterCarry.set(r.side, false);
      else if (role0 && sideAfterCarry.get(r.side)) role = `carryover.${role0}`;
    }
    const kind = role === 'total' || (role !== null && /total$/.test(role)) ? 'total' : 'item';
    let code = r.code;
    let codeSource: Row['code_source'] = code ? 'printed' : null;
    let level = code ? codeLevel(code) : kind === 'total' ? 0 : 1;
    let path = [r.name];
    // Rows named by several label columns (a group › item path).
    if (r.path && r.path.length) {
      path = r.path;
      if (!code && kind !== 'total') level = r.path.length;
    }
    if (ctx.shape === 'econ') {
      if (r.name2) path = [r.name, r.name2];
      if (!code && kind !== 'total') {
        code = catalogCode(r.name, 'econ');
        if (code) codeSource = 'catalog';
      }
      if (code) level = codeLevel(code);
      else if (kind !== 'total') level = r.name2 ? 2 : 1;
    } else if (!code && kind !== 'total' && (ctx.shape === 'two-sided' || ctx.shape === 'coded')) {
      code = catalogCode(r.name, 'function');
      if (code) {
        codeSource = 'catalog';
        level = 1;
      }
    }
    if (!code && ctx.shape === 'by-unit' && kind !== 'total') level = 2;
    return base(r, { kind, path, level, role, code, code_source: codeSource });
  });
}

function base(r: RawRow, over: Partial<Row> & Pick<Row, 'kind' | 'path' | 'level'>): Row {
  return {
    kind: over.kind,
    code: over.code !== undefined ? over.code : r.code,
    code_source: over.code_source !== undefined ? over.code_source : r.code ? 'printed' : null,
    name: r.name,
    path: over.path,
    level: over.level,
    role: over.role ?? null,
    side: r.side,
    cells: r.cells,
    ...(r.attrs ? { attrs: r.attrs } : {}),
    line: r.line.no,
    page: r.line.page,
  };
}
