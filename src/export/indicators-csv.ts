import type { Disclosure } from '../model/disclosure.js';
import { csvLine } from './csv.js';

// spec §6: one line per indicator of every 绩效目标 form.

export const INDICATOR_HEADER = ['doc_id', 'project', 'unit', 'period', 'level1', 'level2', 'name', 'value', 'op', 'number', 'unit_of_measure'] as const;

export function* indicatorsCsv(doc: Disclosure): Generator<string> {
  yield csvLine(INDICATOR_HEADER);
  for (const f of doc.forms) {
    const project = f.kind === 'project' ? f.project : '（部门整体）';
    const unit = f.kind === 'project' ? f.unit : f.department;
    for (const i of f.indicators) {
      yield csvLine([doc.id, project, unit, i.period, i.level1, i.level2, i.name, i.value, i.op, i.number, i.unit]);
    }
  }
}
