import type { GlossaryEntry, Section } from '../../model/disclosure.js';
import type { Chart } from '../charts/charts.js';
import { TODO_PATTERN } from '../narrative/phrases.js';
import { esc } from './escape.js';

// Text parts on portrait pages: 概况, 情况说明 (with its charts after the section they illustrate) and
// 名词解释. A line that opens with a sub-ordinal (（一）, 1.) is a sub-heading; the rest are paragraphs.
// The author's open items stay highlighted.

const SUBHEAD = /^(?:[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．])/;

function inline(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TODO_PATTERN)) {
    out += esc(text.slice(last, m.index)) + `<mark class="todo">${esc(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + esc(text.slice(last));
}

export function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => (SUBHEAD.test(l) && l.length <= 40 ? `<p class="sub">${inline(l)}</p>` : `<p>${inline(l)}</p>`))
    .join('\n');
}

export function sectionTitle(s: Section): string {
  return s.number ? `${s.number}、${s.title}` : s.title;
}

export function chartHtml(c: Chart): string {
  return `<figure class="chart">${c.svg}<p class="caption">${esc(c.caption)}</p></figure>`;
}

export function sectionsHtml(sections: readonly Section[], anchor: (i: number) => string, charts: readonly Chart[] = []): string {
  return sections
    .filter((s) => s.title || s.text)
    .map((s) => {
      const i = sections.indexOf(s);
      const mine = charts.filter((c) => s.number !== null && c.section === s.number);
      return `<section id="${anchor(i)}"><h2>${esc(sectionTitle(s))}</h2>\n${paragraphs(s.text)}${mine.map(chartHtml).join('\n')}</section>`;
    })
    .join('\n');
}

export function glossaryHtml(entries: readonly GlossaryEntry[]): string {
  const items = entries.map((e, i) => `<p><b>${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'][i] ?? i + 1}、${esc(e.term)}</b>：${esc(e.definition)}</p>`);
  return items.join('\n');
}
