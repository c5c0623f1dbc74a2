import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/model/disclosure.js';
import { launchChromium, screenshotElement, type Browser } from '../../src/publish/browser.js';
import { intendedCodePoint } from '../../src/text/cjk-radicals.js';
import { disclosureCharts } from '../../src/publish/charts/charts.js';
import { disclosureHtml } from '../../src/publish/html/document-html.js';
import { factsFromPublished } from '../../src/publish/narrative/from-published.js';
import { disclosurePdf, type PdfResult } from '../../src/publish/pdf.js';
import { fixPdfText } from '../../src/publish/pdf-text-fix.js';
import { printPdf, PrintSession } from '../../src/publish/browser.js';
import { republish } from '../../src/publish/publication.js';
import { createPdfReader, type PdfReader } from '../../src/read/pdf/pdf-reader.js';
import { readDisclosure } from '../../src/read/read-document.js';
import { readSeed, SEED_001 } from './seeds.js';

// Seed 001 re-rendered and printed by chromium (one browser for the file), then read back by yusuan's
// own PDF reader: the tables must come back cell for cell, the contents must name the right pages,
// and the text layer must be searchable.

const OUT = join(import.meta.dirname, '..', '..', 'out');

let browser: Browser;
let reader: PdfReader;
let seed: Disclosure;
let doc: Disclosure;
let printed: PdfResult;
let pageText: string[];
let pageSizes: Array<[number, number]>;
let tocLinks: string[];

beforeAll(async () => {
  browser = await launchChromium();
  reader = createPdfReader();
  seed = await readSeed(SEED_001);
  doc = republish(seed, factsFromPublished(seed)).doc;
  printed = await disclosurePdf(doc, browser);
  const pdf = await getDocument({ data: printed.pdf.slice(), verbosity: 0 }).promise;
  pageText = [];
  pageSizes = [];
  tocLinks = ((await (await pdf.getPage(2)).getAnnotations()) as Array<{ subtype: string; dest?: unknown }>).filter((a) => a.subtype === 'Link').map((a) => String(a.dest));
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const vp = page.getViewport({ scale: 1 });
    pageSizes.push([Math.round(vp.width), Math.round(vp.height)]);
    const tc = await page.getTextContent();
    pageText.push(tc.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  await pdf.destroy();
});

afterAll(async () => {
  await browser?.close();
  await reader?.close();
});

/** Every cell by table, row identity and column; a row printed twice with the same name counts twice. */
function cellKeys(d: Disclosure): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of d.tables) {
    const seen = new Map<string, number>();
    for (const r of t.rows) {
      const id = `${t.key}|${r.side ?? ''}|${r.code ?? ''}|${r.role ?? ''}|${r.path.join('/')}`;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      for (const [k, c] of Object.entries(r.cells)) m.set(`${id}#${n}|${k}`, c.fen);
    }
  }
  return m;
}

describe('seed 001 printed to PDF', () => {
  it('prints text on A4 portrait and tables on A4 landscape', () => {
    expect(printed.pageCount).toBe(pageSizes.length);
    expect(pageSizes[0]).toEqual([595, 842]);
    const summary = printed.pages['table-1-summary']!;
    expect(pageSizes[summary - 1]).toEqual([842, 595]);
    expect(pageSizes[printed.pages['part-3']! - 1]).toEqual([595, 842]);
  });

  it('gives every contents entry the page it is printed on', () => {
    const anchors = ['part-1', 'part-2', 'table-1-summary', 'table-12-projects', 'table-13-projects_carryover', 'part-3', 'section-5', 'part-4', 'part-5'];
    const pages = anchors.map((a) => printed.pages[a]!);
    expect(pages.every((p) => Number.isInteger(p) && p > 2)).toBe(true);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    // The contents (page 2) prints each entry with its page number, and the page starts with that heading.
    const toc = pageText[1]!;
    expect(toc).toContain(`表一 2024年预算收支总表 ${printed.pages['table-1-summary']}表二`);
    expect(toc).toContain(`第三部分 2024年度部门预算情况说明 ${printed.pages['part-3']}一、`);
    expect(pageText[printed.pages['part-3']! - 1]).toContain('第三部分 2024年度部门预算情况说明');
    expect(pageText[printed.pages['table-12-projects']! - 1]).toContain('2024年项目支出预算表（本年预算）');
    // The contents pages were printed again with the numbers and spliced in; their links still go to the headings.
    expect(tocLinks).toContain('table-1-summary');
    expect(tocLinks).toContain('part-3');
  });

  it('numbers the pages in the footer', () => {
    const n = printed.pages['part-4']!;
    expect(pageText[n - 1]).toMatch(new RegExp(`- ${n} -`));
  });

  it('has a searchable text layer (no radicals standing in for ideographs)', () => {
    const all = pageText.join('');
    expect(all).toContain('部门预算收支数据变动情况及原因');
    expect(all).toContain('一般公共预算拨款收入18,041.69万元，占94.18%');
    expect(all).not.toMatch(/[\u2e80-\u2fdf]/);
  });

  it('reads back with the same table cells (≥ 99%)', async () => {
    const back = await readDisclosure([{ name: 'seed-001.pdf', bytes: printed.pdf.slice() }], { pdf: reader.read });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.tables.map((t) => t.key)).toEqual(seed.tables.map((t) => t.key));
    const a = cellKeys(seed);
    const b = cellKeys(back.value);
    let same = 0;
    for (const [k, v] of a) if (b.get(k) === v) same++;
    expect(a.size).toBe(699);
    expect(same / a.size).toBeGreaterThanOrEqual(0.99);
    const summary = back.value.tables.find((t) => t.key === 'summary')!;
    expect(summary.rows.find((r) => r.role === 'income_grand_total')!.cells.amount!.text).toBe('19155.70');
    expect(back.value.sections.find((s) => s.number === '二')!.text).toContain('占94.18%');
    // The 41 绩效目标 forms come back too, each with its project and annual funds.
    const forms = back.value.forms.filter((f) => f.kind === 'project');
    expect(forms).toHaveLength(41);
    const first = forms.find((f) => f.project === '爱国卫生运动经费')!;
    expect(first.funds.annual.total).toEqual({ fen: 16900000, text: '169,000' });
  }, 180_000);

  it('screenshots a printed table page (headless chromium)', async () => {
    const html = disclosureHtml(doc, { charts: disclosureCharts(doc), pages: printed.pages });
    const png = await screenshotElement(browser, html, '#table-2-income', 1123);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = Buffer.from(png);
    const [width, height] = [view.readUInt32BE(16), view.readUInt32BE(20)];
    expect(width).toBe(1123);
    expect(height).toBeGreaterThan(900); // 42 rows of the 收入总表 below its title and two header rows
    expect(png.length).toBeGreaterThan(50_000);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'seed-001-income-table.png'), png);
    const chart = await screenshotElement(browser, html, '#section-5', 794);
    writeFileSync(join(OUT, 'seed-001-section-5.png'), chart);
    writeFileSync(join(OUT, 'seed-001.pdf'), printed.pdf);
    expect(Buffer.from(chart).readUInt32BE(16)).toBe(794);
  });
});

describe('the PDF text layer', () => {
  // Every ideograph whose glyph chromium names by a radical or twin (the targets of src/text/cjk-radicals.ts),
  // found by printing U+4E00–U+9FA5; printed here in each face the documents use, then read back.
  const targets = new Set<string>();
  for (let cp = 0x2e80; cp <= 0x2fdf; cp++) if (intendedCodePoint(cp) !== cp) targets.add(String.fromCodePoint(intendedCodePoint(cp)));
  for (const c of '胶幐曶槩') targets.add(c);
  const sample = [...targets].join('') + '部门预算收支总表一般公共预算拨款收入财政专户管理资金';

  it('reads back every character as printed, in all four faces', async () => {
    for (const [family, weight] of [['Noto Sans CJK SC', 400], ['Noto Sans CJK SC', 700], ['Noto Serif CJK SC', 400], ['Noto Serif CJK SC', 700]] as const) {
      const html = `<!DOCTYPE html><html><body style="font: ${weight} 10pt '${family}'; word-break: break-all">${sample}</body></html>`;
      const pdf = fixPdfText(await printPdf(browser, html));
      const d = await getDocument({ data: pdf, verbosity: 0 }).promise;
      const tc = await (await d.getPage(1)).getTextContent();
      await d.destroy();
      const text = tc.items.map((i) => ('str' in i ? i.str : '')).join('').replace(/\s/g, '');
      expect(text, `${family} ${weight}`).toBe(sample);
    }
  });
});

describe('print sessions', () => {
  const textOf = async (pdf: Uint8Array) => {
    const d = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
    const tc = await (await d.getPage(1)).getTextContent();
    await d.destroy();
    return tc.items.map((i) => ('str' in i ? i.str : '')).join('');
  };

  it('hands a closed session’s page to the next one, and gives sessions open at once pages of their own', async () => {
    const warm = await PrintSession.open(browser);
    await warm.close();
    const kept = new Set(browser.contexts());
    for (let k = 0; k < 3; k++) {
      const s = await PrintSession.open(browser);
      // No page (and browser context) opened for sessions in turn: the kept one is used again.
      expect(browser.contexts().every((c) => kept.has(c))).toBe(true);
      await s.print('<p>again</p>');
      await s.close();
    }
    const [a, b] = await Promise.all([PrintSession.open(browser), PrintSession.open(browser)]);
    const [pa, pb] = await Promise.all([a!.print('<p>甲文件</p>'), b!.print('<p>乙文件</p>')]);
    expect([await textOf(fixPdfText(pa)), await textOf(fixPdfText(pb))]).toEqual(['甲文件', '乙文件']);
    await Promise.all([a!.close(), b!.close()]);
  });
});
