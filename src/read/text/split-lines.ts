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
  // Runaway repetition (an extraction artefact: one or a few lines cycling hundreds of times). A line
  // without figures seen twice already among the last WINDOW lines is dropped; the run is reported.
  // Lines with figures are always kept: a repeated figure is for the checker to judge, not for us to drop.
  const recent: string[] = [];
  let run: { from: number; to: number; count: number; text: string } | null = null;
  const flush = () => {
    if (run) {
      diagnostics.push({
        code: 'line.repeated', severity: 'warning', line: run.from, page: null, table: null,
        text: run.text.slice(0, 60), detail: { dropped: run.count, last_line: run.to },
      });
      run = null;
    }
  };
  // Lines are cut from the text by indexOf rather than split('\n'): no array of every line is built.
  let no = 0;
  for (let start = 0; start <= src.length; ) {
    let end = src.indexOf('\n', start);
    if (end < 0) end = src.length;
    no++;
    const from = start;
    start = end + 1;
    if (end === from) continue;
    let s = src.slice(from, end);
    if (s.indexOf('<') >= 0 && TAG.test(s)) {
      TAG.lastIndex = 0;
      // Fragments sit inside a cell; removing them must not add grid cells. A label the markup
      // duplicated ("X <th>X</th>") is kept once.
      s = s
        .replace(TAG, ' ')
        .split('\t')
        .map((c) => {
          const words = c.trim().split(/\s+/);
          return words.length > 1 && words.every((w) => w === words[0]) ? words[0]! : c;
        })
        .join('\t');
      diagnostics.push({ code: 'line.markup', severity: 'info', line: no, page: null, table: null, text: src.slice(from, Math.min(end, from + 80)) });
    }
    TAG.lastIndex = 0;
    // A blank line (only spaces and tabs) ends up with no text below and is skipped there.
    if (s.indexOf('---') >= 0 && RULE.test(s)) continue;
    const cells = splitCells(s);
    const line = makeLine(no, cells);
    if (line.text.length === 0) continue;
    let seen = 0;
    for (const t of recent) if (t === line.text) seen++;
    if (seen >= MAX_REPEATS - 1 && !/\d/.test(line.text)) {
      if (run && no - run.to <= WINDOW) {
        run.count++;
        run.to = no;
      } else {
        flush();
        run = { from: no, to: no, count: 1, text: line.text };
      }
      continue;
    }
    if (run && no - run.to > WINDOW) flush();
    recent.push(line.text);
    if (recent.length > WINDOW) recent.shift();
    lines.push(line);
  }
  flush();
  return { lines, diagnostics };
}

const ODD_SPACE = /[\u00a0\u3000\u200b\ufeff]/;

/**
 * Tab-separated cells, cleaned. Cut by indexOf/slice (faster than split('\t')); whether the line holds
 * odd spaces or double spaces at all is asked once, so clean cells cost only a trim.
 */
function splitCells(s: string): string[] {
  const odd = ODD_SPACE.test(s);
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
