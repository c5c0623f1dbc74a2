import { tableZh } from '../../model/table-keys.js';
import type { Rule } from '../rule.js';

// Titles, table heads, the TOC, the 情况说明 and the forms name the fiscal year; a different year where
// the document speaks of its own budget contradicts it. Prior years are named legitimately in
// comparisons (比2023年, 截至2023年12月31日), so narrative sentences are read only where they open with a
// year followed by the entity or 本部门 / 本单位.

const YEAR = /((?:19|20)\d{2})\s*年/g;

function years(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR)) out.push(Number(m[1]));
  return out;
}

export const documentYear: Rule = {
  id: 'document.year',
  family: 'document',
  severity: 'error',
  title: '年度与预算年度一致',
  description: '封面标题、目录、各表标题与表头、情况说明中以“某年（度）+ 本部门/单位”开头的句子、各绩效目标表的年度，应与预算年度一致。',
  run(ctx, emit) {
    const doc = ctx.doc;
    const fy = doc.fiscal_year;
    if (fy === null) return;
    const report = (table: string, row: string | null, column: string | null, printed: number, line: number | null, where: string) =>
      emit.fact({ table, row, column, expected: String(fy), actual: String(printed), difference: String(printed - fy), unit: '年', line, params: { where } });
    for (const y of years(doc.title ?? '')) if (y !== fy) report('document', null, 'title', y, null, '封面标题');
    for (const e of doc.toc) for (const y of years(e.title)) if (y !== fy) report('document', e.title, 'toc', y, e.line, '目录');
    for (const t of doc.tables) {
      for (const y of years(t.title)) if (y !== fy) report(t.key, null, 'title', y, t.line, `${tableZh(t.key)}标题`);
      for (const c of t.columns) for (const h of c.header) for (const y of years(h)) if (y !== fy) report(t.key, null, c.key, y, t.line, `表头「${h}」`);
    }
    const entity = doc.entity ? doc.entity.replace(/\s+/g, '') : null;
    for (const s of doc.sections) {
      for (const y of years(s.title)) if (y !== fy && !/上年|以前|截至/.test(s.title)) report('narrative', s.title, 'title', y, s.line, '情况说明标题');
      for (const sentence of s.text.split(/[。\n]/)) {
        const m = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?((?:19|20)\d{2})\s*年度?(.{0,40})/.exec(sentence);
        if (!m) continue;
        const y = Number(m[1]);
        const rest = m[2]!.replace(/\s+/g, '');
        const aboutSelf = /^(本部门|本单位|我部门|我单位|部门|单位)/.test(rest) || (entity !== null && rest.startsWith(entity)) || /^(部门|单位)?预算/.test(rest);
        if (aboutSelf && y !== fy) report('narrative', s.title, 'text', y, s.line, '情况说明');
      }
    }
    for (const f of doc.forms) {
      if (f.fiscal_year !== null && f.fiscal_year !== fy) report('performance', f.kind === 'project' ? f.project : (f.department ?? f.title), 'fiscal_year', f.fiscal_year, f.line, '绩效目标表年度');
    }
  },
};
