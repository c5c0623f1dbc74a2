import { parentPort } from 'node:worker_threads';
import type { SourceLine } from '../source-line.js';
import { extractPages, type ExtractLimits } from './pdf-extract.js';
import { pdfLines } from './pdf-lines.js';
import { installSyncDecompression } from './sync-decompression.js';

// The parse worker: PDF bytes in, SourceLines out. It runs in a worker thread with a heap limit and is
// terminated by the reader when it overruns its time, so a hostile PDF can only take this thread down.

installSyncDecompression();

export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  limits: ExtractLimits;
}

export type WorkerReply =
  | { id: number; ok: true; lines: SourceLine[]; pages: number }
  | { id: number; ok: false; code: 'encrypted' | 'malformed' | 'too-large' | 'no-text-layer'; message: string };

async function handle(req: WorkerRequest): Promise<WorkerReply> {
  const r = await extractPages(req.bytes, req.limits);
  if (!r.ok) return { id: req.id, ok: false, code: r.error.code, message: r.error.message };
  if (!r.pages.some((p) => p.runs.length > 0)) {
    return { id: req.id, ok: false, code: 'no-text-layer', message: `没有文字层（共 ${r.pages.length} 页），可能是扫描件 (no text layer (scanned))` };
  }
  const { lines } = pdfLines(r.pages);
  return { id: req.id, ok: true, lines, pages: r.pages.length };
}

parentPort?.on('message', (req: WorkerRequest) => {
  handle(req).then(
    (reply) => parentPort!.postMessage(reply),
    (e: unknown) => parentPort!.postMessage({ id: req.id, ok: false, code: 'malformed', message: `PDF 无法解析 (malformed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})` } satisfies WorkerReply),
  );
});
