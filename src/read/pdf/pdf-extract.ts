import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageContent } from './geometry.js';
import { rulingLines, type OpCodes } from './ruling-lines.js';
import { textRuns, type TextItemLike } from './text-runs.js';

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

const OPS = pdfjs.OPS as unknown as OpCodes;

const NUMBER = /^[-−(（]?\d[\d,，]*(?:\.\d+)?[)）]?$/;

export async function extractPages(bytes: Uint8Array, limits: ExtractLimits): Promise<Extracted> {
  let doc: pdfjs.PDFDocumentProxy;
  try {
    doc = await pdfjs.getDocument({
      data: bytes,
      cMapUrl: `${join(ASSETS, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${join(ASSETS, 'standard_fonts')}/`,
      isEvalSupported: false,
      disableFontFace: true,
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
      const content = await page.getTextContent();
      if (content.items.length > limits.maxItemsPerPage) {
        return { ok: false, error: { code: 'too-large', message: `第 ${p} 页有 ${content.items.length} 个文字片段 (too many text items)` } };
      }
      const runs = textRuns(content.items.filter((it): it is TextItemLike & typeof it => 'str' in it), viewport.transform);
      // Ruling lines cost an operator list (fonts, images): only pages that may hold a table pay for it.
      let rules: PageContent['rules'] = [];
      if (mayHoldTable(runs)) {
        const ol = await page.getOperatorList();
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

/** A page with several figures, or a printed line of three or more separate pieces. */
function mayHoldTable(runs: readonly PageContent['runs'][number][]): boolean {
  let numbers = 0;
  for (const r of runs) if (NUMBER.test(r.text) && ++numbers >= 3) return true;
  const byLine = new Map<number, number[]>();
  for (const r of runs) {
    const k = Math.round(r.y / 3);
    const a = byLine.get(k) ?? [];
    a.push(r.x0, r.x1, r.size);
    byLine.set(k, a);
  }
  for (const a of byLine.values()) {
    if (a.length < 9) continue;
    const spans: Array<[number, number, number]> = [];
    for (let i = 0; i < a.length; i += 3) spans.push([a[i]!, a[i + 1]!, a[i + 2]!]);
    spans.sort((s, t) => s[0] - t[0]);
    let pieces = 1;
    for (let i = 1; i < spans.length; i++) if (spans[i]![0] - spans[i - 1]![1] > 2 * spans[i]![2]) pieces++;
    if (pieces >= 3) return true;
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
