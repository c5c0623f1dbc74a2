import type { Rule } from '../rule.js';
import { tableEvidence } from '../table-evidence.js';
import { absenceData, evidenceParams } from './document-empty-table.js';

// A table the template requires, not printed at all (an empty table printed with "本表无数据" is present).
// Reported once, with what shows it should have figures where other tables or the 说明 show it; it stands
// for every failure reading its figures.

export const documentMissingTable: Rule = {
  id: 'document.missing-table',
  family: 'document',
  severity: 'error',
  title: '缺少必须公开的表',
  description: '按所属模板必须公开的表（如山西 13 张表）完全没有印出。印出但注明“本表无数据”的表不算缺少。只检查预算公开文档。其他表或情况说明显示了该表应有的金额时一并列出。',
  run(ctx, emit) {
    if (ctx.doc.kind !== 'budget') return;
    const template = ctx.template;
    if (!template) return;
    for (const key of template.required) {
      if (ctx.table(key)) continue;
      const f = tableEvidence(ctx, key)[0];
      const base = { table: key, row: null, column: null, expected: null, actual: null, difference: null, unit: null, line: null };
      emit.fact(f ? { ...base, ...absenceData(key, f), column: null, params: { template: template.name, ...evidenceParams(f) } } : { ...base, params: { template: template.name } }, {
        covers: (p) => p.absentTable === key,
      });
    }
  },
};
