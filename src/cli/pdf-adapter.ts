import type { PdfLinesReader } from '../read/read-document.js';
import type { CliIO } from './io.js';

// The PDF adapter the CLI uses. PDF reading (issue: Read published PDFs) plugs in here.
export function pdfReaderFor(_io: CliIO): PdfLinesReader | undefined {
  return undefined;
}
