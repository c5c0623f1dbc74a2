import type { ReadResult } from '../read/input-error.js';
import type { InputFile } from '../read/read-document.js';
import type { Prepared } from '../store/ingest.js';
import type { ParseJob } from './parse-worker.js';
import { spawnWorker } from './spawn-worker.js';

// Uploads are parsed off the main thread: one worker per job (a fresh heap each time), at most
// `concurrency` at once, each with a memory ceiling and a deadline.

export interface ParseLimits {
  maxBytes: number;
  timeoutMs: number;
  memoryMb: number;
  concurrency: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxBytes: 50 * 1024 * 1024, timeoutMs: 120_000, memoryMb: 768, concurrency: 2 };

export class ParsePool {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limits: ParseLimits = DEFAULT_PARSE_LIMITS) {}

  async parse(files: readonly InputFile[]): Promise<ReadResult<Prepared>> {
    if (this.running >= this.limits.concurrency) await new Promise<void>((res) => this.waiting.push(res));
    this.running++;
    try {
      return await this.runOne(files);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private runOne(files: readonly InputFile[]): Promise<ReadResult<Prepared>> {
    const { timeoutMs, memoryMb, maxBytes } = this.limits;
    const worker = spawnWorker(new URL(`./parse-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url), {
      maxOldGenerationSizeMb: memoryMb,
      maxYoungGenerationSizeMb: 64,
    });
    return new Promise((resolve) => {
      let settled = false;
      const done = (r: ReadResult<Prepared>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        resolve(r);
      };
      const timer = setTimeout(() => done({ ok: false, error: { code: 'timeout', message: `解析超过 ${Math.round(timeoutMs / 1000)} 秒，已中止` } }), timeoutMs);
      worker.once('message', (r: ReadResult<Prepared>) => done(r));
      worker.once('error', (e: Error & { code?: string }) =>
        done({
          ok: false,
          error: e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { code: 'malformed', message: `解析所需内存超过 ${memoryMb} MB 上限，已中止` }
            : { code: 'malformed', message: '解析失败，文件可能已损坏' },
        }),
      );
      worker.once('exit', () => done({ ok: false, error: { code: 'malformed', message: '解析进程意外退出' } }));
      const copies = files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
      const job: ParseJob = { files: copies, maxBytes };
      worker.postMessage(job, copies.map((c) => c.bytes.buffer as ArrayBuffer));
    });
  }
}
