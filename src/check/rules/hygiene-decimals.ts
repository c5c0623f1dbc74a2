import { tableZh } from '../../model/table-keys.js';
import { printedDecimals } from '../tolerance.js';
import type { Rule } from '../rule.js';

// Amounts are published to the 分 of their unit: more than two decimals (18041.693 万元) is a slip of
// formatting or of the figure.

export const hygieneDecimals: Rule = {
  id: 'hygiene.decimals',
  family: 'hygiene',
  severity: 'warning',
  title: '金额小数位不超过两位',
  description: '表格、情况说明和绩效目标表中的金额不应超过两位小数。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      t.rows.forEach((r, i) => {
        for (const [col, c] of Object.entries(r.cells)) {
          if (printedDecimals(c.text) <= 2) continue;
          const { table, row, column, unit, line } = ctx.location(t, i, col);
          emit.fact({ table, row, column, unit, line, expected: '≤2 位小数', actual: c.text, difference: null, params: { table_zh: tableZh(t.key), name: r.name } });
        }
      });
    }
    for (const s of ctx.doc.sections) {
      for (const m of s.text.matchAll(/(\d[\d,，]*[.．]\d{3,})\s*(亿元|万元|元)/g)) {
        emit.fact({ table: 'narrative', row: s.title, column: 'amount', expected: '≤2 位小数', actual: `${m[1]}${m[2]}`, difference: null, unit: m[2]!, line: s.line });
      }
    }
    for (const f of ctx.doc.forms) {
      if (f.kind !== 'project') continue;
      for (const block of [f.funds.implementation, f.funds.annual]) {
        for (const a of [block.total, ...Object.values(block.sources)]) {
          if (a && printedDecimals(a.text) > 2) emit.fact({ table: 'performance', row: f.project, column: 'funds', expected: '≤2 位小数', actual: a.text, difference: null, unit: f.funds_unit, line: f.line });
        }
      }
    }
  },
};
