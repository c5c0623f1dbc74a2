import { fold } from '../../text/fold.js';
import type { Rule } from '../rule.js';

// The entity is named the same on the cover and above every table (部门名称 / 单位名称). One finding per
// differing name, listing the tables. A name that only adds to or cuts the other (中共江苏省委办公厅 on the
// tables, 江苏省委办公厅 on the cover; a name cut off) is the same entity written longer or shorter: info.

const norm = (s: string) => fold(s).replace(/[()（）]/g, '');

export const hygieneEntityName: Rule = {
  id: 'hygiene.entity-name',
  family: 'hygiene',
  severity: 'warning',
  title: '单位名称前后一致',
  description: '封面上的部门（单位）名称应与各表表头“部门名称/单位名称”一致；同一名称的写全、简写只作提示。',
  run(ctx, emit) {
    const entity = ctx.doc.entity;
    if (!entity) return;
    const e = norm(entity);
    const byName = new Map<string, { tables: string[]; line: number }>();
    for (const t of ctx.doc.tables) {
      if (!t.entity || norm(t.entity) === e) continue;
      const g = byName.get(t.entity) ?? { tables: [], line: t.line };
      g.tables.push(t.key);
      byName.set(t.entity, g);
    }
    for (const [name, g] of byName) {
      const n = norm(name);
      const contained = n.includes(e) || e.includes(n);
      emit.fact(
        { table: g.tables[0]!, row: null, column: 'entity', expected: entity, actual: name, difference: null, unit: null, line: g.line, params: { tables: g.tables.length } },
        { severity: contained ? 'info' : 'warning' },
      );
    }
  },
};
