import { fold } from '../../text/fold.js';
import type { Rule } from '../rule.js';

// The entity is named the same on the cover and above every table (部门名称 / 单位名称).

const norm = (s: string) => fold(s).replace(/[()（）]/g, '');

export const hygieneEntityName: Rule = {
  id: 'hygiene.entity-name',
  family: 'hygiene',
  severity: 'warning',
  title: '单位名称前后一致',
  description: '封面上的部门（单位）名称应与各表表头“部门名称/单位名称”一致。',
  run(ctx, emit) {
    const entity = ctx.doc.entity;
    if (!entity) return;
    for (const t of ctx.doc.tables) {
      if (!t.entity || norm(t.entity) === norm(entity)) continue;
      emit.fact({ table: t.key, row: null, column: 'entity', expected: entity, actual: t.entity, difference: null, unit: null, line: t.line });
    }
  },
};
