import type { Diagnostic } from '../../model/diagnostic.js';
import type { Disclosure, GlossaryEntry, Section, Table, TocEntry } from '../../model/disclosure.js';
import { isAmountText } from '../../model/money.js';
import type { DepartmentForm, ProjectForm } from '../../model/performance.js';
import { fold, leadingOrdinal, stripOrdinal } from '../../text/fold.js';
import { readDepartmentForm } from '../forms/department-form.js';
import { readProjectForm } from '../forms/project-form.js';
import { isPageNumber } from '../page-number.js';
import { filledCount, type SourceLine } from '../source-line.js';
import { TEMPLATES, templateById } from '../templates/registry.js';
import { diag } from './rows.js';
import { segment, type Block } from './segment.js';
import { readTables } from './read-tables.js';

// SourceLines → Disclosure. Pure: no I/O; the source description is passed in by the reader.

export interface RecognizeInput {
  lines: readonly SourceLine[];
  source: Disclosure['source'];
  diagnostics?: Diagnostic[];
  /** Force a template instead of inferring it. */
  template?: string;
}

// "阳泉市卫生健康委员会 / 2024年度部门预算公开", and "2018年度江苏省高级人民法院预算公开" (the entity after the year).
const COVER_TITLE = /((?:19|20)\d{2})\s*年度?\s*(.{0,40}?)(部门|单位)?\s*(预算|决算)(?:公开|信息公开|公开文件)?/;
const COVER_DATE = /^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?)$/;

export function recognize(input: RecognizeInput): Disclosure {
  const diagnostics: Diagnostic[] = [...(input.diagnostics ?? [])];
  const blocks = segment(input.lines);
  const cover = coverInfo(blocks);
  const consumed = new Set<number>(); // line numbers placed in the model
  // Template: the one whose titles matched best.
  const votes = new Map<string, number>();
  for (const b of blocks) if (b.type === 'table' && b.match) votes.set(b.match.template, (votes.get(b.match.template) ?? 0) + b.match.confidence);
  let template = input.template ?? [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const { toc, overview, sections, glossary, forms } = placeBlocks(blocks, cover, consumed, diagnostics);

  // Performance-only documents carry no tables: their template shows in the form titles.
  if (!template && forms.length) template = forms.some((f) => /申报表/.test(f.title)) ? 'shanghai' : 'shanxi';
  const tpl = template ? templateById(template) : undefined;

  const kind: Disclosure['kind'] = cover.kind ?? (blocks.some((b) => b.type === 'table') ? 'budget' : forms.length ? 'performance' : 'budget');
  const entityFromForms = mostCommon(forms.map((f) => (f.kind === 'project' ? f.unit : f.department)).filter((x): x is string => !!x));
  let level: Disclosure['level'] = cover.level ?? 'department';
  if (!cover.level && kind === 'performance') {
    const units = new Set(forms.map((f) => (f.kind === 'project' ? f.unit : null)).filter(Boolean));
    level = units.size === 1 ? 'unit' : 'department';
  }

  // Tables: everything but project trees first, so that the names of units are known for those.
  const knownOrgs = new Set<string>();
  const addOrg = (n: string | null | undefined) => { if (n) knownOrgs.add(fold(n)); };
  addOrg(cover.entity);
  for (const f of forms) if (f.kind === 'project') addOrg(f.unit);
  for (const s of overview) for (const m of s.text.matchAll(/[:：]([^。]*)/g)) for (const n of m[1]!.split(/[、，,]/)) if (n.length >= 4 && n.length <= 30) addOrg(n.trim());
  const read = readTables(blocks, { template: tpl, docLevel: level, knownOrgs, consumed });
  const tables = read.tables;
  diagnostics.push(...read.diagnostics);


  const entity = cover.entity ?? mostCommon(tables.map((t) => t.entity).filter((x): x is string => !!x)) ?? entityFromForms;
  const entityCode = forms.map((f) => (f.kind === 'project' && f.department.name && entity && fold(f.department.name) === fold(entity) ? f.department.code : null)).find((c) => c) ?? null;
  const fiscalYear = cover.year ?? mostCommon(forms.map((f) => f.fiscal_year).filter((y): y is number => y !== null)) ?? yearFromTitles(tables);
  if (!cover.title && kind !== 'performance') diagnostics.push(diag('document.no-title', 'info', null, null, null));

  reportUnplaced(input.lines, consumed, diagnostics);
  return {
    id: input.source.sha256.slice(0, 16),
    kind,
    level,
    fiscal_year: fiscalYear,
    entity,
    entity_code: entityCode,
    template: template ?? 'unknown',
    title: cover.title,
    source: input.source,
    toc,
    overview,
    tables,
    sections,
    glossary,
    forms,
    diagnostics,
  };
}

interface Placed {
  toc: TocEntry[];
  overview: Section[];
  sections: Section[];
  glossary: GlossaryEntry[];
  forms: Array<ProjectForm | DepartmentForm>;
}

/**
 * Every block but tables into the model: contents, forms, sections, glossary. Each kind has its own
 * small function (this runs once a document, and small functions are compiled sooner and cheaper).
 */
function placeBlocks(blocks: readonly Block[], cover: CoverInfo, consumed: Set<number>, diagnostics: Diagnostic[]): Placed {
  const out: Placed = { toc: [], overview: [], sections: [], glossary: [], forms: [] };
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type === 'toc') readToc(b.lines, out.toc, consumed);
    else if (b.type === 'form') {
      const r = b.form === 'project' ? readProjectForm(b.title, b.body) : readDepartmentForm(b.title, b.body);
      out.forms.push(r.form);
      for (const d of r.diagnostics) diagnostics.push(d);
      consumed.add(b.title.no);
      for (let i = 0; i < b.body.length; i++) consumed.add(b.body[i]!.no);
    } else if (b.type === 'section') placeSection(b, out, consumed);
    else if (b.type === 'part') consumed.add(b.line.no);
    // The cover's title and entity are placed; any other figure on it is reported below.
    else if (b.type === 'cover') for (const l of b.lines) if (cover.lines.has(l.no) || !/\d/.test(l.text)) consumed.add(l.no);
  }
  return out;
}

function readToc(lines: readonly SourceLine[], toc: TocEntry[], consumed: Set<number>): void {
  for (const l of lines) {
    const cells = l.cells.filter((c) => c);
    const last = cells[cells.length - 1] ?? '';
    const page = /^\d{1,4}$/.test(last) && cells.length > 1 ? Number(last) : Number(/(\d{1,4})$/.exec(l.text)?.[1] ?? NaN);
    const title = (cells.length > 1 && /^\d{1,4}$/.test(last) ? cells.slice(0, -1).join(' ') : l.text).replace(/[.…·]{2,}\s*\d*$/, '').trim();
    toc.push({ title, page: Number.isFinite(page) ? page : null, line: l.no });
    consumed.add(l.no);
  }
}

function placeSection(b: Extract<Block, { type: 'section' }>, out: Placed, consumed: Set<number>): void {
  const texts: string[] = [];
  for (const l of b.lines) {
    // A page number between paragraphs is not part of the text (reported below as a page number), nor
    // is a row of figures on a grid: a table row whose table was not found is reported, not read as prose.
    if (l.text.length <= 16 && isPageNumber(l.text)) continue;
    if (isFigureRow(l)) continue;
    const last = texts.length - 1;
    if (last >= 0 && continuesParagraph(texts[last]!, l.text)) texts[last] += l.text;
    else texts.push(l.text);
    consumed.add(l.no);
  }
  const text = texts.join('\n');
  if (b.heading) consumed.add(b.heading.no);
  if (b.part === 'glossary' && b.heading) {
    const e = glossaryEntry(b.heading, b.lines);
    if (e) out.glossary.push(e);
    return;
  }
  const s: Section = {
    number: b.heading ? leadingOrdinal(b.heading.text) : null,
    title: b.heading ? stripOrdinal(b.heading.text.trim()) : '',
    text,
    line: b.heading?.no ?? b.lines[0]?.no ?? 0,
    page: (b.heading ?? b.lines[0])?.page ?? null,
  };
  if (b.part === 'overview') out.overview.push(s);
  else if (b.part !== 'cover') out.sections.push(s);
}

/**
 * A paragraph an extraction broke mid-sentence ("…其中：基本支出" / "7082.95万元，占36.98%…"): a long line
 * that ends without a sentence's punctuation goes on in the next, unless either is an item of a list.
 */
function continuesParagraph(a: string, b: string): boolean {
  if (a.length < PARAGRAPH_LINE || SENTENCE_END.includes(a[a.length - 1]!)) return false;
  return leadingOrdinal(a) === null && leadingOrdinal(b) === null;
}
const PARAGRAPH_LINE = 30;
const SENTENCE_END = '。！？；：:;!?…）)」”';

/**
 * A line of two cells or more, one of them a figure and none a piece of a sentence: a row of a table.
 * (A PDF line of prose may fall into cells too — "15897.44 | 万元，占 | 100 | %；" — but carries its words.)
 */
function isFigureRow(l: SourceLine): boolean {
  if (filledCount(l) < 2) return false;
  let figure = false;
  for (const c of l.cells) {
    if (c.length === 0) continue;
    if (isAmountText(c)) figure = true;
    else if (PROSE.test(c)) return false;
  }
  return figure;
}
const PROSE = /[，。；;,%％]|元$/;

/** Every line with figures that no block took is reported. */
function reportUnplaced(lines: readonly SourceLine[], consumed: ReadonlySet<number>, diagnostics: Diagnostic[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (consumed.has(l.no) || !/\d/.test(l.text)) continue;
    if (isPageNumber(l.text)) diagnostics.push(diag('line.unplaced', 'info', l, null, l.text, { reason: 'page-number' }));
    else diagnostics.push(diag('line.unplaced', 'warning', l, null, l.text));
  }
}

interface CoverInfo {
  /** Lines the title and entity were read from. */
  lines: Set<number>;
  title: string | null;
  entity: string | null;
  year: number | null;
  kind: Disclosure['kind'] | null;
  level: Disclosure['level'] | null;
}

function coverInfo(blocks: readonly Block[]): CoverInfo {
  const cover = blocks.find((b) => b.type === 'cover');
  const out: CoverInfo = { lines: new Set(), title: null, entity: null, year: null, kind: null, level: null };
  if (!cover || cover.type !== 'cover') return out;
  const lines = cover.lines;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.replace(/\s+/g, '');
    const m = COVER_TITLE.exec(t);
    if (!m) continue;
    out.title = lines[i]!.text.trim();
    out.year = Number(m[1]);
    out.kind = m[4] === '决算' ? 'final' : 'budget';
    out.level = m[3] === '单位' ? 'unit' : m[3] === '部门' ? 'department' : null;
    const before = t.slice(0, m.index).trim();
    const between = (m[2] ?? '').trim();
    out.entity = before.length >= 2 ? before : between.length >= 2 ? between : i > 0 ? lines.slice(0, i).map((l) => l.text.trim()).join('') || null : null;
    for (let k = before.length >= 2 || between.length >= 2 ? i : 0; k <= i; k++) out.lines.add(lines[k]!.no);
    break;
  }
  // The publication date printed on the cover is not a figure.
  for (const l of lines) if (COVER_DATE.test(l.text.replace(/\s+/g, ''))) out.lines.add(l.no);
  if (!out.title && lines.length) {
    out.entity = lines[0]!.text.trim();
    out.lines.add(lines[0]!.no);
  }
  return out;
}

function glossaryEntry(heading: SourceLine, lines: readonly SourceLine[]): GlossaryEntry | null {
  const text = stripOrdinal(heading.text.trim());
  const m = /^(.{1,30}?)(?:[:：]|(?=是指|是对|指))(.*)$/.exec(text);
  const rest = lines.map((l) => l.text).join('');
  if (!m) return { term: text, definition: rest, line: heading.no };
  return { term: m[1]!.trim(), definition: `${m[2]!.trim()}${rest}`, line: heading.no };
}

function mostCommon<T>(xs: readonly T[]): T | null {
  const c = new Map<T, number>();
  let best: T | null = null;
  let n = 0;
  for (const x of xs) {
    const k = (c.get(x) ?? 0) + 1;
    c.set(x, k);
    if (k > n) { n = k; best = x; }
  }
  return best;
}

function yearFromTitles(tables: readonly Table[]): number | null {
  return mostCommon(tables.map((t) => /((?:19|20)\d{2})/.exec(t.title)?.[1]).filter((y): y is string => !!y).map(Number));
}

export { TEMPLATES };
