import { midY, type Run } from './geometry.js';

// Runs → printed lines (runs sharing a baseline band), and the text of runs as a reader sees it: a
// space where the printer left a gap, none inside words, letter-spaced Chinese ("合 计", "一 般 公")
// closed up, and lines wrapped inside one table cell joined without a break.

export interface PrintLine {
  runs: Run[];
  /** Vertical middle of the line's glyphs. */
  y: number;
  size: number;
  x0: number;
  x1: number;
}

/** Group runs into printed lines: runs whose vertical middles are within half a font size of the line. */
export function printLines(runs: readonly Run[]): PrintLine[] {
  const sorted = [...runs].sort((a, b) => midY(a) - midY(b) || a.x0 - b.x0);
  const lines: PrintLine[] = [];
  let open: PrintLine[] = [];
  for (const r of sorted) {
    const y = midY(r);
    // Lines further up than any possible member can no longer grow.
    open = open.filter((l) => y - l.y <= Math.max(l.size, r.size));
    let best: PrintLine | null = null;
    let bestD = Infinity;
    for (const l of open) {
      const d = Math.abs(l.y - y);
      if (d <= 0.5 * Math.min(l.size, r.size) && d < bestD && !overlapsRun(l, r)) {
        best = l;
        bestD = d;
      }
    }
    if (best) {
      best.runs.push(r);
      best.y = (best.y * (best.runs.length - 1) + y) / best.runs.length;
      best.size = Math.max(best.size, r.size);
      best.x0 = Math.min(best.x0, r.x0);
      best.x1 = Math.max(best.x1, r.x1);
    } else {
      const l: PrintLine = { runs: [r], y, size: r.size, x0: r.x0, x1: r.x1 };
      lines.push(l);
      open.push(l);
    }
  }
  for (const l of lines) l.runs.sort((a, b) => a.x0 - b.x0);
  lines.sort((a, b) => a.y - b.y);
  return lines;
}

/** A run printed over another of the line (a second line of text) does not belong to it. */
function overlapsRun(l: PrintLine, r: Run): boolean {
  for (const o of l.runs) {
    const ov = Math.min(o.x1, r.x1) - Math.max(o.x0, r.x0);
    if (ov > 0.5 * Math.min(o.x1 - o.x0, r.x1 - r.x0) && o.text !== r.text) return true;
  }
  return false;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Text of the runs of one printed line, in x order. */
export function runsText(runs: readonly Run[]): string {
  let s = '';
  let prev: Run | null = null;
  for (const r of runs) {
    if (prev) {
      const gap = r.x0 - prev.x1;
      if (r.spaceBefore || gap > 0.25 * Math.min(r.size, prev.size)) s += ' ';
    }
    s += r.text;
    prev = r;
  }
  return closeLetterSpacing(s);
}

/**
 * Letter-spaced Chinese: a space next to a lone Chinese character ("合 计", "1. 一 般 公") is spacing,
 * not a word break. A space between two words of several characters is kept.
 */
export function closeLetterSpacing(s: string): string {
  if (s.indexOf(' ') < 0) return s;
  const parts = s.split(' ');
  const lone = (p: string | undefined) => p !== undefined && [...p].length === 1 && CJK.test(p);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1]!;
    const b = parts[i]!;
    const cjkJoin = CJK.test(a.slice(-1)) && CJK.test(b.slice(0, 1));
    out += cjkJoin && (lone(a) || lone(b)) ? b : ` ${b}`;
  }
  return out;
}

/** Lines of one table cell → the cell's text: wrapped Chinese joins directly, words with a space. */
export function joinWrapped(lines: readonly string[]): string {
  let s = '';
  for (const l of lines) {
    if (l.length === 0) continue;
    if (s.length === 0) s = l;
    else if (CJK.test(s.slice(-1)) || CJK.test(l.slice(0, 1)) || /[-/(（]$/.test(s)) s += l;
    else s += ` ${l}`;
  }
  return s;
}

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}
