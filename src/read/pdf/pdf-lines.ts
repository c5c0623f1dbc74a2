import type { Diagnostic } from '../../model/diagnostic.js';
import { makeLine, type SourceLine } from '../source-line.js';
import type { LinesResult } from '../text/text-lines.js';
import { joinContinuations } from './continuation.js';
import type { PageContent } from './geometry.js';
import { dropFurniture } from './page-furniture.js';
import { pageElements } from './page-layout.js';
import { joinParagraphs } from './paragraphs.js';

// Positioned page content → SourceLines: per page tables and text lines, then over the whole document
// furniture dropped, tables continued over page breaks joined, wrapped paragraphs and titles joined.
// Pure: the pdfjs side (pdf-extract.ts) runs in the worker and hands over plain data.

export function pdfLines(pages: readonly PageContent[]): LinesResult {
  const diagnostics: Diagnostic[] = [];
  const perPage = pages.map((p) => ({ height: p.height, elements: pageElements(p) }));
  const kept = joinContinuations(dropFurniture(perPage));
  const lines: SourceLine[] = [];
  for (const e of joinParagraphs(kept.map((elements, i) => ({ width: pages[i]!.width, elements })))) {
    if (e.kind === 'text') lines.push(makeLine(lines.length + 1, e.cells, e.page));
    else for (const row of e.block.rows) lines.push(makeLine(lines.length + 1, row.cells, e.page));
  }
  return { lines, diagnostics, pages: pages.length };
}
