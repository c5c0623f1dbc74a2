import type { Params } from '../checks.js';
import type { Emitter, Rule } from '../rule.js';
import type { Table } from '../../model/disclosure.js';
import { codedRows, codeOutliers, treeContradictions, type CodedRow } from '../code-tree.js';
import { tableZh } from '../../model/table-keys.js';
import { fold, stripOrdinal } from '../../text/fold.js';

// Printed function codes: 3 digits (类), 5 (款) or 7 (项); a 款 is printed under its 类 and a 项 under its
// 款 (the nearest preceding shorter code is its prefix), as the hierarchy sums read them. A code that
// contradicts the rows around it (see code-tree.ts) is a misprint: an error, once for the same misprint in
// several tables, standing for the comparisons by code it breaks (the subject under its wrong code has no
// partner in the other tables, and its right code none in this one). A row under the wrong parent whose
// own code is right (a parent row left out) is a warning.

const FUNCTION_CODE = /^\d{3}(\d{2}){0,2}$/;

/** A misprinted code: an error standing for the comparisons by code it breaks (rows of either code, any table). */
function misprint(emit: Emitter, table: string, at: CodedRow, right: string, params: Params): void {
  const wrong = at.code;
  emit.fact(
    { table, row: wrong, column: null, expected: right, actual: wrong, difference: null, unit: null, line: at.row.line, params: { name: at.row.name, ...params } },
    { covers: (p) => p.loc.row === wrong || p.loc.row === right },
  );
}

/** The code a malformed one stands for: the one other tables print for the same name under the valid code above it. */
function meantCode(rows: readonly CodedRow[], at: CodedRow, others: ReadonlyArray<{ rows: readonly CodedRow[] }>): string | null {
  const k = rows.indexOf(at);
  let parent = '';
  for (let i = k - 1; i >= 0; i--) {
    if (FUNCTION_CODE.test(rows[i]!.code)) { parent = rows[i]!.code; break; }
  }
  const name = subject(at.row.name);
  const found = new Set<string>();
  for (const o of others) {
    for (const r of o.rows) if (r.code.startsWith(parent) && r.code.length > parent.length && subject(r.row.name) === name) found.add(r.code);
  }
  return found.size === 1 ? [...found][0]! : null;
}

const subject = (name: string): string => fold(stripOrdinal(name.trim()));

export const codeStructure: Rule = {
  id: 'code.structure',
  family: 'code',
  severity: 'error',
  title: '功能科目编码结构',
  description:
    '印出的功能分类科目编码应为 3 位（类）、5 位（款）或 7 位（项）数字；款、项应列在其上级科目之下（前缀一致）。与上下级科目矛盾的编码（如列在类 208 之下、其下各项以 20805 开头的款印为 20905）' +
    '为错误，按上下级推出应有的编码（位数不对的编码如 210010，按其他表在同一上级科目下同名科目的编码推出），同一错误印在几张表中只报告一次，并代表由此引起的按科目核对不符；上级科目缺印等其他层级问题给出警告。',
  run(ctx, emit) {
    const misprints = new Map<string, { tables: string[]; emit: (others: string[]) => void }>();
    const coded: Array<{ table: Table; rows: CodedRow[] }> = [];
    const malformed: Array<{ table: Table; rows: CodedRow[]; at: CodedRow }> = [];
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      const rows = codedRows(t);
      // Function classification codes begin with 2; economic codes (3xx, 5xx) have their own structure.
      if (rows.filter((r) => r.code.startsWith('2')).length * 2 < rows.length) continue;
      coded.push({ table: t, rows: rows.filter((r) => FUNCTION_CODE.test(r.code)) });
      const lengths = new Set(rows.map((r) => r.code.length));
      // A table that leaves out a whole level (项 under 类, no 款) is one finding, not one per row.
      if (!lengths.has(5) && lengths.has(3) && lengths.has(7)) {
        const first = rows.find((r) => r.code.length === 7)!;
        emit.fact({ table: t.key, row: null, column: null, expected: '5 位', actual: null, difference: null, unit: null, line: first.row.line, params: { kind: 'level-skipped' } }, { severity: 'warning' });
      }
      const printed = new Set(rows.map((r) => r.code));
      for (const r of rows) {
        const loc = { table: t.key, row: r.printed ?? r.code, column: null, unit: null, line: r.row.line, difference: null };
        if (r.printed !== undefined) {
          emit.fact({ ...loc, expected: r.code, actual: r.printed, params: { name: r.row.name, kind: 'letters' } }, { covers: (p) => p.loc.row === r.code });
        } else if (!FUNCTION_CODE.test(r.code)) malformed.push({ table: t, rows, at: r });
      }
      const { misprints: found, misplaced } = treeContradictions(rows.filter((r) => FUNCTION_CODE.test(r.code)));
      for (const m of found) {
        const wrong = m.at.code;
        const right = m.expected;
        const key = `${wrong}>${right}`;
        const seen = misprints.get(key);
        if (seen) {
          seen.tables.push(t.key);
          continue;
        }
        const entry = {
          tables: [] as string[],
          emit: (others: string[]) =>
            misprint(emit, t.key, m.at, right, { kind: 'prefix', parent: m.parent ?? '', children: m.children, ...(others.length ? { also: others.map(tableZh).join('、') } : {}) }),
        };
        misprints.set(key, entry);
      }
      for (const m of misplaced) {
        const kind = printed.has(m.parentCode) ? 'misplaced' : 'parent-missing';
        emit.fact(
          { table: t.key, row: m.at.code, column: null, unit: null, line: m.at.row.line, difference: null, expected: m.parentCode, actual: kind === 'misplaced' ? m.above : null, params: { name: m.at.row.name, kind } },
          { severity: 'warning' },
        );
      }
    }
    for (const m of misprints.values()) m.emit(m.tables);
    // A code of the wrong length (210010): where the other tables print the same subject under the code
    // above it, that code is the one meant, and the misprint stands for the comparisons it breaks.
    for (const m of malformed) {
      const right = meantCode(m.rows, m.at, coded.filter((c) => c.table !== m.table));
      const loc = { table: m.table.key, row: m.at.code, column: null, unit: null, line: m.at.row.line, difference: null };
      const params = { name: m.at.row.name, kind: 'length', length: m.at.code.length };
      if (right) misprint(emit, m.table.key, m.at, right, params);
      else emit.fact({ ...loc, expected: '3/5/7 位', actual: `${m.at.code.length} 位`, params });
    }
    // A valid code in one table where the others print the same subject under another.
    for (const o of codeOutliers(coded)) {
      const wrong = o.at.code;
      const right = o.expected;
      if (misprints.has(`${wrong}>${right}`)) continue;
      misprint(emit, o.table.key, o.at, right, { kind: 'tables', other: o.others.map((t) => tableZh(t.key)).join('、') });
    }
  },
};
