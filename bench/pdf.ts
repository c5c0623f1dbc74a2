import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createPdfReader } from '../src/read/pdf/pdf-reader.js';
import { readDisclosure } from '../src/read/read-document.js';
import { fmt, table } from './stats.js';

// PDF reading over the whole 江苏 corpus, side by side with poppler's `pdftotext -layout` on the same
// files in the same run (spawned, one file after another). yusuan reads through its parse workers (pdfjs
// text and ruling lines → tables → SourceLines, then recognition of the disclosure in the main thread):
// once with one worker, file after file like pdftotext, and once with a worker per core. Wall times are
// the median of three passes; worker start-up is included. Target: yusuan within 3× of pdftotext.

const RUNS = 3;

function corpusFiles(shared: string): string[] {
  const root = join(shared, 'corpus', 'jiangsu');
  const out: string[] = [];
  for (const d of readdirSync(root).sort()) {
    const dir = join(root, d);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.pdf')) out.push(join(dir, f));
  }
  return out;
}

/** pdftotext -layout on each file, one after another, from one shell that then reports its children's CPU time. */
function pdftotext(files: readonly string[]): Promise<{ ms: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const script = 'for f in "$@"; do pdftotext -layout "$f" - > /dev/null || exit 1; done; times';
    const p = spawn('sh', ['-c', script, 'sh', ...files], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    p.stdout.on('data', (c) => (out += String(c)));
    p.on('error', reject);
    p.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`pdftotext: exit ${code}`));
      // `times`: the shell's user and system time, then its children's ("0m1.234s 0m0.056s").
      const children = out.trim().split('\n').pop() ?? '';
      const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((n, m) => n + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
      resolve({ ms: performance.now() - t, cpuMs });
    });
  });
}

async function yusuan(files: readonly string[], workers: number): Promise<{ ms: number; cpuMs: number; pages: number; tables: number }> {
  const t = performance.now();
  const cpu = process.cpuUsage(); // the whole process: main thread and parse workers
  const reader = createPdfReader({ workers });
  let pages = 0;
  let tables = 0;
  try {
    const docs = await Promise.all(files.map((f) => readDisclosure([{ name: f, bytes: readFileSync(f) }], { pdf: reader.read })));
    for (const d of docs) {
      if (!d.ok) throw new Error(d.error.message);
      pages += d.value.source.pages ?? 0;
      tables += d.value.tables.length;
    }
  } finally {
    await reader.close();
  }
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, pages, tables };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function benchPdf(shared: string): Promise<string[]> {
  const files = corpusFiles(shared);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const cores = Math.max(2, (await import('node:os')).cpus().length);
  const runs: Record<'poppler' | 'one' | 'many', Array<{ ms: number; cpuMs: number }>> = { poppler: [], one: [], many: [] };
  let pages = 0;
  let tables = 0;
  for (let run = 0; run < RUNS; run++) {
    runs.poppler.push(await pdftotext(files));
    const a = await yusuan(files, 1);
    runs.one.push(a);
    pages = a.pages;
    tables = a.tables;
    runs.many.push(await yusuan(files, cores));
  }
  const wall = (k: keyof typeof runs) => median(runs[k].map((r) => r.ms));
  const cpu = (k: keyof typeof runs) => median(runs[k].map((r) => r.cpuMs));
  const p = wall('poppler');
  const pc = cpu('poppler');
  const rows = [
    ['reader', 'wall ms', 'pages/s', 'wall ratio', 'target ≤ 3×', 'CPU ms', 'CPU ratio'],
    ['pdftotext -layout (one by one)', fmt(p, 0), fmt(pages / (p / 1000), 1), '1.00×', '', fmt(pc, 0), '1.00×'],
  ];
  for (const [name, k] of [['yusuan, 1 worker', 'one'], [`yusuan, ${cores} workers`, 'many']] as const) {
    const ms = wall(k);
    rows.push([name, fmt(ms, 0), fmt(pages / (ms / 1000), 1), `${fmt(ms / p, 2)}×`, ms / p <= 3 ? 'met' : 'NOT met', fmt(cpu(k), 0), `${fmt(cpu(k) / pc, 2)}×`]);
  }
  const load = (await import('node:os')).loadavg()[0]!;
  return [
    `PDF reader — ${files.length} files of the 江苏 corpus, ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB; yusuan also recognises ${tables} tables`,
    ...table(rows),
    `(medians of ${RUNS} passes; load average ${load.toFixed(1)} on ${cores} cores while measuring)`,
  ];
}
