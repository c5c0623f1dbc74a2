import { fold } from '../../text/fold.js';
import { filledCount, foldedHead, type SourceLine } from '../source-line.js';
import { isNumberLabel, matchTitle, type TitleMatch } from '../templates/registry.js';
import { titleCells } from './table-meta.js';

// Lines → blocks: cover, table of contents, part headings, tables, 绩效目标 forms, sections, glossary.
// Boundaries come from what a line is (a title, a heading, a form title), never from line numbers or
// from one document's wording; every line ends up in exactly one block.

export type Part = 'cover' | 'overview' | 'tables' | 'narrative' | 'glossary' | 'attachments';

export type Block =
  | { type: 'cover'; lines: SourceLine[] }
  | { type: 'toc'; lines: SourceLine[] }
  | { type: 'part'; part: Part; line: SourceLine }
  | { type: 'table'; title: SourceLine; match: TitleMatch | null; number: string | null; numberLine: SourceLine | null; body: SourceLine[] }
  | { type: 'form'; form: 'project' | 'department'; title: SourceLine; body: SourceLine[] }
  | { type: 'section'; part: Part; heading: SourceLine | null; lines: SourceLine[] };

const PART = /^第[一二三四五六七八九十]+部分/;
const SECTION = /^[一二三四五六七八九十]+[、.．]/;
const TOC_PAGE = /(?:\.{3,}|…{2,}|·{3,})\s*\d{0,4}$/;
const SIGNATURE = /(填报日期|负责人[:：])/;

export function partOf(heading: string): Part {
  const f = fold(heading);
  if (/概况/.test(f)) return 'overview';
  if (/名词解释|术语/.test(f)) return 'glossary';
  if (/附件|附表/.test(f)) return 'attachments';
  if (/(报表|预算表|公开表|表格|决算表)/.test(f)) return 'tables';
  if (/说明|情况|分析/.test(f)) return 'narrative';
  return 'narrative';
}

export function formKind(folded: string): 'project' | 'department' | null {
  if (folded.length > 60 || !/绩效目标/.test(folded) || !/表/.test(folded)) return null;
  if (/^[(（].*[)）]$/.test(folded) || /见附件|详见|公开情况/.test(folded)) return null;
  if (/部门整体|整体支出|单位整体/.test(folded)) return 'department';
  if (/项目/.test(folded)) return 'project';
  return null;
}

/**
 * A top-level ordinal heading that names a part of the document ("三、2024年部门预算编制说明",
 * "四、2024年部门预算表"): documents printed without 第X部分 headings (上海) are divided by these.
 */
export function ordinalPart(f: string): Part | null {
  if (f.length > 40 || !SECTION.test(f) || /[:：。；]/.test(f)) return null;
  const t = f.replace(SECTION, '');
  if (/职能|职责|机构设置|单位构成|部门概况|单位概况|基本情况/.test(t)) return 'overview';
  if (/名词解释|术语解释/.test(t)) return 'glossary';
  if (/编制说明|情况说明/.test(t)) return 'narrative';
  if (/(预算|公开)报?表$|报表$/.test(t)) return 'tables';
  if (/绩效目标/.test(t)) return 'attachments';
  return null;
}

function isTocLine(line: SourceLine, f: string): boolean {
  if (TOC_PAGE.test(f)) return true;
  const cells = line.cells.filter((c) => c.length > 0);
  return cells.length === 2 && /^\d{1,3}$/.test(cells[1]!) && (PART.test(f) || SECTION.test(f) || /表/.test(f) || /^[(（]/.test(f));
}

/**
 * Does a table follow within a few lines (a meta line, a header row, a note, figures)? Another table
 * title first means a list of titles (a table of contents without page numbers), not a table.
 */
function tableFollows(lines: readonly SourceLine[], i: number): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 7); k++) {
    const l = lines[k]!;
    // The folded head (cached on the line) decides as well as the whole line: what is asked below is
    // asked only of lines of at most 80 characters.
    const f = foldedHead(l);
    // Meta lines are short: a paragraph that names its 单位：… is text, not a table's head.
    if (f.length <= 80 && /单位[:：]|部门[:：]|名称[:：]|本表无数据|无数据/.test(f)) return true;
    if (filledCount(l) >= 2) return true;
    if (/表/.test(f) && f.length <= 64 && !isNumberLabel(f) && matchTitle(l.text)) return false;
  }
  return false;
}

function tableTitle(line: SourceLine, head: string, lines: readonly SourceLine[], i: number): TitleMatch | null | false {
  if (head.length < 4 || !/表/.test(head)) return false;
  let f = head;
  let text = line.text;
  let cells = filledCount(line);
  // The unit or entity printed beside the title, in its cell or another, is not part of the title.
  if (f.indexOf(':') >= 0) {
    const own = titleCells(line);
    if (own.meta.length) {
      text = own.text;
      f = fold(text);
      cells = own.cells;
      if (!/表/.test(f)) return false;
    }
  }
  if (f.length > 64 || cells > 2) return false;
  if (/^[(（].*[)）]$/.test(f) || /见附件|详见|如下|下表|[。；;]$/.test(f) || TOC_PAGE.test(f)) return false;
  if (isNumberLabel(f) || /绩效目标/.test(f)) return false;
  if (!tableFollows(lines, i)) return false;
  const m = matchTitle(text);
  if (m) return m;
  // A heading over all the tables ("附件：…部门预算公开表", "…公开报表") is not a table of its own.
  if (/(公开表|报表|表格)$/.test(f)) return false;
  // A title-like line before a table-like block: an unrecognised table (kept, with a diagnostic).
  return /表([(（].*[)）])?$/.test(f) ? null : false;
}

export function segment(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  // Titles, headings, part and form titles are lines of one or two cells; table rows and form rows
  // (three cells or more) are only asked whether they are a form's signature, on their raw text.
  const nf: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const cells = lines[k]!.cells;
    let n = 0;
    for (let c = 0; c < cells.length; c++) if (cells[c]!.length) n++;
    nf.push(n);
  }
  const fh = (k: number): string => foldedHead(lines[k]!);
  // A line is asked whether it is a table title from several places (main loop, block ends, number
  // labels): decide once.
  const titleCache = new Map<number, TitleMatch | null | false>();
  const titleAt = (k: number): TitleMatch | null | false => {
    let v = titleCache.get(k);
    if (v === undefined) {
      v = tableTitle(lines[k]!, fh(k), lines, k);
      titleCache.set(k, v);
    }
    return v;
  };
  let part: Part = 'cover';
  // Documents divided by 第X部分 headings; without them, top-level ordinal headings naming a part divide it.
  let sawPart = false;
  const partHeading = (k: number): Part | null => (sawPart || nf[k]! !== 1 ? null : ordinalPart(fh(k)));
  let current: Extract<Block, { type: 'section' }> | null = null;
  let cover: SourceLine[] = [];
  let pendingNumber: SourceLine | null = null;
  let i = 0;
  const startSection = (heading: SourceLine | null) => {
    current = { type: 'section', part, heading, lines: [] };
    blocks.push(current);
  };
  /** Where a table or form block ends: the next title, heading, form or part. */
  const blockEnd = (from: number, isForm: boolean): number => {
    let k = from;
    for (; k < lines.length; k++) {
      const l = lines[k]!;
      if (nf[k]! >= 3) {
        if (isForm && SIGNATURE.test(l.text)) return signatureEnd(k);
        continue;
      }
      const f = fh(k);
      if (PART.test(f) && !isTocLine(l, f)) break;
      if (formKind(f)) break;
      if (partHeading(k)) break;
      // Any title ends the block, a recognised one or not (an unrecognised table is kept on its own).
      if (isNumberLabel(f) && k + 1 < lines.length && titleAt(k + 1) !== false) break;
      if (titleAt(k) !== false) break;
      if (l.cells.length === 1 && SECTION.test(f) && f.length <= 40 && !/[:：]/.test(f) && part !== 'tables') break;
      if (l.cells.length === 1 && SECTION.test(f) && f.length <= 40 && isForm) break;
      if (isForm && SIGNATURE.test(f)) return signatureEnd(k);
    }
    return k;
  };
  /**
   * Where a contents without page numbers ends: the lines after 目录 are single headings (parts, ordinal
   * sections, table titles) and the first of them is printed again where the body starts. `from` when not.
   */
  const bareTocEnd = (from: number): number => {
    if (from >= lines.length || nf[from] !== 1) return from;
    const first = fh(from);
    if (!PART.test(first) && !SECTION.test(first)) return from;
    for (let k = from + 1; k < Math.min(lines.length, from + 80); k++) {
      if (nf[k] !== 1 || fh(k).length > 60) return from;
      if (fh(k) === first) return k;
    }
    return from;
  };
  /** The signature's values (the date, a phone number) sometimes wrap onto the next line. */
  const signatureEnd = (k: number): number => {
    let e = k + 1;
    while (e < lines.length && /^[\d\s:：.\-/]{6,20}$/.test(lines[e]!.text)) e++;
    return e;
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const f = fh(i);
    if (/^目录$/.test(f)) {
      const toc: SourceLine[] = [];
      i++;
      while (i < lines.length && isTocLine(lines[i]!, fh(i))) toc.push(lines[i++]!);
      // A contents printed without page numbers: its headings, up to where the first is printed again.
      if (toc.length === 0) for (const end = bareTocEnd(i); i < end; ) toc.push(lines[i++]!);
      if (cover.length) { blocks.push({ type: 'cover', lines: cover }); cover = []; }
      blocks.push({ type: 'toc', lines: toc });
      continue;
    }
    if (PART.test(f) && nf[i]! <= 2 && !isTocLine(line, f)) {
      if (cover.length) { blocks.push({ type: 'cover', lines: cover }); cover = []; }
      part = partOf(f);
      sawPart = true;
      blocks.push({ type: 'part', part, line });
      current = null;
      i++;
      continue;
    }
    if (isNumberLabel(f) && i + 1 < lines.length && titleAt(i + 1) !== false) {
      pendingNumber = line;
      i++;
      continue;
    }
    const fk = formKind(f);
    if (fk) {
      if (cover.length) { blocks.push({ type: 'cover', lines: cover }); cover = []; }
      const end = blockEnd(i + 1, true);
      blocks.push({ type: 'form', form: fk, title: line, body: lines.slice(i + 1, end) });
      if (part === 'cover') part = 'attachments';
      i = end;
      current = null;
      continue;
    }
    const tm = titleAt(i);
    if (tm !== false) {
      if (cover.length) { blocks.push({ type: 'cover', lines: cover }); cover = []; }
      const end = blockEnd(i + 1, false);
      blocks.push({
        type: 'table', title: line, match: tm, number: pendingNumber ? fold(pendingNumber.text) : null,
        numberLine: pendingNumber, body: lines.slice(i + 1, end),
      });
      pendingNumber = null;
      if (part === 'cover') part = 'tables';
      i = end;
      current = null;
      continue;
    }
    pendingNumber = null;
    const op = partHeading(i);
    if (op) {
      if (cover.length) { blocks.push({ type: 'cover', lines: cover }); cover = []; }
      part = op;
      // Parts of text keep the heading as their section's title; tables and attachments are parts of blocks.
      if (op === 'tables' || op === 'attachments') {
        blocks.push({ type: 'part', part, line });
        current = null;
      } else startSection(line);
      i++;
      continue;
    }
    if (part === 'cover') {
      cover.push(line);
      i++;
      continue;
    }
    if (nf[i]! === 1 && SECTION.test(f) && (part === 'glossary' || f.length <= 40)) {
      startSection(line);
      i++;
      continue;
    }
    if (!current) startSection(null);
    current!.lines.push(line);
    i++;
  }
  if (cover.length) blocks.push({ type: 'cover', lines: cover });
  return blocks;
}
