import { isPageNumber } from '../page-number.js';
import type { PageElement } from './page-layout.js';

// Page headers, footers and page numbers are not part of the document's content: a line at the very
// top or bottom of a page that is a page number ("12", "- 12 -", "第 3 页 共 9 页"), or that opens or
// closes three pages or more with the same text at the same place, is dropped.

const MARGIN = 0.12; // outer share of the page height where furniture lives
const EDGE = 2; // a page number is among the first or last this many elements of a page

export function dropFurniture(pages: ReadonlyArray<{ height: number; elements: PageElement[] }>): PageElement[][] {
  const candidates = (els: readonly PageElement[], height: number) =>
    els
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => e.kind === 'text' && (i < EDGE || i >= els.length - EDGE) && (e.y < height * MARGIN || e.y > height * (1 - MARGIN)));
  const counts = new Map<string, number>();
  for (const p of pages) {
    for (const { e } of candidates(p.elements, p.height)) {
      if (e.kind !== 'text') continue;
      const k = `${key(e.cells)}@${Math.round(e.y / 4)}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return pages.map((p) => {
    const drop = new Set<number>();
    for (const { e, i } of candidates(p.elements, p.height)) {
      if (e.kind !== 'text') continue;
      const text = key(e.cells);
      // A running header or footer: the page's first or last line, same text at the same place.
      const outermost = i === 0 || i === p.elements.length - 1;
      if (isPageNumber(text) || (outermost && (counts.get(`${text}@${Math.round(e.y / 4)}`) ?? 0) >= 3)) drop.add(i);
    }
    return p.elements.filter((_, i) => !drop.has(i));
  });
}

function key(cells: readonly string[]): string {
  return cells.filter((c) => c.length > 0).join(' ').replace(/\s+/g, ' ').trim();
}
