import { yearPlaces } from '../document-years.js';
import type { Rule } from '../rule.js';

// Every place the document names its own year agrees with the document's year (the majority of its cover,
// titles, heads and narrative: see document-years.ts). Each place printing another year is one error —
// a head spanning three columns is one place. A TOC naming other years is one warning: TOCs are often
// copied from last year's document. Prior years named in comparisons (比2023年, 截至2023年12月31日) are
// not places the document names its own year.

export const documentYear: Rule = {
  id: 'document.year',
  family: 'document',
  severity: 'error',
  title: '年度与预算年度一致',
  description:
    '预算年度取封面标题、各表标题与表头、情况说明标题及以“某年（度）+ 本部门/单位”开头的句子中多数印出的年度；与之不同的每一处（每个标题、每个表头各一次）为错误，' +
    '绩效目标表的年度同样核对；目录中的年度与之不同时给出一条警告（目录常沿用上年）。',
  run(ctx, emit) {
    const fy = ctx.fiscalYear;
    if (fy === null) return;
    const places = yearPlaces(ctx.doc).filter((p) => p.year !== fy);
    const toc = places.filter((p) => p.kind === 'toc');
    for (const p of places) {
      if (p.kind === 'toc') continue;
      emit.fact({ table: p.table, row: p.row, column: p.column, expected: String(fy), actual: String(p.year), difference: String(p.year - fy), unit: '年', line: p.line, params: { where: p.where } });
    }
    const first = toc[0];
    if (first) {
      emit.fact(
        { table: 'document', row: first.row, column: 'toc', expected: String(fy), actual: String(first.year), difference: String(first.year - fy), unit: '年', line: first.line, params: { where: '目录', entries: new Set(toc.map((p) => p.row)).size } },
        { severity: 'warning' },
      );
    }
  },
};
