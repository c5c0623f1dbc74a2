import { templateById } from '../../read/templates/registry.js';
import type { Rule } from '../rule.js';

// A table the template requires, not printed at all (an empty table printed with "本表无数据" is present).

export const documentMissingTable: Rule = {
  id: 'document.missing-table',
  family: 'document',
  severity: 'error',
  title: '缺少必须公开的表',
  description: '按所属模板必须公开的表（如山西 13 张表）完全没有印出。印出但注明“本表无数据”的表不算缺少。只检查预算公开文档。',
  run(ctx, emit) {
    if (ctx.doc.kind !== 'budget') return;
    const template = templateById(ctx.doc.template);
    if (!template) return;
    for (const key of template.required) {
      if (ctx.table(key)) continue;
      emit.fact({ table: key, row: null, column: null, expected: null, actual: null, difference: null, unit: null, line: null, params: { template: template.name } });
    }
  },
};
