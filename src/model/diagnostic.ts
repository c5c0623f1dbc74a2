import { z } from 'zod';

// Parse diagnostics are data: a code, where, and the evidence. Messages are rendered separately
// (src/model/messages/diagnostics-zh.ts) so that the reader stays pure and the wording can change.

export const DiagnosticCode = z.enum([
  'line.unplaced', // a line with figures that no part of the model took
  'line.repeated', // the same line repeated many times in a row (an extraction artefact), kept once
  'line.markup', // HTML fragments removed from a line
  'table.no-header', // a table whose header rows were not recognised
  'table.unknown-column', // a header label with no semantic key
  'table.row-shape', // a data row whose cells do not fit the header grid
  'table.cell-text', // a non-numeric cell where an amount was expected
  'table.code-malformed', // digits in a code column that are no 3/5/7-digit code (kept as the row's code)
  'table.unrecognised', // a block that looks like a table but matched no known title
  'table.duplicate', // the same table key printed twice
  'amount.inexact', // a figure finer than 1 分
  'form.field-missing', // a required form field absent
  'form.indicator-shape', // an indicator row that could not be split into name and value
  'form.unterminated', // a form cut off before its end
  'document.year-mismatch', // a year printed in a title differs from the fiscal year
  'document.no-title', // no cover title found
  'input.encoding', // text decoded with a fallback encoding
]);
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;

export const Diagnostic = z.object({
  code: DiagnosticCode,
  severity: z.enum(['error', 'warning', 'info']),
  /** 1-based line of the source text (for PDFs: of the reconstructed text). */
  line: z.number().int().nullable(),
  page: z.number().int().nullable(),
  table: z.string().nullable(),
  /** The offending text, shortened. */
  text: z.string().nullable(),
  /** Extra data, e.g. {expected: 9, actual: 7}. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
