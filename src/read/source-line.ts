import { fold } from '../text/fold.js';

// The one intermediate form every reader produces: printed lines split into cells on a column grid.
// The text reader gets it from tab-separated extractions, the PDF reader from positioned text runs.
// Recognition (src/read/recognize) only ever sees SourceLines, so all sources land in one model.

export interface SourceLine {
  /** 1-based line number in the source text (for PDFs: in the reconstructed text). */
  no: number;
  page: number | null;
  /** Cell texts, trimmed, positions kept: an empty string is an empty grid cell. */
  cells: string[];
  /** Non-empty cells joined by one space. */
  text: string;
  /**
   * Folded text of the line's head (first 120 characters of `text`). Everything recognition decides
   * from a whole line (titles, headings, form titles, signatures) is short or at the start, so the
   * long narrative lines are never folded in full.
   */
  head?: string;
  /** Folded cells, filled on first use by foldedCells(). */
  folded?: string[];
}

export function makeLine(no: number, cells: string[], page: number | null = null): SourceLine {
  // Most lines have one filled cell (its text is the cell itself); the others are joined once, from an
  // array sized in advance.
  let n = 0;
  let first = -1;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.length) {
      if (n === 0) first = i;
      n++;
    }
  }
  let text = n === 1 ? cells[first]! : '';
  if (n > 1) {
    const parts = new Array<string>(n);
    let k = 0;
    for (let i = first; i < cells.length; i++) if (cells[i]!.length) parts[k++] = cells[i]!;
    text = parts.join(' ');
  }
  // All fields from the start: lines keep one hidden class, so property reads stay monomorphic.
  return { no, page, cells, text, head: undefined, folded: undefined };
}

const HEAD_CHARS = 120;

/** How many cells are not empty (without building the list of them). */
export function filledCount(line: SourceLine): number {
  let n = 0;
  for (let i = 0; i < line.cells.length; i++) if (line.cells[i]!.length > 0) n++;
  return n;
}

/** Non-empty cells with their grid index. */
export function filled(line: SourceLine): Array<{ i: number; v: string }> {
  const out: Array<{ i: number; v: string }> = [];
  for (let i = 0; i < line.cells.length; i++) {
    const v = line.cells[i]!;
    if (v.length > 0) out.push({ i, v });
  }
  return out;
}

/**
 * Folded cells of a line, computed once (recognition asks for them many times). Only short cells are
 * folded — labels are short; a long cell (a paragraph of form text) comes back as '' here.
 */
export function foldedCells(line: SourceLine): string[] {
  if (line.folded) return line.folded;
  // Filled by push, not map: every line's array then has one elements kind, which keeps the code
  // reading them monomorphic.
  const out: string[] = [];
  for (const c of line.cells) out.push(c.length && c.length <= SHORT_CELL ? fold(c) : '');
  return (line.folded = out);
}
const SHORT_CELL = 40;

/** The folded head of a line (see SourceLine.head), folded on first use. */
export function foldedHead(line: SourceLine): string {
  return (line.head ??= fold(line.text.length > HEAD_CHARS ? line.text.slice(0, HEAD_CHARS) : line.text));
}
