import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fail, type ReadResult } from '../input-error.js';
import type { InputFile, PdfLinesReader } from '../read-document.js';
import type { LinesResult } from '../text/text-lines.js';
import type { WorkerReply, WorkerRequest } from './pdf-worker.js';

// PDFs are parsed off the main thread, in worker threads with a heap limit and a time limit: a hostile
// file (a bomb, a parser trap) costs its worker, never the process. Workers are reused while healthy
// (pdfjs warms up once) and replaced after a timeout or crash. Idle workers do not keep the process alive.

export interface PdfReaderOptions {
  /** Wall time one file may take (default 60 s). */
  timeoutMs?: number;
  /** Heap of a parse worker (default 1024 MB). */
  maxHeapMb?: number;
  maxPages?: number;
  maxItemsPerPage?: number;
  /** Files parsed at once (default 1). */
  workers?: number;
}

export interface PdfReader {
  read: PdfLinesReader;
  /** Terminate the workers. */
  close(): Promise<void>;
}

interface Job {
  file: InputFile;
  resolve: (r: ReadResult<LinesResult>) => void;
}

interface Slot {
  worker: Worker | null;
  busy: boolean;
}

const DEFAULTS = { timeoutMs: 60_000, maxHeapMb: 1024, maxPages: 3000, maxItemsPerPage: 200_000, workers: 1 };

/**
 * How to start the worker: compiled .js runs as is; .ts source (tests, tsx) registers tsx inside the
 * worker first (worker threads do not inherit the loader hooks of the thread that starts them).
 */
function workerEntry(): { script: URL | string; eval: boolean } {
  const own = import.meta.url;
  if (!own.endsWith('.ts')) return { script: new URL('./pdf-worker.js', own), eval: false };
  let api: string;
  try {
    api = import.meta.resolve('tsx/esm/api');
  } catch {
    api = pathToFileURL(createRequire(own).resolve('tsx/esm/api')).href;
  }
  const target = new URL('./pdf-worker.ts', own).href;
  return { script: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`, eval: true };
}

export function createPdfReader(options: PdfReaderOptions = {}): PdfReader {
  const o = { ...DEFAULTS, ...options };
  const entry = workerEntry();
  const slots: Slot[] = Array.from({ length: Math.max(1, o.workers) }, () => ({ worker: null, busy: false }));
  const queue: Job[] = [];
  let nextId = 1;

  const spawn = (): Worker =>
    new Worker(entry.script, {
      eval: entry.eval,
      resourceLimits: { maxOldGenerationSizeMb: o.maxHeapMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, o.maxHeapMb >> 3)) },
      stdout: false,
      stderr: false,
    });

  const pump = () => {
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue;
      run(slot, queue.shift()!);
    }
  };

  const run = (slot: Slot, job: Job) => {
    slot.busy = true;
    const worker = slot.worker ?? (slot.worker = spawn());
    worker.ref();
    const id = nextId++;
    let settled = false;
    const finish = (r: ReadResult<LinesResult>, healthy: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (healthy) worker.unref();
      else {
        slot.worker = null;
        void worker.terminate();
      }
      slot.busy = false;
      job.resolve(r);
      pump();
    };
    const onMessage = (m: WorkerReply) => {
      if (m.id !== id) return;
      if (m.ok) finish({ ok: true, value: { lines: m.lines, diagnostics: [], pages: m.pages } }, true);
      else finish(fail(m.code, m.message), true);
    };
    const onError = (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(fail('too-large', `解析所需内存超过 ${o.maxHeapMb} MB 上限 (too large: out of memory)`), false);
      else finish(fail('malformed', `PDF 解析失败 (malformed: ${e.message.split('\n')[0]})`), false);
    };
    const onExit = (code: number) => finish(fail('malformed', `PDF 解析进程意外退出 (malformed: worker exit ${code})`), false);
    const timer = setTimeout(() => finish(fail('timeout', `解析超过 ${Math.round(o.timeoutMs / 1000)} 秒时限 (timeout)`), false), o.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // The bytes are copied, not transferred: the caller keeps its file (it is hashed afterwards).
    const req: WorkerRequest = { id, bytes: job.file.bytes, limits: { maxPages: o.maxPages, maxItemsPerPage: o.maxItemsPerPage } };
    worker.postMessage(req);
  };

  return {
    read: (file) =>
      new Promise((resolve) => {
        queue.push({ file, resolve });
        pump();
      }),
    close: async () => {
      await Promise.all(slots.map((s) => s.worker?.terminate()));
      for (const s of slots) s.worker = null;
    },
  };
}
