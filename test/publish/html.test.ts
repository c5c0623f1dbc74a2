import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { disclosureCharts } from '../../src/publish/charts/charts.js';
import { disclosureHtml, tocItems } from '../../src/publish/html/document-html.js';
import { publishInput, type Publication } from '../../src/publish/publication.js';
import { readWorkbook } from '../../src/publish/workbook/read-workbook.js';
import { templateWorkbook } from '../../src/publish/workbook/template.js';
import { fillUnit002 } from './unit-figures.js';

// The HTML of a unit's disclosure (seed 002's figures through the data-entry workbook) against a golden
// file. Charts are compared by presence and size only (their SVG is ECharts' to draw); set
// UPDATE_GOLDEN=1 to rewrite the golden file after a deliberate change, and review the diff.

const GOLDEN = join(import.meta.dirname, 'golden', 'unit-002.html');

export function normaliseHtml(html: string): string {
  return html.replace(/<svg\b[^>]*width="(\d+)"[^>]*height="(\d+)"[\s\S]*?<\/svg>/g, '<svg width="$1" height="$2"/>');
}

let pub: Publication;
let html: string;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await templateWorkbook({ year: 2024, level: 'unit' })) as unknown as ArrayBuffer);
  fillUnit002(wb);
  const r = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
  if (!r.ok) throw new Error(r.problems.join('\n'));
  pub = publishInput(r.input, { name: 'unit-002.xlsx', format: 'xlsx', bytes: new TextEncoder().encode('unit-002') });
  const pages = Object.fromEntries(tocItems(pub.doc).map((t, i) => [t.anchor, i + 3]));
  html = disclosureHtml(pub.doc, { charts: disclosureCharts(pub.doc), pages });
});

describe('disclosure HTML', () => {
  it('matches the golden file', () => {
    const got = normaliseHtml(html);
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, got);
    expect(got).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('draws multi-level merged headers and repeats them on every page', () => {
    expect(html).toContain('<th colspan="2">项目</th><th colspan="6">本年收入</th><th rowspan="2">上年结转</th>');
    expect(html).toContain('<th colspan="2">收入</th><th colspan="4">支出</th>');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('@page landscape { size: A4 landscape;');
    expect(html).toContain('@bottom-center { content: "- " counter(page) " -"');
  });

  it('lists every part, table and section in the contents with its page', () => {
    expect(html).toMatch(/<a class="t" href="#table-1-summary">表一 2024年预算收支总表<\/a><span class="dots"><\/span><span class="p">\d+<\/span>/);
    expect(tocItems(pub.doc)).toHaveLength(1 + 2 + 1 + 13 + 1 + 12 + 1 + 1);
  });

  it('embeds the three charts as SVG', () => {
    expect(html.match(/<figure class="chart"><svg/g)).toHaveLength(3);
    expect(html).toContain('一般公共预算当年拨款结构图');
    expect(html).toContain('“三公”经费分布图');
    expect(html).toContain('财政拨款支出功能分类图');
  });

  it('highlights what the author still owes', () => {
    expect(html).toContain('<mark class="todo">【待补充：上年预算数】</mark>');
  });
});
