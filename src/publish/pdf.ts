import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Disclosure } from '../model/disclosure.js';
import { PrintSession, type Browser } from './browser.js';
import { disclosureCharts, type Chart } from './charts/charts.js';
import { disclosureHtml } from './html/document-html.js';
import { namedDestinationPages, pageObjects, readPdf } from './pdf-objects.js';
import { replacePages } from './pdf-splice.js';
import { fixPdfText } from './pdf-text-fix.js';

// HTML → PDF through chromium. The contents must name the page of every heading, which only the print
// layout knows: the document is printed with placeholders of the numbers' width in the contents, the
// PDF's named destinations (chromium names them after the element ids the contents link to) give each
// heading's page, and the contents pages alone are printed again with the numbers and put in place of
// the placeholder pages (pdf-splice.ts). Placeholders and numbers take the same width, so no page moves.
// Should the splice not apply, the whole document is printed again with the numbers. The text layer is
// then repaired (pdf-text-fix.ts).

export interface PdfResult {
  pdf: Uint8Array;
  /** Page (1-based) of each contents anchor. */
  pages: Record<string, number>;
  pageCount: number;
  html: string;
}

/** Pages of the named destinations of a PDF (chromium names them after the element ids linked to). */
export async function destinationPages(pdf: Uint8Array): Promise<{ pages: Record<string, number>; pageCount: number }> {
  // Chromium's own file shape is read directly; anything else goes through pdfjs.
  const f = readPdf(pdf);
  const direct = f && namedDestinationPages(f);
  const all = f && pageObjects(f);
  if (direct && all) return { pages: direct, pageCount: all.length };
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const dests = await doc.getDestinations();
    const pages: Record<string, number> = {};
    for (const [name, dest] of Object.entries(dests)) {
      const ref = Array.isArray(dest) ? dest[0] : null;
      if (ref && typeof ref === 'object' && 'num' in ref) pages[name] = (await doc.getPageIndex(ref)) + 1;
    }
    return { pages, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/** Page objects in a PDF (chromium writes each page as one /Type /Page dictionary). */
export function countPages(pdf: Uint8Array): number {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

async function layoutPass(doc: Disclosure, session: PrintSession, charts: readonly Chart[]): Promise<Record<string, number>> {
  const first = await session.print(disclosureHtml(doc, { charts, placeholders: true, layoutOnly: true }));
  return (await destinationPages(first)).pages;
}

/** The page of each contents entry, from a layout pass with placeholders (for HTML output). */
export async function layoutPages(doc: Disclosure, browser: Browser, charts: readonly Chart[]): Promise<Record<string, number>> {
  const session = await PrintSession.open(browser);
  try {
    return await layoutPass(doc, session, charts);
  } finally {
    await session.close();
  }
}

export async function disclosurePdf(doc: Disclosure, browser: Browser, charts: readonly Chart[] = disclosureCharts(doc)): Promise<PdfResult> {
  const session = await PrintSession.open(browser);
  try {
    const draft = await session.print(disclosureHtml(doc, { charts, placeholders: true }));
    const { pages, pageCount } = await destinationPages(draft);
    const html = disclosureHtml(doc, { charts, pages });
    // The contents run from page 2 to the page before 第一部分.
    const tocPages = Array.from({ length: Math.max(0, (pages['part-1'] ?? 2) - 2) }, (_, i) => i + 2);
    const contents = await session.print(disclosureHtml(doc, { charts, pages, tocOnly: true }));
    const spliced = countPages(contents) === tocPages.length + 1 ? replacePages(fixPdfText(draft), fixPdfText(contents), tocPages) : null;
    const pdf = spliced ?? fixPdfText(await session.print(html));
    return { pdf, pages, pageCount, html };
  } finally {
    await session.close();
  }
}
