import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure } from '../src/model/disclosure.js';
import { createPdfReader } from '../src/read/pdf/pdf-reader.js';
import { closeLetterSpacing } from '../src/read/pdf/print-lines.js';
import { readDisclosure } from '../src/read/read-document.js';
import type { SourceLine } from '../src/read/source-line.js';
import { printHtml, seedHtml, seedLines } from './helpers/seed-pdf.js';

// A PDF made from a seed's text reads back to the seed's cells. Seed 001's first two parts (cover,
// contents, overview and the 13 tables with the project trees: 506 printed lines, 18 pages, tables
// running over pages under repeated headers) are typeset as HTML and printed by chromium with ruled
// cells; the part up to the project tables (368 lines) also without any line. The reader's only licence:
// letter-spaced Chinese ("目 录") closes up. Printed without rules, a column that holds nothing but its
// header cannot be told apart from its neighbour, so the figure-less tables there are compared by text.

const SEED = join(import.meta.dirname, '..', '..', 'shared', 'seeds', '001_9f46298a1159504d.txt');
const seedText = readFileSync(SEED, 'utf8').split('\n');
const text = seedText.slice(0, 588).join('\n'); // up to 第三部分 (情况说明)
const bareText = seedText.slice(0, 440).join('\n'); // up to the project tables
const expect13 = (t: string) => seedLines(t).map((cells) => cells.map(closeLetterSpacing));
const reader = createPdfReader();
const pdfs: Record<'ruled' | 'bare', Uint8Array> = { ruled: new Uint8Array(), bare: new Uint8Array() };

beforeAll(async () => {
  pdfs.ruled = await printHtml(seedHtml(seedLines(text), { borders: true }));
  pdfs.bare = await printHtml(seedHtml(seedLines(bareText), { borders: false }));
}, 120_000);
afterAll(() => reader.close());

async function lines(pdf: Uint8Array): Promise<SourceLine[]> {
  const r = await reader.read({ name: 'seed.pdf', bytes: pdf });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.lines;
}

const pad = (cells: readonly string[], n: number) => [...cells, ...Array<string>(Math.max(0, n - cells.length)).fill('')];
const FIGURE = /^-?[\d,]+\.\d+$/;

describe('a PDF printed from seed 001 reads back to its cells', () => {
  it('with ruled cells: every line, cell for cell', async () => {
    const expected = expect13(text);
    const got = await lines(pdfs.ruled);
    expect(got).toHaveLength(expected.length);
    got.forEach((l, i) => {
      const want = expected[i]!;
      const n = Math.max(want.length, l.cells.length);
      expect(pad(l.cells, n), `line ${i + 1}`).toEqual(pad(want, n));
    });
  });

  it('without rules: the columns inferred from where the text stands', async () => {
    const expected = expect13(bareText);
    const got = await lines(pdfs.bare);
    expect(got).toHaveLength(expected.length);
    // Tables (runs of lines of cells) that print at least one figure are compared cell for cell.
    let block: number[] = [];
    const check = () => {
      const hasFigure = block.some((i) => expected[i]!.some((c) => FIGURE.test(c)));
      for (const i of block) {
        const want = expected[i]!;
        const l = got[i]!;
        if (hasFigure) {
          const n = Math.max(want.length, l.cells.length);
          expect(pad(l.cells, n), `line ${i + 1}`).toEqual(pad(want, n));
        } else expect(l.text, `line ${i + 1}`).toBe(want.filter((c) => c).join(' '));
      }
      block = [];
    };
    expected.forEach((want, i) => {
      if (want.length > 1) block.push(i);
      else {
        check();
        expect(got[i]!.cells, `line ${i + 1}`).toEqual(want);
      }
    });
    check();
  });

  it('recognises the same model as the text: tables, rows and figures', async () => {
    const fromText = await readDisclosure([{ name: 'seed.txt', bytes: Buffer.from(text) }]);
    const fromPdf = await readDisclosure([{ name: 'seed.pdf', bytes: pdfs.ruled }], { pdf: reader.read });
    if (!fromText.ok || !fromPdf.ok) throw new Error('not read');
    const tables = (d: Disclosure) => d.tables.map((t) => ({ key: t.key, status: t.status, rows: t.rows.map((r) => [r.side, r.code, r.name, r.path, r.role, r.cells]) }));
    expect(fromPdf.value.tables).toHaveLength(13);
    expect(tables(fromPdf.value)).toEqual(tables(fromText.value));
    expect(fromPdf.value.source).toMatchObject({ format: 'pdf', pages: expect.any(Number) });
  });
});
