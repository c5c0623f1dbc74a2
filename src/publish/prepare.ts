import { check } from '../check/engine.js';
import type { CheckResult, Finding } from '../check/finding.js';
import { Disclosure } from '../model/disclosure.js';
import type { InputFile } from '../read/read-document.js';
import type { ReadResult } from '../read/input-error.js';
import { isPublishInput, PublishInput } from './atomic-input.js';
import { consolidate } from './consolidate.js';
import { inputFromDisclosure } from './from-tables.js';
import { factsFromPublished } from './narrative/from-published.js';
import { publishInput, republish, type Publication } from './publication.js';
import { validateInput } from './validate-input.js';
import { readWorkbook } from './workbook/read-workbook.js';

// What `yusuan render` does before drawing anything: tell the input's kind by its content (a data-entry
// workbook, entered figures as JSON, a canonical model as JSON, or any document the readers take), make
// the publication, and check it — the input's own contradictions first, then the rendered disclosure
// with the checker. Reading documents is passed in; the rest is pure.

export type Source =
  | { kind: 'input'; name: string; input: PublishInput; bytes: Uint8Array; format: 'json' | 'xlsx' }
  | { kind: 'published'; name: string; doc: Disclosure };

export type SourceResult = { ok: true; source: Source } | { ok: false; message: string };

export type DocumentReader = (files: readonly InputFile[]) => Promise<ReadResult<Disclosure>>;

const isZip = (b: Uint8Array): boolean => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function jsonOf(b: Uint8Array): unknown {
  let i = 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09 || b[i] === 0xef || b[i] === 0xbb || b[i] === 0xbf)) i++;
  if (b[i] !== 0x7b) return undefined;
  try {
    return JSON.parse(Buffer.from(b).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** One or more files (several: parts of one published disclosure) → a source. */
export async function readSource(files: readonly InputFile[], readDocument: DocumentReader): Promise<SourceResult> {
  const first = files[0];
  if (!first) return { ok: false, message: '没有输入文件 (no input)' };
  if (files.length === 1 && isZip(first.bytes)) {
    const wb = await readWorkbook(first.bytes);
    if (!wb.ok) return { ok: false, message: `${first.name}: 填报表有误：\n  ${wb.problems.join('\n  ')}` };
    return { ok: true, source: { kind: 'input', name: first.name, input: wb.input, bytes: first.bytes, format: 'xlsx' } };
  }
  const json = files.length === 1 ? jsonOf(first.bytes) : undefined;
  if (json !== undefined) {
    if (isPublishInput(json)) {
      const p = PublishInput.safeParse(json);
      if (!p.success) return { ok: false, message: `${first.name}: 填报数据不符合格式：${p.error.issues.slice(0, 5).map((i) => `${i.path.join('.')} ${i.message}`).join('；')}` };
      return { ok: true, source: { kind: 'input', name: first.name, input: p.data, bytes: first.bytes, format: 'json' } };
    }
    const d = Disclosure.safeParse(json);
    if (!d.success) return { ok: false, message: `${first.name}: 既不是填报数据，也不是 yusuan 的公开模型 JSON：${d.error.issues.slice(0, 3).map((i) => `${i.path.join('.')} ${i.message}`).join('；')}` };
    return { ok: true, source: { kind: 'published', name: first.name, doc: d.data } };
  }
  const r = await readDocument(files);
  if (!r.ok) return { ok: false, message: r.error.message };
  return { ok: true, source: { kind: 'published', name: first.name, doc: r.value } };
}

export interface Prepared {
  publication: Publication;
  /** The input's own contradictions (entered figures only). */
  inputFindings: Finding[];
  /** The checker on the disclosure as it will be drawn. */
  check: CheckResult;
  /** Figures a published disclosure did not determine and that were assumed (consolidation). */
  notes: string[];
  /** The tables were derived here: their line numbers are positions, not lines of the input file. */
  derived: boolean;
}

export function hasErrors(p: Prepared): boolean {
  return p.inputFindings.some((f) => f.severity === 'error') || p.check.summary.error > 0;
}

export function prepare(source: Source): Prepared {
  if (source.kind === 'published') {
    const publication = republish(source.doc, factsFromPublished(source.doc));
    return { publication, inputFindings: [], check: check(publication.doc), notes: [], derived: false };
  }
  const publication = publishInput(source.input, { name: source.name, format: source.format, bytes: source.bytes });
  return { publication, inputFindings: validateInput(source.input), check: check(publication.doc), notes: [], derived: true };
}

/** The department from its units: entered figures as they are, published units through their tables. */
export function prepareConsolidated(sources: readonly Source[], entity: string, entityCode: string | null): { ok: true; prepared: Prepared } | { ok: false; message: string } {
  const notes: string[] = [];
  const inputs = sources.map((s) => {
    if (s.kind === 'input') return s.input;
    const r = inputFromDisclosure(s.doc);
    for (const a of r.assumptions) notes.push(`${s.name}：科目 ${a.code} 的${a.what}按惯例推定`);
    return PublishInput.parse(r.input);
  });
  const c = consolidate(inputs, { entity, entityCode });
  if (!c.ok) return c;
  const bytes = Buffer.from(JSON.stringify(c.input));
  const prepared = prepare({ kind: 'input', name: `${entity}.json`, input: c.input, bytes, format: 'json' });
  return { ok: true, prepared: { ...prepared, notes } };
}
