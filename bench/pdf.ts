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

function pdftotext(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pdftotext ${file}: exit ${code}`))));
  });
}

async function yusuan(files: readonly string[], workers: number): Promise<{ ms: number; pages: number; tables: number }> {
  const t = performance.now();
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
  return { ms: performance.now() - t, pages, tables };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function benchPdf(shared: string): Promise<string[]> {
  const files = corpusFiles(shared);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const poppler: number[] = [];
  const one: number[] = [];
  const many: number[] = [];
  const cores = Math.max(2, (await import('node:os')).cpus().length);
  let pages = 0;
  let tables = 0;
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    for (const f of files) await pdftotext(f);
    poppler.push(performance.now() - t);
    const a = await yusuan(files, 1);
    one.push(a.ms);
    pages = a.pages;
    tables = a.tables;
    t = performance.now();
    many.push((await yusuan(files, cores)).ms);
  }
  const p = median(poppler);
  const rows = [
    ['reader', 'wall ms (median)', 'pages/s', 'ratio to pdftotext', 'target ≤ 3×'],
    ['pdftotext -layout (spawned, one by one)', fmt(p, 0), fmt(pages / (p / 1000), 1), '1.0×', ''],
  ];
  for (const [name, ms] of [[`yusuan, 1 worker`, median(one)], [`yusuan, ${cores} workers`, median(many)]] as const) {
    rows.push([name, fmt(ms, 0), fmt(pages / (ms / 1000), 1), `${fmt(ms / p, 2)}×`, ms / p <= 3 ? 'met' : 'NOT met']);
  }
  return [
    `PDF reader — ${files.length} files of the 江苏 corpus, ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB; yusuan also recognises ${tables} tables`,
    ...table(rows),
  ];
}
