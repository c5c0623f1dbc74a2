import { tableZh } from '../../model/table-keys.js';
import type { Rule } from '../rule.js';

// Every table states its money unit, and the tables of one disclosure use one unit: a table in 元 among
// tables in 万元 is either mislabelled or ten thousand times off.

export const documentUnit: Rule = {
  id: 'document.unit',
  family: 'document',
  severity: 'warning',
  title: '金额单位已注明且一致',
  description: '每张表应注明金额单位（如“单位：万元”），同一份公开的各表单位应一致。',
  run(ctx, emit) {
    const counts = new Map<string, number>();
    for (const t of ctx.doc.tables) if (t.unit) counts.set(t.unit, (counts.get(t.unit) ?? 0) + 1);
    const major = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    for (const t of ctx.doc.tables) {
      if (t.unit_stated === false && t.status !== 'empty') {
        emit.fact({ table: t.key, row: null, column: null, expected: major ?? ctx.defaultUnit, actual: null, difference: null, unit: null, line: t.line, params: { table_zh: tableZh(t.key), kind: 'missing' } });
      } else if (major && t.unit !== major) {
        emit.fact({ table: t.key, row: null, column: null, expected: major, actual: t.unit, difference: null, unit: null, line: t.line, params: { table_zh: tableZh(t.key), kind: 'differs' } });
      }
    }
  },
};
