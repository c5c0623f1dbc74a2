import { createHash } from 'node:crypto';
import type { Disclosure } from '../model/disclosure.js';
import { fail, type ReadResult } from './input-error.js';
import { recognize } from './recognize/document.js';
import type { SourceLine } from './source-line.js';
import { textLines, type LinesResult } from './text/text-lines.js';

// Entry point of every reader: files (one disclosure, possibly published as several files: tables and
// text) → Disclosure. Formats are told by content, not by name. PDF reading is an injected adapter
// (it runs in a worker with limits); the rest is pure.

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export type PdfLinesReader = (file: InputFile) => Promise<ReadResult<LinesResult>>;

export interface ReadOptions {
  pdf?: PdfLinesReader;
  /** Refuse inputs over this many bytes (default 50 MB). */
  maxBytes?: number;
}

export function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" may follow a few bytes of junk; the spec allows it within the first 1024 bytes.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export async function readDisclosure(files: readonly InputFile[], opts: ReadOptions = {}): Promise<ReadResult<Disclosure>> {
  if (files.length === 0) return fail('empty', '没有输入文件 (no input)');
  const max = opts.maxBytes ?? 50 * 1024 * 1024;
  const all: SourceLine[] = [];
  const diagnostics: LinesResult['diagnostics'] = [];
  let pages = 0;
  let anyPdf = false;
  const parts: Array<{ name: string; sha256: string; bytes: number }> = [];
  // Index loops here and below: a for-of loop is a try/finally region, which makes every call in it
  // costlier to compile and, before compilation, allocates an iterator result per step.
  for (let k = 0; k < files.length; k++) {
    const f = files[k]!;
    if (f.bytes.length > max) return fail('too-large', `${f.name}: 文件超过 ${Math.round(max / 1048576)} MB 上限 (too large)`);
    let r: ReadResult<LinesResult>;
    if (isPdf(f.bytes)) {
      anyPdf = true;
      if (!opts.pdf) return fail('malformed', `${f.name}: 此处不能读取 PDF (no PDF reader configured)`);
      r = await opts.pdf(f);
    } else r = textLines(f.bytes);
    if (!r.ok) return files.length > 1 ? fail(r.error.code, `${f.name}: ${r.error.message}`) : r;
    // Several files of one disclosure: line numbers continue from file to file.
    appendFile(all, diagnostics, r.value, all.length ? all[all.length - 1]!.no : 0, pages);
    pages += r.value.pages ?? 0;
    parts.push({ name: f.name, sha256: sha256(f.bytes), bytes: f.bytes.length });
  }
  const first = files[0]!;
  const whole = files.length === 1 ? parts[0]!.sha256 : sha256(Buffer.from(parts.map((p) => p.sha256).join('')));
  const source: Disclosure['source'] = {
    name: first.name,
    format: anyPdf ? 'pdf' : 'text',
    sha256: whole,
    bytes: parts.reduce((s, p) => s + p.bytes, 0),
    pages: anyPdf ? pages : null,
  };
  if (files.length > 1) source.parts = parts;
  const doc = recognize({ lines: all, diagnostics, source });
  if (doc.tables.length === 0 && doc.forms.length === 0 && doc.sections.length === 0 && doc.overview.length === 0) {
    return fail('unrecognised', `${first.name}: 没有识别出预算公开的表格、绩效目标表或说明 (no disclosure structure recognised)`);
  }
  return { ok: true, value: doc };
}

/** One file's lines and diagnostics after those of the files before it (numbers continue). */
function appendFile(all: SourceLine[], diagnostics: LinesResult['diagnostics'], file: LinesResult, offset: number, pageOffset: number): void {
  const lines = file.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    all.push(offset ? { ...l, no: l.no + offset, page: l.page === null ? null : l.page + pageOffset } : l);
  }
  for (let i = 0; i < file.diagnostics.length; i++) {
    const d = file.diagnostics[i]!;
    diagnostics.push(offset && d.line !== null ? { ...d, line: d.line + offset } : d);
  }
}

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}
