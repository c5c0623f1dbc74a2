import type { Rule } from '../rule.js';

// Printed function codes: 3 digits (类), 5 (款) or 7 (项); a 款 is printed under its 类 and a 项 under its
// 款 (the nearest preceding shorter code is its prefix), as the hierarchy sums read them.

export const codeStructure: Rule = {
  id: 'code.structure',
  family: 'code',
  severity: 'error',
  title: '功能科目编码结构',
  description: '印出的功能分类科目编码应为 3 位（类）、5 位（款）或 7 位（项）数字；款、项应列在其上级科目之下（前缀一致），上级科目缺印时提示。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      const printed = t.rows.filter((r) => r.code && r.code_source === 'printed');
      // Function classification codes begin with 2; economic codes (3xx, 5xx) have their own structure.
      if (printed.filter((r) => r.code!.startsWith('2')).length * 2 < printed.length) continue;
      const all = new Set(printed.map((r) => r.code!));
      const lengths = new Set([...all].map((c) => c.length));
      // A table that leaves out a whole level (项 under 类, no 款) is one finding, not one per row.
      for (const len of [5]) {
        if (lengths.has(len) || !lengths.has(len - 2) || !lengths.has(len + 2)) continue;
        const first = printed.find((r) => r.code!.length === len + 2)!;
        emit.fact({ table: t.key, row: null, column: null, expected: `${len} 位`, actual: null, difference: null, unit: null, line: first.line, params: { kind: 'level-skipped' } }, { severity: 'warning' });
      }
      const under = new Map<number, string>(); // the last code printed at each length: what a longer code sits under
      for (const r of printed) {
        const code = r.code!;
        const loc = { table: t.key, row: code, column: null, unit: null, line: r.line, difference: null };
        if (!/^\d+$/.test(code) || ![3, 5, 7].includes(code.length)) {
          emit.fact({ ...loc, expected: '3/5/7 位', actual: `${code.length} 位`, params: { name: r.name, kind: 'length' } });
          continue;
        }
        const parent = code.slice(0, code.length - 2);
        if (code.length > 3 && lengths.has(parent.length)) {
          const above = under.get(parent.length) ?? null;
          if (!all.has(parent)) {
            emit.fact({ ...loc, expected: parent, actual: null, params: { name: r.name, kind: 'parent-missing' } }, { severity: 'warning' });
          } else if (above !== parent) {
            emit.fact({ ...loc, expected: parent, actual: above, params: { name: r.name, kind: 'misplaced' } }, { severity: 'warning' });
          }
        }
        under.set(code.length, code);
        for (const l of [...under.keys()]) if (l > code.length) under.delete(l);
      }
    }
  },
};
