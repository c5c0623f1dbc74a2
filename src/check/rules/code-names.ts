import { functionClassCode, functionClassName } from '../../model/catalog/function-classes.js';
import { fold, stripOrdinal } from '../../text/fold.js';
import type { Rule } from '../rule.js';

// One code, one name: the same function code printed with different names in two tables, or a 类 code
// printed with the name of another 类 in the catalogue (which knows the names of every year).

const norm = (s: string) => fold(stripOrdinal(s)).replace(/[()]/g, '');

export const codeNames: Rule = {
  id: 'code.names',
  family: 'code',
  severity: 'warning',
  title: '同一科目编码名称一致',
  description: '同一功能科目编码在不同表中的名称应相同；类级编码的名称应与《政府收支分类科目》中该编码的名称相符。',
  run(ctx, emit) {
    const first = new Map<string, { table: string; name: string }>();
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      for (const r of t.rows) {
        if (!r.code || r.code_source !== 'printed' || !/^\d{3}(\d{2}){0,2}$/.test(r.code)) continue;
        const name = norm(r.name);
        if (!name) continue;
        if (r.code.length === 3) {
          const byName = functionClassCode(r.name);
          if (byName !== null && byName !== r.code) {
            emit.fact({ table: t.key, row: r.code, column: null, expected: functionClassName(r.code) ?? null, actual: r.name, difference: null, unit: null, line: r.line, params: { kind: 'catalog', other_code: byName } });
          }
        }
        const seen = first.get(r.code);
        if (!seen) first.set(r.code, { table: t.key, name: r.name });
        else if (norm(seen.name) !== name) {
          emit.fact({ table: t.key, row: r.code, column: null, expected: seen.name, actual: r.name, difference: null, unit: null, line: r.line, params: { kind: 'tables', other: seen.table } });
        }
      }
    }
  },
};
