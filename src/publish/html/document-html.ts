import type { Disclosure } from '../../model/disclosure.js';
import type { ProjectForm } from '../../model/performance.js';
import type { Chart } from '../charts/charts.js';
import { cnOrdinal } from '../derive/build.js';
import { documentTitle } from '../publication.js';
import { esc } from './escape.js';
import { projectFormHtml } from './forms-html.js';
import { PRINT_CSS } from './styles.js';
import { tableAnchor, tableHtml } from './table-html.js';
import { glossaryHtml, paragraphs, sectionsHtml, sectionTitle } from './text-html.js';

// The whole disclosure as one print-ready HTML document: cover, table of contents, 第一部分 概况,
// 第二部分 报表 (landscape), 第三部分 情况说明 with charts, 第四部分 名词解释, and the 绩效目标 forms.
// Pure: page numbers for the contents come in from a layout pass (pdf.ts), or are left out.

export interface TocItem {
  anchor: string;
  title: string;
  level: 1 | 2;
}

export interface HtmlOptions {
  charts?: readonly Chart[];
  /** Page of each anchor, from a print layout pass; '00' placeholders when `placeholders` is set. */
  pages?: Readonly<Record<string, number>>;
  placeholders?: boolean;
  /**
   * A layout pass: the forms after the first left out (no anchor follows them) and nothing painted but
   * the anchored boxes — visibility does not change layout, and unpainted text costs the printer nothing.
   */
  layoutOnly?: boolean;
  /** Only the cover and the contents (to print the contents pages again with their numbers). */
  tocOnly?: boolean;
}

const scopeOf = (doc: Disclosure): string => (doc.level === 'department' ? '部门' : '单位');

export function tocItems(doc: Disclosure): TocItem[] {
  const year = doc.fiscal_year ?? '';
  const items: TocItem[] = [{ anchor: 'part-1', title: '第一部分 概况', level: 1 }];
  doc.overview.forEach((s, i) => items.push({ anchor: `overview-${i + 1}`, title: sectionTitle(s), level: 2 }));
  items.push({ anchor: 'part-2', title: `第二部分 ${year}年${scopeOf(doc)}预算报表`, level: 1 });
  doc.tables.forEach((t, i) => items.push({ anchor: tableAnchor(t, i), title: `表${cnOrdinal(i + 1)} ${t.title}`, level: 2 }));
  items.push({ anchor: 'part-3', title: `第三部分 ${year}年度${scopeOf(doc)}预算情况说明`, level: 1 });
  doc.sections.forEach((s, i) => {
    if (s.title) items.push({ anchor: `section-${i + 1}`, title: sectionTitle(s), level: 2 });
  });
  items.push({ anchor: 'part-4', title: '第四部分 名词解释', level: 1 });
  if (doc.forms.some((f) => f.kind === 'project')) items.push({ anchor: 'part-5', title: '附件 项目支出绩效目标', level: 1 });
  return items;
}

function tocHtml(items: readonly TocItem[], opts: HtmlOptions): string {
  const li = items.map((it) => {
    const page = opts.placeholders ? '00' : opts.pages?.[it.anchor] !== undefined ? String(opts.pages[it.anchor]) : '';
    return `<li class="l${it.level}"><a class="t" href="#${it.anchor}">${esc(it.title)}</a><span class="dots"></span><span class="p">${page}</span></li>`;
  });
  return `<nav class="toc"><h1>目\u3000录</h1><ol>${li.join('')}</ol></nav>`;
}

const LAYOUT_ONLY_CSS = 'body * { visibility: hidden !important; } [id], .toc, .toc * { visibility: visible !important; }';

function formsHtml(forms: readonly ProjectForm[], year: number | null, heading: () => string, layoutOnly: boolean): string[] {
  if (forms.length === 0) return [];
  // The layout pass needs only where the appendix starts: the first form's page, not the rest.
  const shown = layoutOnly ? forms.slice(0, 1) : forms;
  return shown.map((f, i) => projectFormHtml(f, i, forms.length, year, i === 0 ? heading() : ''));
}

export function disclosureHtml(doc: Disclosure, opts: HtmlOptions = {}): string {
  const title = doc.title ?? documentTitle(doc.fiscal_year, doc.level);
  const items = tocItems(doc);
  const part = (anchor: string) => items.find((i) => i.anchor === anchor)!.title;
  const tables = doc.tables.map((t, i) => {
    const html = tableHtml(doc, t, i);
    // The part heading opens the first table's page rather than taking a page of its own.
    return i === 0 ? html.replace('>\n', `>\n<h1 id="part-2" class="part-title">${esc(part('part-2'))}</h1>\n`) : html;
  });
  const forms = doc.forms.filter((f): f is ProjectForm => f.kind === 'project');
  const cover = `<section class="cover"><div class="entity">${esc(doc.entity ?? '')}</div><div class="doc-title">${esc(title)}</div></section>`;
  const body = opts.tocOnly ? [cover, tocHtml(items, opts)] : [
    cover,
    tocHtml(items, opts),
    `<section class="part" id="part-1"><h1>${esc(part('part-1'))}</h1>`,
    ...doc.overview.map((s, i) => `<section id="overview-${i + 1}"><h2>${esc(sectionTitle(s))}</h2>\n${paragraphs(s.text)}</section>`),
    '</section>',
    ...(doc.tables.length ? tables : [`<section class="part" id="part-2"><h1>${esc(part('part-2'))}</h1></section>`]),
    `<section class="part" id="part-3"><h1>${esc(part('part-3'))}</h1>`,
    sectionsHtml(doc.sections, (i) => `section-${i + 1}`, opts.charts ?? []),
    '</section>',
    `<section class="part glossary" id="part-4"><h1>${esc(part('part-4'))}</h1>`,
    glossaryHtml(doc.glossary),
    '</section>',
    ...formsHtml(forms, doc.fiscal_year, () => `<h1 id="part-5" class="part-title">${esc(part('part-5'))}</h1>`, opts.layoutOnly === true),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${esc(`${doc.entity ?? ''}${title}`)}</title>`,
    `<style>${PRINT_CSS}${opts.layoutOnly ? LAYOUT_ONLY_CSS : ''}</style>`,
    '</head><body>',
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}
