import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../src/publish/browser.js';
import { disclosureCharts } from '../src/publish/charts/charts.js';
import { disclosureHtml } from '../src/publish/html/document-html.js';
import { factsFromPublished } from '../src/publish/narrative/from-published.js';
import { disclosurePdf } from '../src/publish/pdf.js';
import { republish } from '../src/publish/publication.js';
import { disclosureXlsx } from '../src/publish/xlsx.js';
import { readDisclosure } from '../src/read/read-document.js';
import { fmt, table, time } from './stats.js';

// Publishing seed 001 (13 tables, 情况说明 with 3 charts, 41 绩效目标 forms; about 100 printed pages).
// HTML: 情况说明 recomputed, charts drawn, the document written (no browser). XLSX: the workbook bytes.
// PDF: both chromium passes (contents page numbers) and the text-layer repair, on a warm browser; the
// browser's launch is shown on its own. Baseline, measured in the same run: the same model serialised to
// JSON, so the ratios say what each output costs over merely writing the model out.

const TARGETS = { html: 200, xlsx: 1000, pdf: 5000 };

export async function benchPublish(shared = process.env.YUSUAN_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared')): Promise<string[]> {
  const bytes = readFileSync(join(shared, 'seeds', '001_9f46298a1159504d.txt'));
  const r = await readDisclosure([{ name: 'seed-001', bytes }]);
  if (!r.ok) return [`publish: seed 001 unreadable: ${r.error.message}`];
  const seed = r.value;
  const facts = factsFromPublished(seed);
  const doc = republish(seed, facts).doc;
  const base = await time(() => JSON.stringify(doc), { runs: 20 });
  const html = await time(() => {
    const d = republish(seed, facts).doc;
    return disclosureHtml(d, { charts: disclosureCharts(d) });
  }, { runs: 20, warmup: 3 });
  const xlsx = await time(() => disclosureXlsx(doc), { runs: 8, warmup: 2 });
  const t0 = performance.now();
  const browser = await launchChromium();
  const launch = performance.now() - t0;
  let pages = 0;
  let pdfBytes = 0;
  try {
    const pdf = await time(
      async () => {
        const res = await disclosurePdf(doc, browser);
        pages = res.pageCount;
        pdfBytes = res.pdf.length;
      },
      { runs: 5, warmup: 1, minMs: 0 },
    );
    const row = (name: string, t: { median: number; p95: number; runs: number }, target: number) => [
      name,
      fmt(t.median),
      fmt(t.p95),
      String(t.runs),
      `${fmt(t.median / base.median, 0)}×`,
      `< ${target} ms ${t.median < target ? 'met' : 'NOT met'}`,
    ];
    return [
      `Publish — seed 001 (${doc.tables.length} tables, ${doc.forms.length} forms; PDF ${pages} pages, ${fmt(pdfBytes / 1e6, 1)} MB)`,
      ...table([
        ['output', 'median ms', 'p95 ms', 'runs', 'ratio to JSON', 'target'],
        row('html', html, TARGETS.html),
        row('xlsx', xlsx, TARGETS.xlsx),
        row('pdf', pdf, TARGETS.pdf),
        ['baseline: JSON', fmt(base.median, 3), fmt(base.p95, 3), String(base.runs), '1×', ''],
        ['chromium launch', fmt(launch), '', '1', '', 'once per process'],
      ]),
    ];
  } finally {
    await browser.close();
  }
}
