import type { Cell, Column, Disclosure, Row, Table } from '../model/disclosure.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DepartmentForm, Indicator, ProjectForm } from '../model/performance.js';
import type { Queryable } from './db.js';
import type { FindingInput } from './records.js';

// Relations → the canonical model (the inverse of records.ts), for exports and the disclosure page.

type R = Record<string, unknown>;

export interface DisclosureRow {
  entity_id: number;
  id: string;
  sha256: string;
  kind: Disclosure['kind'];
  level: Disclosure['level'];
  fiscal_year: number | null;
  entity: string | null;
  entity_code: string | null;
  template: string;
  title: string | null;
  source_name: string;
  source_format: Disclosure['source']['format'];
  source_bytes: number;
  source_pages: number | null;
  source_parts: Disclosure['source']['parts'] | null;
  total_fen: number | null;
  total_label: string | null;
  total_unit: string | null;
  table_count: number;
  form_count: number;
  indicator_count: number;
  errors: number;
  warnings: number;
  infos: number;
  checked_at: Date | string | null;
  imported_at: Date | string;
  is_current: boolean;
  superseded_at: Date | string | null;
  superseded_by: string | null;
}

export async function disclosureRow(db: Queryable, id: string): Promise<DisclosureRow | null> {
  const rows = await db.query<DisclosureRow>('SELECT * FROM disclosures WHERE id = $1', [id]);
  return rows[0] ?? null;
}

const KEY = 'entity_id = $1 AND disclosure_id = $2';

/** Tables with their columns, rows and cells; `keys` limits which tables (by canonical key). */
export async function loadTables(db: Queryable, entityId: number, id: string, keys?: readonly string[]): Promise<Table[]> {
  const filter = keys ? ' AND key = ANY($3::text[])' : '';
  const args = keys ? [entityId, id, keys] : [entityId, id];
  const tables = await db.query<R>(`SELECT * FROM doc_tables WHERE ${KEY}${filter} ORDER BY ord`, args);
  if (tables.length === 0) return [];
  const ords = tables.map((t) => t.ord as number);
  const sub = ' AND table_ord = ANY($3::int[])';
  const [columns, rows, cells] = await Promise.all([
    db.query<R>(`SELECT * FROM doc_columns WHERE ${KEY}${sub} ORDER BY table_ord, ord`, [entityId, id, ords]),
    db.query<R>(`SELECT * FROM doc_rows WHERE ${KEY}${sub} ORDER BY table_ord, ord`, [entityId, id, ords]),
    db.query<R>(`SELECT table_ord, row_ord, column_key, fen, text FROM cells WHERE ${KEY}${sub}`, [entityId, id, ords]),
  ]);
  const cellsOf = new Map<string, Record<string, Cell>>();
  for (const c of cells) {
    const k = `${c.table_ord as number}/${c.row_ord as number}`;
    let m = cellsOf.get(k);
    if (!m) cellsOf.set(k, (m = {}));
    m[c.column_key as string] = { fen: c.fen as number, text: c.text as string };
  }
  return tables.map((t) => {
    const ord = t.ord as number;
    const cols: Column[] = columns.filter((c) => c.table_ord === ord).map((c) => ({ key: c.key as string, header: c.header as string[], side: c.side as string | null }));
    const rs: Row[] = rows
      .filter((r) => r.table_ord === ord)
      .map((r) => ({
        kind: r.kind as Row['kind'],
        code: r.code as string | null,
        code_source: r.code_source as Row['code_source'],
        name: r.name as string,
        path: r.path as string[],
        level: r.level as number,
        role: r.role as string | null,
        side: r.side as string | null,
        cells: cellsOf.get(`${ord}/${r.ord as number}`) ?? {},
        ...(r.attrs ? { attrs: r.attrs as Record<string, string> } : {}),
        line: r.line as number,
        page: r.page as number | null,
      }));
    const table: Table = {
      key: t.key as string,
      number: t.number as string | null,
      title: t.title as string,
      unit: t.unit as Table['unit'],
      status: t.status as Table['status'],
      entity: t.printed_entity as string | null,
      columns: cols,
      rows: rs,
      notes: t.notes as string[],
      confidence: t.confidence as number,
      line: t.line as number,
      end_line: t.end_line as number,
      page: t.page as number | null,
    };
    if (t.unit_stated !== null) table.unit_stated = t.unit_stated as boolean;
    return table;
  });
}

export async function loadForms(db: Queryable, entityId: number, id: string, ords?: readonly number[]): Promise<Array<ProjectForm | DepartmentForm>> {
  const filter = ords ? ' AND ord = ANY($3::int[])' : '';
  const args = ords ? [entityId, id, ords] : [entityId, id];
  const [forms, indicators] = await Promise.all([
    db.query<R>(`SELECT * FROM projects WHERE ${KEY}${filter} ORDER BY ord`, args),
    db.query<R>(`SELECT * FROM indicators WHERE ${KEY}${ords ? ' AND project_ord = ANY($3::int[])' : ''} ORDER BY project_ord, ord`, args),
  ]);
  const byForm = new Map<number, Indicator[]>();
  for (const i of indicators) {
    const list = byForm.get(i.project_ord as number) ?? [];
    list.push({
      period: i.period as Indicator['period'],
      level1: i.level1 as string | null,
      level2: i.level2 as string | null,
      name: i.name as string,
      value: i.value as string,
      op: i.op as Indicator['op'],
      number: i.number as number | null,
      unit: i.unit as string | null,
      line: i.line as number,
    });
    byForm.set(i.project_ord as number, list);
  }
  return forms.map((f) => formFrom(f, byForm.get(f.ord as number) ?? []));
}

function formFrom(f: R, indicators: Indicator[]): ProjectForm | DepartmentForm {
  const detail = f.detail as R;
  if (f.form_kind === 'project') {
    return {
      kind: 'project',
      title: f.title as string,
      fiscal_year: f.fiscal_year as number | null,
      project: f.name as string,
      department: { code: f.department_code as string | null, name: f.department_name as string | null },
      unit: f.unit as string | null,
      attribute: f.attribute as string | null,
      category: f.category as string | null,
      term: f.term as string | null,
      start_date: detail.start_date as string | null,
      end_date: detail.end_date as string | null,
      funds_unit: f.funds_unit as string,
      funds: detail.funds as ProjectForm['funds'],
      texts: detail.texts as ProjectForm['texts'],
      goals: detail.goals as ProjectForm['goals'],
      indicators,
      filled_at: detail.filled_at as string | null,
      line: f.line as number,
      end_line: f.end_line as number,
    };
  }
  return {
    kind: 'department',
    title: f.title as string,
    fiscal_year: f.fiscal_year as number | null,
    department: detail.department as string | null,
    internal_divisions: detail.internal_divisions as number | null,
    budget_units: detail.budget_units as number | null,
    staffing: detail.staffing as number | null,
    staff: detail.staff as number | null,
    duties: detail.duties as string | null,
    strategy: detail.strategy as string | null,
    funds_unit: f.funds_unit as string,
    budget: detail.budget as DepartmentForm['budget'],
    tasks: detail.tasks as DepartmentForm['tasks'],
    annual_goal: f.annual_goal as string | null,
    indicators,
    line: f.line as number,
    end_line: f.end_line as number,
  };
}

export async function loadFindings(db: Queryable, entityId: number, id: string): Promise<FindingInput[]> {
  const rows = await db.query<R>(`SELECT * FROM findings WHERE ${KEY} ORDER BY ord`, [entityId, id]);
  return rows.map((f) => ({
    ...((f.detail as R | null) ?? {}),
    rule: f.rule as string,
    severity: f.severity as FindingInput['severity'],
    table: f.table_key as string | null,
    row: f.row_ref as string | null,
    column: f.column_key as string | null,
    expected: f.expected as string | null,
    actual: f.actual as string | null,
    difference: f.difference as string | null,
    unit: f.unit as string | null,
    message: f.message as string,
  }));
}

/** The whole canonical model of one stored disclosure. */
export async function loadDisclosure(db: Queryable, id: string): Promise<Disclosure | null> {
  const d = await disclosureRow(db, id);
  if (!d) return null;
  const [tables, forms, texts, diags] = await Promise.all([
    loadTables(db, d.entity_id, id),
    loadForms(db, d.entity_id, id),
    db.query<R>(`SELECT * FROM doc_texts WHERE ${KEY} ORDER BY part, ord`, [d.entity_id, id]),
    db.query<R>(`SELECT * FROM diagnostics WHERE ${KEY} ORDER BY ord`, [d.entity_id, id]),
  ]);
  const section = (t: R) => ({ number: t.number as string | null, title: t.title as string, text: t.text as string, line: t.line as number, page: t.page as number | null });
  const source: Disclosure['source'] = { name: d.source_name, format: d.source_format, sha256: d.sha256, bytes: d.source_bytes, pages: d.source_pages };
  if (d.source_parts) source.parts = d.source_parts;
  return {
    id: d.id,
    kind: d.kind,
    level: d.level,
    fiscal_year: d.fiscal_year,
    entity: d.entity,
    entity_code: d.entity_code,
    template: d.template,
    title: d.title,
    source,
    toc: texts.filter((t) => t.part === 'toc').map((t) => ({ title: t.title as string, page: t.page as number | null, line: t.line as number })),
    overview: texts.filter((t) => t.part === 'overview').map(section),
    tables,
    sections: texts.filter((t) => t.part === 'section').map(section),
    glossary: texts.filter((t) => t.part === 'glossary').map((t) => ({ term: t.title as string, definition: t.text as string, line: t.line as number })),
    forms,
    diagnostics: diags.map((g) => {
      const out: Diagnostic = {
        code: g.code as Diagnostic['code'],
        severity: g.severity as Diagnostic['severity'],
        line: g.line as number | null,
        page: g.page as number | null,
        table: g.table_key as string | null,
        text: g.text as string | null,
      };
      if (g.detail) out.detail = g.detail as Diagnostic['detail'];
      return out;
    }),
  };
}
