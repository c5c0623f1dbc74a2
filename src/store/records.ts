import type { Disclosure, Row, Table } from '../model/disclosure.js';
import type { DepartmentForm, ProjectForm } from '../model/performance.js';

// Disclosure → the rows of each relation (pure). The inverse is load.ts; a round trip gives back the
// same model (tested on every seed).

/** A checker finding as spec §7 prints it; further fields are kept in `detail`. */
export interface FindingInput {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  table: string | null;
  row: string | null;
  column: string | null;
  expected: string | null;
  actual: string | null;
  difference: string | null;
  unit: string | null;
  message: string;
  [extra: string]: unknown;
}

export interface Records {
  tables: Record<string, unknown>[];
  columns: Record<string, unknown>[];
  rows: Record<string, unknown>[];
  cells: Record<string, unknown>[];
  projects: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
  findings: Record<string, unknown>[];
  diagnostics: Record<string, unknown>[];
  texts: Record<string, unknown>[];
}

/** Parent of each row: the nearest earlier row of a lower (positive) level on the same side. */
export function parentOrds(rows: readonly Row[]): Array<number | null> {
  const out: Array<number | null> = [];
  const stacks = new Map<string, number[]>(); // side → stack of row ords
  rows.forEach((r, i) => {
    const side = r.side ?? '';
    let stack = stacks.get(side);
    if (!stack) stacks.set(side, (stack = []));
    if (r.level <= 0) {
      out.push(null);
      return;
    }
    while (stack.length && rows[stack[stack.length - 1]!]!.level >= r.level) stack.pop();
    out.push(stack.length ? stack[stack.length - 1]! : null);
    stack.push(i);
  });
  return out;
}

export function toRecords(doc: Disclosure, findings: readonly FindingInput[] | null): Records {
  const out: Records = { tables: [], columns: [], rows: [], cells: [], projects: [], indicators: [], findings: [], diagnostics: [], texts: [] };
  doc.tables.forEach((t, ti) => tableRecords(t, ti, out));
  doc.forms.forEach((f, fi) => {
    out.projects.push(formRecord(f, fi));
    f.indicators.forEach((i, ii) => out.indicators.push({ project_ord: fi, ord: ii, ...i }));
  });
  (findings ?? []).forEach((f, i) => {
    const { rule, severity, table, row, column, expected, actual, difference, unit, message, ...rest } = f;
    out.findings.push({
      ord: i,
      rule,
      severity,
      table_key: table,
      row_ref: row,
      column_key: column,
      expected: nullableText(expected),
      actual: nullableText(actual),
      difference: nullableText(difference),
      unit,
      message,
      detail: Object.keys(rest).length ? rest : null,
    });
  });
  doc.diagnostics.forEach((d, i) => {
    out.diagnostics.push({ ord: i, code: d.code, severity: d.severity, line: d.line, page: d.page, table_key: d.table, text: d.text, detail: d.detail ?? null });
  });
  const texts = (part: string, list: ReadonlyArray<{ number?: string | null; title: string; text: string; line: number; page?: number | null }>) =>
    list.forEach((s, i) => out.texts.push({ part, ord: i, number: s.number ?? null, title: s.title, text: s.text, line: s.line, page: s.page ?? null }));
  texts('overview', doc.overview);
  texts('section', doc.sections);
  texts('glossary', doc.glossary.map((g) => ({ title: g.term, text: g.definition, line: g.line })));
  texts('toc', doc.toc.map((e) => ({ title: e.title, text: '', line: e.line, page: e.page })));
  return out;
}

function nullableText(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

function tableRecords(t: Table, ti: number, out: Records): void {
  out.tables.push({
    ord: ti,
    key: t.key,
    number: t.number,
    title: t.title,
    unit: t.unit,
    unit_stated: t.unit_stated ?? null,
    status: t.status,
    printed_entity: t.entity,
    notes: t.notes,
    confidence: t.confidence,
    line: t.line,
    end_line: t.end_line,
    page: t.page,
  });
  t.columns.forEach((c, ci) => out.columns.push({ table_ord: ti, ord: ci, key: c.key, header: c.header, side: c.side }));
  const parents = parentOrds(t.rows);
  t.rows.forEach((r, ri) => {
    out.rows.push({
      table_ord: ti,
      ord: ri,
      kind: r.kind,
      code: r.code,
      code_source: r.code_source,
      name: r.name,
      path: r.path,
      level: r.level,
      role: r.role,
      side: r.side,
      parent_ord: parents[ri] ?? null,
      line: r.line,
      page: r.page,
      attrs: r.attrs ?? null,
    });
    for (const [key, cell] of Object.entries(r.cells)) out.cells.push({ table_ord: ti, row_ord: ri, column_key: key, fen: cell.fen, text: cell.text });
  });
}

function formRecord(f: ProjectForm | DepartmentForm, ord: number): Record<string, unknown> {
  if (f.kind === 'project') {
    const { kind, title, fiscal_year, project, department, unit, attribute, category, term, funds_unit, funds, goals, indicators: _i, line, end_line, ...rest } = f;
    return {
      ord,
      form_kind: kind,
      title,
      fiscal_year,
      name: project,
      department_code: department.code,
      department_name: department.name,
      unit,
      attribute,
      category,
      term,
      funds_unit,
      annual_total_fen: funds.annual.total?.fen ?? null,
      implementation_total_fen: funds.implementation.total?.fen ?? null,
      annual_goal: goals.annual,
      detail: { ...rest, funds, goals },
      line,
      end_line,
    };
  }
  const { kind, title, fiscal_year, department, funds_unit, budget, annual_goal, indicators: _i, line, end_line, ...rest } = f;
  return {
    ord,
    form_kind: kind,
    title,
    fiscal_year,
    name: department ?? '',
    department_code: null,
    department_name: department,
    unit: null,
    attribute: null,
    category: null,
    term: null,
    funds_unit,
    annual_total_fen: budget.total?.fen ?? null,
    implementation_total_fen: null,
    annual_goal,
    detail: { ...rest, department, budget },
    line,
    end_line,
  };
}
