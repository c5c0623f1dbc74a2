import { createPdfReader, type PdfReader } from '../read/pdf/pdf-reader.js';
import type { PdfLinesReader } from '../read/read-document.js';
import type { CliIO } from './io.js';

// The PDF adapter the CLI uses: one pool of parse workers for the process (idle workers do not keep it
// alive). Limits can be tightened from the environment: YUSUAN_PDF_TIMEOUT_MS, YUSUAN_PDF_MAX_HEAP_MB.

const readers = new Map<string, PdfReader>();

export function pdfReaderFor(io: CliIO): PdfLinesReader | undefined {
  const timeoutMs = positive(io.env.YUSUAN_PDF_TIMEOUT_MS);
  const maxHeapMb = positive(io.env.YUSUAN_PDF_MAX_HEAP_MB);
  const key = `${timeoutMs ?? ''}/${maxHeapMb ?? ''}`;
  let r = readers.get(key);
  if (!r) {
    r = createPdfReader({ ...(timeoutMs ? { timeoutMs } : {}), ...(maxHeapMb ? { maxHeapMb } : {}) });
    readers.set(key, r);
  }
  return r.read;
}

function positive(v: string | undefined): number | undefined {
  const n = v ? Number(v) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
