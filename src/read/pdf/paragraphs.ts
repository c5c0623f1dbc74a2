
import type { PageElement } from './page-layout.js';

// Printed lines of running text → the lines a reader means. A line that fills the text width goes on in
// the next line when that one starts at the left margin (Chinese paragraphs and headings indent their
// first line, so a new paragraph or heading starts further right); this joins paragraphs and wrapped
// headings, within a page and over a page break. Two centred lines of one size one below the other are
// one wrapped title.

type Text = Extract<PageElement, { kind: 'text' }>;

export interface PageText {
  width: number;
  elements: PageElement[];
}

// Ems short of the right edge a line may end and still be full: left-aligned Chinese breaks early when
// the next character may not start a line (、，。) or does not fit.
const FULL_SLACK = 2.5;
const MAX_LEADING = 2.4; // ems from one line to the next within a paragraph
const ITEM = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|[①-⑳]|目\s*录$)/;

interface Margins {
  left: number;
  right: number;
  centre: number;
}

export function joinParagraphs(pages: readonly PageText[]): PageElement[] {
  const found = pages.map(pageMargins);
  // A page with too little running text to tell its margins (a table page) takes those of the others.
  const known = found.filter((m): m is Margins => m !== null);
  const typical = (width: number): Margins => {
    const same = known.filter((m) => Math.abs(m.centre * 2 - width) < 2);
    const left = same.map((m) => m.left).sort((a, b) => a - b);
    const right = same.map((m) => m.right).sort((a, b) => a - b);
    return { left: left[left.length >> 1] ?? width * 0.12, right: right[right.length >> 1] ?? Infinity, centre: width / 2 };
  };
  const margins = found.map((m, p) => m ?? typical(pages[p]!.width));
  const out: PageElement[] = [];
  let prev: Text | null = null;
  let prevMargins: Margins | null = null;
  pages.forEach((pg, p) => {
    const m = margins[p]!;
    pg.elements.forEach((e, i) => {
      if (e.kind !== 'text') {
        out.push(e);
        prev = null;
        return;
      }
      if (prev && prevMargins && e.cells.length === 1 && prev.cells.length === 1 && goesOn(prev, e, prevMargins, m, i === 0)) {
        prev.cells = [joinText(prev.cells[0]!, e.cells[0]!)];
        prev.x1 = e.x1; // the joined line is as full as its last printed line
        prev.y = e.y; // and keeps the page it starts on
        return;
      }
      const copy: Text = { ...e, cells: [...e.cells] };
      out.push(copy);
      prev = copy;
      prevMargins = m;
    });
  });
  return out;
}

function goesOn(a: Text, b: Text, ma: Margins, mb: Margins, newPage: boolean): boolean {
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > 0.1 * size) return false;
  if (newPage ? b.page !== a.page + 1 : b.y - a.y > MAX_LEADING * size) return false;
  // A line that starts an item of its own (第二部分, 一、, （七）, 1.) never continues another.
  if (ITEM.test(b.cells[0]!)) return false;
  const full = a.x1 >= ma.right - FULL_SLACK * a.size;
  // Wrapped running text: the next line starts at the margin.
  if (full && b.x0 <= mb.left + 0.5 * size) return true;
  // A wrapped title: centred on the page, the rest centred below it (not back at the margin).
  if (newPage) return false;
  const ca = (a.x0 + a.x1) / 2;
  const cb = (b.x0 + b.x1) / 2;
  const centred = Math.min(Math.abs(ca - ma.centre), Math.abs(cb - ma.centre)) <= 2 * size;
  return centred && Math.abs(cb - ca) <= 3 * size && b.y - a.y <= 2.2 * size && b.x1 - b.x0 <= a.x1 - a.x0 + size && b.x0 > mb.left + 2 * size;
}

function joinText(a: string, b: string): string {
  // Chinese runs on without a space; words written in Latin letters keep one.
  return /[A-Za-z0-9,.;:]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/** Margins of the running text of a page (how far long text lines reach), or null with too few lines. */
function pageMargins(pg: PageText): Margins | null {
  const x0s: number[] = [];
  const x1s: number[] = [];
  for (const e of pg.elements) {
    if (e.kind === 'text' && e.cells.length === 1 && e.cells[0]!.length >= 12) {
      x0s.push(e.x0);
      x1s.push(e.x1);
    }
  }
  if (x0s.length < 3) return null;
  // Centre of the page: margins are symmetric in these documents even when the lines are few.
  // The right edge most full lines reach (punctuation may hang beyond it); a page whose lines do not
  // span half its width holds no running text to tell (titles and notes over tables).
  x1s.sort((a, b) => a - b);
  const left = Math.min(...x0s);
  const right = x1s[Math.floor((x1s.length - 1) * 0.8)]!;
  return right - left >= pg.width / 2 ? { left, right, centre: pg.width / 2 } : null;
}


