import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { createPdfReader } from '../src/read/pdf/pdf-reader.js';
import { readEach } from '../src/read/read-batch.js';
import { JIANGSU } from './helpers/jiangsu.js';
import { encryptedPdf, scannedPdf } from './helpers/make-pdf.js';

// Hostile and odd PDFs: each gives exit code 2 and one line naming the file and what is wrong, the
// process goes on, and a batch reads the good files around a bad one.

const GOOD = join(JIANGSU, '江苏省人大办公厅', '江苏省人大常委会办公厅2019年部门预算公开表.pdf');
const GOOD2 = join(JIANGSU, '江苏省政协办公厅', '2017年度部门预算公开表.pdf');
let dir = '';
const files: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yusuan-bad-pdf-'));
  // A scan: a real page of the corpus rasterised (poppler) and put back as nothing but an image.
  execFileSync('pdftoppm', ['-jpeg', '-r', '60', '-f', '7', '-l', '7', '-singlefile', join(JIANGSU, '江苏省人大办公厅', '江苏省人大办公厅2017年度预算公开.pdf'), join(dir, 'page')]);
  const write = (name: string, bytes: Uint8Array) => {
    files[name] = join(dir, name);
    writeFileSync(files[name]!, bytes);
  };
  write('scanned.pdf', scannedPdf(readFileSync(join(dir, 'page.jpg'))));
  write('encrypted.pdf', encryptedPdf('Budget 2019', 'secret', 'owner'));
  write('truncated.pdf', readFileSync(GOOD).subarray(0, 30_000));
  write('garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251))]));
  // Over the 50 MB input limit: a PDF header and padding, never parsed.
  write('huge.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(51 * 1024 * 1024, 0x20)]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => (stdout += String(c)));
  err.on('data', (c) => (stderr += String(c)));
  const code = await main(args, { stdin: new PassThrough(), stdout: out, stderr: err, cwd: dir, env: {} });
  return { code, stdout, stderr };
}

describe('yusuan parse on bad PDFs', () => {
  it.each([
    ['scanned.pdf', 'no text layer (scanned)'],
    ['encrypted.pdf', '(encrypted)'],
    ['truncated.pdf', '(malformed'],
    ['garbage.pdf', '(malformed'],
    ['huge.pdf', '(too large)'],
  ])('%s: exit 2, one line', async (name, reason) => {
    const r = await cli('parse', name);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(lines[0]).toContain(reason);
  });

  it('reads a good PDF and shows each table with its confidence', async () => {
    const r = await cli('parse', GOOD);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/summary\s+收支总表\s+\d+ 行\s+收入合计 18330\.37 万元\s+\(置信度 1\.00\)/);
    expect(r.stdout.match(/置信度/g)).toHaveLength(12);
  });
});

describe('limits of the parse worker', () => {
  it('a file over its time is stopped with a timeout, and the reader goes on with the next', async () => {
    const reader = createPdfReader({ timeoutMs: 1 });
    try {
      const r = await reader.read({ name: 'a.pdf', bytes: readFileSync(GOOD) });
      expect(r).toMatchObject({ ok: false, error: { code: 'timeout' } });
    } finally {
      await reader.close();
    }
  });

  it('a file with more pages than allowed is refused as too large', async () => {
    const reader = createPdfReader({ maxPages: 5 });
    try {
      const r = await reader.read({ name: 'a.pdf', bytes: readFileSync(GOOD) });
      expect(r).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringContaining('13 页') } });
    } finally {
      await reader.close();
    }
  });

  it('a worker out of heap is reported, not a crash', async () => {
    const reader = createPdfReader({ maxHeapMb: 2 });
    try {
      const r = await reader.read({ name: 'a.pdf', bytes: readFileSync(GOOD) });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['too-large', 'malformed']).toContain(r.error.code);
    } finally {
      await reader.close();
    }
  });
});

describe('a batch of files, each its own disclosure', () => {
  it('reads the good files around the bad ones and reports each', async () => {
    const reader = createPdfReader({ workers: 2 });
    try {
      const names = [GOOD, files['scanned.pdf']!, files['encrypted.pdf']!, GOOD2, files['truncated.pdf']!];
      const out = await readEach(names.map((n) => ({ name: n.split('/').pop()!, bytes: readFileSync(n) })), { pdf: reader.read });
      expect(out.map((o) => [o.name, o.result.ok ? o.result.value.tables.length : o.result.error.code])).toEqual([
        ['江苏省人大常委会办公厅2019年部门预算公开表.pdf', 12],
        ['scanned.pdf', 'no-text-layer'],
        ['encrypted.pdf', 'encrypted'],
        ['2017年度部门预算公开表.pdf', 12],
        ['truncated.pdf', 'malformed'],
      ]);
    } finally {
      await reader.close();
    }
  });
});
