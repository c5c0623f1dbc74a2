import type { Diagnostic } from '../../model/diagnostic.js';
import type { ReadResult } from '../input-error.js';
import type { SourceLine } from '../source-line.js';
import { decodeText } from './decode.js';
import { splitLines } from './split-lines.js';

// The text reader: an extracted disclosure (tab-separated cells, a printed line a line) → SourceLines.

export interface LinesResult {
  lines: SourceLine[];
  diagnostics: Diagnostic[];
  pages: number | null;
}

export function textLines(bytes: Uint8Array): ReadResult<LinesResult> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { lines, diagnostics } = splitLines(decoded.value.text);
  if (decoded.value.encoding !== 'utf-8') {
    diagnostics.unshift({ code: 'input.encoding', severity: 'info', line: null, page: null, table: null, text: decoded.value.encoding });
  }
  return { ok: true, value: { lines, diagnostics, pages: null } };
}
