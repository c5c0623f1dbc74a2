import { chromium } from 'playwright-core';

// A seed's text (a printed line a line, table cells separated by tabs) typeset as an HTML document and
// printed to PDF by Debian's chromium: runs of tab-separated lines become tables (one <td> per cell,
// rows padded to the widest; the rows before the first figure in a <thead>, which chromium repeats on
// every page a table runs over), other lines paragraphs with a first-line indent.

export interface SeedHtmlOptions {
  /** Ruled cells (the usual print) or a table printed without any line. */
  borders: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const FIGURE = /^-?[\d,]+\.\d+$/;

/** The seed's printed lines as cells; rules of dashes (an extraction artefact the text reader drops too) go. */
export function seedLines(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => !/^[\s|:+-]*-{3,}[\s|:+-]*$/.test(l))
    .map((l) => l.split('\t').map((c) => c.trim()))
    .filter((cells) => cells.some((c) => c.length > 0));
}

export function seedHtml(lines: readonly string[][], opts: SeedHtmlOptions): string {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.length < 2) {
      out.push(`<p>${esc(lines[i]![0]!)}</p>`);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.length >= 2) j++;
    const rows = lines.slice(i, j);
    const width = Math.max(...rows.map((r) => r.length));
    const firstData = rows.findIndex((r) => r.some((c) => FIGURE.test(c)));
    const head = firstData > 0 ? rows.slice(0, firstData) : [];
    const body = rows.slice(head.length);
    const tr = (r: readonly string[]) => `<tr>${Array.from({ length: width }, (_, k) => `<td>${esc(r[k] ?? '')}</td>`).join('')}</tr>`;
    out.push(`<table>${head.length ? `<thead>${head.map(tr).join('')}</thead>` : ''}<tbody>${body.map(tr).join('')}</tbody></table>`);
    i = j;
  }
  const border = opts.borders ? '0.5pt solid #000' : 'none';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 18mm 15mm; }
body { font-family: 'Noto Sans CJK SC'; font-size: 9pt; line-height: 1.5; }
p { margin: 0 0 2pt; text-indent: 2em; }
table { border-collapse: collapse; margin: 4pt 0 10pt; }
td { border: ${border}; padding: 2pt 8pt; white-space: nowrap; text-align: left; vertical-align: middle; }
tr { break-inside: avoid; }
</style></head><body>${out.join('\n')}</body></html>`;
}

/** Print HTML to PDF with chromium (no network, no downloaded browser). */
export async function printHtml(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: process.env.YUSUAN_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}
