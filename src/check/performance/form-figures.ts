import type { DepartmentForm, FormAmount, ProjectForm } from '../../model/performance.js';
import { detectUnit, type MoneyUnit } from '../../model/money.js';
import type { CheckContext } from '../context.js';
import type { Figure } from '../figure.js';
import { printedStep } from '../tolerance.js';

// Money printed on 绩效目标 forms as figures (元 on every known template), so that sums, the 年度 ≤ 实施期
// comparison and the comparison with the project table go through the same engine as the tables.

export type AnyForm = ProjectForm | DepartmentForm;

export function formName(f: AnyForm): string {
  return f.kind === 'project' ? f.project : (f.department ?? f.title);
}

const UNITS = new Map<string, MoneyUnit>();

export function formUnit(f: AnyForm): MoneyUnit {
  let u = UNITS.get(f.funds_unit);
  if (!u) UNITS.set(f.funds_unit, (u = detectUnit(f.funds_unit) ?? '元'));
  return u;
}

export function formFigure(ctx: CheckContext, f: AnyForm, field: string, a: FormAmount | null | undefined): Figure {
  const index = ctx.doc.forms.indexOf(f);
  const unit = formUnit(f);
  return {
    key: `performance#${index}.${field}`,
    fen: a?.fen ?? 0,
    step: a ? printedStep(a.text, unit) : 0,
    printed: a !== null && a !== undefined,
    text: a?.text ?? null,
    loc: { table: 'performance', row: formName(f), column: field, unit, line: f.line, name: f.kind === 'project' ? (f.unit ?? null) : null },
  };
}
