import { fold } from '../../text/fold.js';
import { sameUnit } from '../performance/match.js';
import type { Rule } from '../rule.js';

// Forms belong to the disclosure's entity: in a department's disclosure the 主管部门 (and its code) is the
// department; in a unit's, the 实施单位 is the unit.

export const performanceFormEntity: Rule = {
  id: 'performance.form-entity',
  family: 'performance',
  severity: 'warning',
  title: '绩效目标表属于本部门（单位）',
  description: '部门预算公开所附绩效目标表的主管部门（及代码）应为本部门；单位预算公开所附绩效目标表的实施单位应为本单位。',
  run(ctx, emit) {
    const doc = ctx.doc;
    if (!doc.entity) return;
    for (const f of doc.forms) {
      if (f.kind !== 'project') continue;
      const base = { table: 'performance', row: f.project, difference: null, unit: null, line: f.line };
      if (doc.level === 'department') {
        const name = f.department.name;
        if (name && fold(name).replace(/\(汇总\)$/, '') !== fold(doc.entity)) emit.fact({ ...base, column: 'department', expected: doc.entity, actual: name });
        else if (f.department.code && doc.entity_code && f.department.code !== doc.entity_code) emit.fact({ ...base, column: 'department_code', expected: doc.entity_code, actual: f.department.code });
      } else if (f.unit && !sameUnit(f.unit, doc.entity)) {
        emit.fact({ ...base, column: 'unit', expected: doc.entity, actual: f.unit });
      }
    }
  },
};
