import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageContent, Run } from './geometry.js';
import { printLines } from './print-lines.js';
import { rulingLines, type OpCodes } from './ruling-lines.js';
import { textRuns, type TextItemLike } from './text-runs.js';
import { segments } from './unruled-tables.js';

// PDF bytes → positioned runs and ruling lines per page, with pdfjs (legacy Node build, bundled CMaps and
// standard fonts, no network, no eval). Runs in the parse worker; failures come back as values.

export type ExtractError = { code: 'encrypted' | 'malformed' | 'too-large'; message: string };
export type Extracted = { ok: true; pages: PageContent[] } | { ok: false; error: ExtractError };

export interface ExtractLimits {
  maxPages: number;
  /** Text items a page may hold before it is refused (a bomb of tiny glyphs). */
  maxItemsPerPage: number;
}

const ASSETS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

// The legacy build carries core-js, which swaps Array.prototype.push for a slow polyfill (V8 differs
// from the spec only for lengths beyond 2^32) — a tenth of the parse time. pdfjs and its in-thread
// worker are loaded here, then the engine's own push is put back. This runs in the parse worker only.
const nativePush = Array.prototype.push;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
Array.prototype.push = nativePush;

const OPS = pdfjs.OPS as unknown as OpCodes;

// Nothing here is ever drawn. With font faces disabled pdfjs compiles every glyph's outline into canvas
// paths (for drawing without a font loader) — a third of the operator-list time. Font faces "enabled"
// against a document whose font set accepts anything, and a FontFace that loads at once, skip that
// work; text positions and Unicode come from the font programs either way. This thread is the parse
// worker's own, so the stand-in touches no other code.
class InertFontFace {
  readonly loaded: Promise<InertFontFace>;
  constructor(readonly family: string) {
    this.loaded = Promise.resolve(this);
  }
}
(globalThis as { FontFace?: unknown }).FontFace ??= InertFontFace;
const INERT_DOCUMENT = { fonts: { add: () => undefined, delete: () => undefined } };


export async function extractPages(bytes: Uint8Array, limits: ExtractLimits): Promise<Extracted> {
  let doc: PDFDocumentProxy;
  try {
    doc = await pdfjs.getDocument({
      data: bytes,
      cMapUrl: `${join(ASSETS, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${join(ASSETS, 'standard_fonts')}/`,
      isEvalSupported: false,
      disableFontFace: false,
      ownerDocument: INERT_DOCUMENT,
      useSystemFonts: false,
      enableXfa: false,
      isOffscreenCanvasSupported: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    return { ok: false, error: openError(e) };
  }
  try {
    if (doc.numPages > limits.maxPages) {
      return { ok: false, error: { code: 'too-large', message: `${doc.numPages} 页，超过 ${limits.maxPages} 页上限 (too many pages)` } };
    }
    const pages: PageContent[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      // Normalisation (NFKC of compatibility forms) is done by the reader's own folding where it
      // matters; skipping pdfjs' pass saves a sixth of the text time.
      const content = await page.getTextContent({ disableNormalization: true });
      if (content.items.length > limits.maxItemsPerPage) {
        return { ok: false, error: { code: 'too-large', message: `第 ${p} 页有 ${content.items.length} 个文字片段 (too many text items)` } };
      }
      const runs = textRuns(content.items.filter((it): it is TextItemLike & typeof it => 'str' in it), viewport.transform);
      let rules: PageContent['rules'] = [];
      if (mayHoldTable(runs)) {
        const ol = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
        rules = rulingLines(ol.fnArray, ol.argsArray, viewport.transform, OPS);
      }
      pages.push({ page: p, width: viewport.width, height: viewport.height, runs, rules });
      page.cleanup();
    }
    return { ok: true, pages };
  } catch (e) {
    return { ok: false, error: { code: 'malformed', message: `PDF 结构损坏 (malformed: ${shortMessage(e)})` } };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * Ruling lines cost an operator list (the content stream parsed again, fonts, images): only pages laid
 * out like a table pay for it — a printed line of three pieces or more ("科目编码 科目名称 金额",
 * "部门： … 单位：万元"), or three lines of two. Running text with a figure in it is one piece a line.
 */
function mayHoldTable(runs: readonly Run[]): boolean {
  let twos = 0;
  for (const line of printLines(runs)) {
    const n = segments(line).length;
    if (n >= 3) return true;
    if (n === 2 && ++twos >= 3) return true;
  }
  return false;
}

function openError(e: unknown): ExtractError {
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return { code: 'encrypted', message: 'PDF 已加密，需要密码 (encrypted)' };
  return { code: 'malformed', message: `不是有效的 PDF (malformed: ${shortMessage(e)})` };
}

function shortMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0]!.slice(0, 120);
}
