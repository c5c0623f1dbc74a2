import type { Diagnostic } from '../../model/diagnostic.js';
import { makeLine, type SourceLine } from '../source-line.js';

// Text extractions of published disclosures: one printed line a line, table cells separated by tabs.
// Real extractions carry stray HTML (`<td colspan="2"></td>` inside a cell), markdown rules, NBSPs and
// runs of one line repeated hundreds of times; this turns them into clean SourceLines and says what it did.

const TAG = /<\/?(?:td|th|tr|table|tbody|thead|br|p|span|div|b|i|font)\b[^>]*>/gi;
const RULE = /^[\s|:+-]*-{3,}[\s|:+-]*$/;
const MAX_REPEATS = 3;
const WINDOW = 8;

export interface SplitResult {
  lines: SourceLine[];
  diagnostics: Diagnostic[];
}

export function splitLines(text: string): SplitResult {
  const diagnostics: Diagnostic[] = [];
  const lines: SourceLine[] = [];
  const src = text.indexOf('\r') >= 0 ? text.replace(/\r\n?/g, '\n') : text;
  const repeats = new Repeats(diagnostics);
  // Odd spaces (NBSP, ideographic, zero-width) are asked about once for the whole text: most
  // extractions have none, and then no line is scanned for them.
  const odd = ODD_SPACE.test(src);
  // Lines are cut from the text by indexOf rather than split('\n'): no array of every line is built.
  // The loop stays small (markup and repetition are handled apart) so that it is compiled early.
  let no = 0;
  for (let start = 0; start <= src.length; ) {
    let end = src.indexOf('\n', start);
    if (end < 0) end = src.length;
    no++;
    const from = start;
    start = end + 1;
    if (end === from) continue;
    let s = src.slice(from, end);
    if (s.indexOf('<') >= 0) s = stripMarkup(s, no, diagnostics);
    // A blank line (only spaces and tabs) ends up with no text below and is skipped there.
    if (s.indexOf('---') >= 0 && RULE.test(s)) continue;
    const line = makeLine(no, splitCells(s, odd && ODD_SPACE.test(s)));
    if (line.text.length === 0 || repeats.drop(no, line.text)) continue;
    lines.push(line);
  }
  repeats.flush();
  return { lines, diagnostics };
}

/**
 * Stray HTML removed from a line. Fragments sit inside a cell; removing them must not add grid cells.
 * A label the markup duplicated ("X <th>X</th>") is kept once.
 */
function stripMarkup(s: string, no: number, diagnostics: Diagnostic[]): string {
  const hasTag = TAG.test(s);
  TAG.lastIndex = 0;
  if (!hasTag) return s;
  diagnostics.push({ code: 'line.markup', severity: 'info', line: no, page: null, table: null, text: s.slice(0, 80) });
  return s
    .replace(TAG, ' ')
    .split('\t')
    .map((c) => {
      const words = c.trim().split(/\s+/);
      return words.length > 1 && words.every((w) => w === words[0]) ? words[0]! : c;
    })
    .join('\t');
}

/**
 * Runaway repetition (an extraction artefact: one or a few lines cycling hundreds of times). A line
 * without figures seen twice already among the last WINDOW lines is dropped; the run is reported.
 * Lines with figures are always kept: a repeated figure is for the checker to judge, not for us to drop.
 */
class Repeats {
  private readonly recent: string[] = [];
  private run: { from: number; to: number; count: number; text: string } | null = null;

  constructor(private readonly diagnostics: Diagnostic[]) {}

  /** Is line `no` (its text) a repeat to drop? Lines kept are remembered. */
  drop(no: number, text: string): boolean {
    let seen = 0;
    for (const t of this.recent) if (t === text) seen++;
    if (seen >= MAX_REPEATS - 1 && !/\d/.test(text)) {
      if (this.run && no - this.run.to <= WINDOW) {
        this.run.count++;
        this.run.to = no;
      } else {
        this.flush();
        this.run = { from: no, to: no, count: 1, text };
      }
      return true;
    }
    if (this.run && no - this.run.to > WINDOW) this.flush();
    this.recent.push(text);
    if (this.recent.length > WINDOW) this.recent.shift();
    return false;
  }

  /** Report the run in progress, if any. */
  flush(): void {
    const run = this.run;
    if (!run) return;
    this.diagnostics.push({
      code: 'line.repeated', severity: 'warning', line: run.from, page: null, table: null,
      text: run.text.slice(0, 60), detail: { dropped: run.count, last_line: run.to },
    });
    this.run = null;
  }
}

const ODD_SPACE = /[\u00a0\u3000\u200b\ufeff]/;

/**
 * Tab-separated cells, cleaned. Cut by indexOf/slice (faster than split('\t')); whether the line holds
 * odd spaces (`odd`, told by the caller) or double spaces at all is asked once, so clean cells cost only a trim.
 */
function splitCells(s: string, odd: boolean): string[] {
  const double = s.indexOf('  ') >= 0;
  const cells: string[] = [];
  let from = 0;
  for (;;) {
    const tab = s.indexOf('\t', from);
    const c = s.slice(from, tab < 0 ? s.length : tab);
    cells.push(c.length === 0 ? c : odd || double ? cleanCell(c) : c.trim());
    if (tab < 0) return cells;
    from = tab + 1;
  }
}

function cleanCell(c: string): string {
  // NBSP and ideographic spaces count as space; inner runs collapse to one space.
  let t = ODD_SPACE.test(c) ? c.replace(/[\u00a0\u3000\u200b\ufeff]/g, ' ').trim() : c.trim();
  if (t.indexOf('  ') >= 0) t = t.replace(/ {2,}/g, ' ');
  return t;
}
