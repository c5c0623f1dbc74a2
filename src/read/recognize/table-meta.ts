import type { MoneyUnit } from '../../model/money.js';
import { makeLine, type SourceLine } from '../source-line.js';

// What a table prints around its grid: the unit (单位：万元), the entity (部门名称：…), notes. They stand on
// lines of their own, or in a cell of the title line or of the first header row, far right.

const META_ENTITY = /^(?:编制)?(?:部门|单位|预算单位|主管部门)(?:名称)?[:：]\s*(.*?)\s*(?:(?:金额)?单位[:：].*)?$/;
// A cell that is a meta label: "单位：万元", "（单位：万元）", "金额单位:元", "部门名称：…", "编制单位：…".
const META_CELL = /^[(（]?\s*(?:(?:金额)?单位|(?:编制)?(?:部门|单位|预算单位|主管部门)(?:名称)?)\s*[:：]/;

/**
 * The unit label of a meta line, and the rest of the line. A unit printed in a narrow box wraps
 * ("单位：万" / "元"), and extraction may interleave the pieces with the entity printed on the same
 * lines ("单位：万部门名称：…元"): the cut-off unit takes the stray "元" back.
 */
export function unwrapUnit(text: string): { unit: MoneyUnit | null; rest: string } {
  const m = /(?:金额)?单位\s*[:：]\s*(亿元|万元|千元|元|亿|万|千)/.exec(text);
  if (!m) return { unit: null, rest: text };
  let rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  let unit = m[1]!;
  if (unit.length === 1 && unit !== '元') {
    const stray = /元\s*$/.exec(rest) ?? /^\s*元/.exec(rest);
    if (stray) rest = rest.slice(0, stray.index) + rest.slice(stray.index + stray[0].length);
    unit = `${unit}元`;
  }
  return { unit: unit as MoneyUnit, rest: rest.replace(/^[(（]\s*[)）]$/, '').trim() };
}

/**
 * An entity label ("部门名称：某某局") in what is left of a meta text once its unit is cut: the entity
 * named (null when the label names none, or only a unit), or null for text that is no entity label.
 */
export function metaEntity(rest: string): { entity: string | null } | null {
  const m = META_ENTITY.exec(rest.replace(/\s+/g, ' '));
  if (!m) return null;
  return { entity: m[1] && !/^(亿元|万元|千元|元)$/.test(m[1]) ? m[1].replace(/\s+/g, '') : null };
}

/** Is this cell a meta label (unit or entity), not a title or a header word? */
export function isMetaCell(cell: string): boolean {
  // Cheap test first: header rows and titles are asked about every cell.
  return cell.indexOf('：') + cell.indexOf(':') > -2 && META_CELL.test(cell);
}

export interface MetaCells {
  unit: MoneyUnit | null;
  entity: string | null;
}

/** Unit and entity of meta cells ("单位：万元", "部门名称：某某局"). */
export function readMetaCells(cells: readonly string[]): MetaCells {
  const out: MetaCells = { unit: null, entity: null };
  for (const c of cells) {
    const cut = unwrapUnit(c);
    if (cut.unit) out.unit = cut.unit;
    const named = metaEntity(cut.rest)?.entity;
    if (named) out.entity = named;
  }
  return out;
}

export interface TitleCells {
  /** The title as printed in its own cells. */
  text: string;
  /** Cells of the title line that are meta labels. */
  meta: string[];
  /** How many cells the title itself fills. */
  cells: number;
}

/**
 * A title line split into the title and the meta cells printed beside it ("2024年预算收支总表 | | 单位：万元"):
 * the title is recognised from its own cells, the unit and entity are read from theirs.
 */
export function titleCells(line: SourceLine): TitleCells {
  let meta: string[] | null = null;
  let n = 0;
  for (const c of line.cells) {
    if (c.length === 0) continue;
    n++;
    if (isMetaCell(c)) (meta ??= []).push(c);
  }
  let text = line.text;
  let cells = n;
  if (meta && meta.length < n) {
    cells = n - meta.length;
    const own: string[] = [];
    for (const c of line.cells) if (c.length > 0 && !meta.includes(c)) own.push(c);
    text = own.join(' ');
  }
  // "…总表（单位：万元）": the unit in brackets after the title, in the title's own cell.
  const unit = text.indexOf('单位') >= 0 ? UNIT_SUFFIX.exec(text) : null;
  if (unit && unit.index > 0) {
    (meta ??= []).push(unit[0].trim());
    text = text.slice(0, unit.index).trim();
  }
  return { text, meta: meta ?? [], cells };
}
const UNIT_SUFFIX = /\s*[(（]\s*(?:金额)?单位\s*[:：][^()（）]{1,6}[)）]\s*$/;

/**
 * A row with meta cells among its labels (a header row printing 单位：万元 in its last cell): the meta read,
 * and the row without them. Null when the row has no meta cell, or nothing else (a meta line of its own).
 */
export function splitMetaCells(line: SourceLine): { meta: MetaCells; line: SourceLine } | null {
  const t = line.text;
  if (t.indexOf('：') < 0 && t.indexOf(':') < 0) return null;
  let cells: string[] | null = null;
  const meta: string[] = [];
  let other = 0;
  for (let i = 0; i < line.cells.length; i++) {
    const c = line.cells[i]!;
    if (c.length === 0) continue;
    if (isMetaCell(c)) {
      (cells ??= [...line.cells])[i] = '';
      meta.push(c);
    } else other++;
  }
  if (!cells || other === 0) return null;
  return { meta: readMetaCells(meta), line: makeLine(line.no, cells, line.page) };
}
