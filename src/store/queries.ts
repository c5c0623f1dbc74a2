import type { Queryable } from './db.js';
import type { DisclosureRow } from './load.js';

// Read queries behind the API: the library list and the cross-document search.

export interface ListFilter {
  year?: number | undefined;
  /** Substring of the entity name. */
  entity?: string | undefined;
  kind?: string | undefined;
  level?: string | undefined;
  /** Include superseded versions. */
  history?: boolean | undefined;
  limit: number;
  offset: number;
}

export interface DisclosureSummary {
  id: string;
  entity: string | null;
  entity_code: string | null;
  fiscal_year: number | null;
  kind: string;
  level: string;
  template: string;
  title: string | null;
  source_name: string;
  source_format: string;
  total: { fen: number; label: string | null; unit: string | null } | null;
  table_count: number;
  form_count: number;
  indicator_count: number;
  findings: { error: number; warning: number; info: number; checked: boolean };
  imported_at: string;
  is_current: boolean;
  superseded_by: string | null;
}

export function summaryOf(d: Omit<DisclosureRow, 'entity_id' | 'sha256' | 'source_bytes' | 'source_pages' | 'source_parts' | 'superseded_at'>): DisclosureSummary {
  return {
    id: d.id,
    entity: d.entity,
    entity_code: d.entity_code,
    fiscal_year: d.fiscal_year,
    kind: d.kind,
    level: d.level,
    template: d.template,
    title: d.title,
    source_name: d.source_name,
    source_format: d.source_format,
    total: d.total_fen === null ? null : { fen: d.total_fen, label: d.total_label, unit: d.total_unit },
    table_count: d.table_count,
    form_count: d.form_count,
    indicator_count: d.indicator_count,
    findings: { error: d.errors, warning: d.warnings, info: d.infos, checked: d.checked_at !== null },
    imported_at: new Date(d.imported_at).toISOString(),
    is_current: d.is_current,
    superseded_by: d.superseded_by,
  };
}

/** What the library shows of a disclosure (summaryOf). */
const SUMMARY_COLUMNS = `id, entity, entity_code, fiscal_year, kind, level, template, title, source_name, source_format, total_fen, total_label,
  total_unit, table_count, form_count, indicator_count, errors, warnings, infos, checked_at, imported_at, is_current, superseded_by`;

/** Escape LIKE wildcards so user text matches literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listDisclosures(db: Queryable, f: ListFilter): Promise<{ items: DisclosureSummary[]; total: number }> {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    args.push(v);
    where.push(sql.replace('?', `$${args.length}`));
  };
  if (!f.history) where.push('is_current');
  if (f.year !== undefined) add('fiscal_year = ?', f.year);
  if (f.entity) add('entity ILIKE ?', likePattern(f.entity));
  if (f.kind) add('kind = ?', f.kind);
  if (f.level) add('level = ?', f.level);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // One round trip: the page and the total (a window count); a page past the end asks for the count alone.
  const rows = await db.query<DisclosureRow & { full_count: number }>(
    `SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS full_count FROM disclosures ${w}
     ORDER BY fiscal_year DESC NULLS LAST, entity, kind, level, imported_at DESC, id
     LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
    [...args, f.limit, f.offset],
  );
  let total = rows[0]?.full_count;
  if (total === undefined) total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM disclosures ${w}`, args))[0]?.n ?? 0;
  return { items: rows.map(summaryOf), total };
}

/** The fiscal years the library holds (current documents, or every version with `history`), newest first. */
export async function libraryYears(db: Queryable, history = false): Promise<number[]> {
  const rows = await db.query<{ y: number }>(
    `SELECT DISTINCT fiscal_year AS y FROM disclosures WHERE fiscal_year IS NOT NULL${history ? '' : ' AND is_current'} ORDER BY 1 DESC`,
  );
  return rows.map((r) => r.y);
}

export type SearchType = 'entity' | 'project' | 'indicator' | 'row';

export interface SearchHit {
  type: SearchType;
  disclosure_id: string;
  entity: string | null;
  fiscal_year: number | null;
  /** The document's printed title (2024年度部门预算公开). */
  doc_title: string | null;
  /** What matched: the entity, project, indicator or table row name. */
  text: string;
  /** For projects and indicators: the form's position in the document. */
  form: number | null;
  project: string | null;
  /** Indicator value, a project's 实施单位, a row's table title, … */
  value: string | null;
  /** Project annual funds, a row's first printed figure, the document total (分). */
  amount_fen: number | null;
  /** The printed unit of amount_fen (元 on forms, the table's unit for rows). */
  unit: string | null;
  /** For table rows: the table's key, the row's position in it and its name path (group › item). */
  table: string | null;
  row: number | null;
  path: string[] | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The kinds of hit that had more than `limit` matches (only the first `limit` are given). */
  truncated: SearchType[];
}

/**
 * Substring search over current documents: entity names, project names, indicator names and values,
 * and the names of table rows. The trigram GIN indexes answer `ILIKE '%q%'` for three or more
 * characters; shorter queries scan. Each kind gives at most `limit` hits and says when there were more.
 */
export async function search(db: Queryable, q: string, limit: number): Promise<SearchResult> {
  const p = likePattern(q);
  const n = limit + 1;
  const lists = await Promise.all([
    db.query<SearchHit>(
      `SELECT 'entity' AS type, d.id AS disclosure_id, d.entity, d.fiscal_year, d.title AS doc_title, d.entity AS text, NULL::int AS form, NULL AS project,
         NULL AS value, d.total_fen AS amount_fen, d.total_unit AS unit, NULL AS "table", NULL::int AS row, NULL::text[] AS path
       FROM disclosures d JOIN entities e ON e.id = d.entity_id
       WHERE d.is_current AND e.name ILIKE $1 ORDER BY d.fiscal_year DESC NULLS LAST, d.entity, d.id LIMIT $2`,
      [p, n],
    ),
    db.query<SearchHit>(
      `SELECT 'project' AS type, d.id AS disclosure_id, d.entity, d.fiscal_year, d.title AS doc_title, p.name AS text, p.ord AS form, p.name AS project,
         p.unit AS value, p.annual_total_fen AS amount_fen, p.funds_unit AS unit, NULL AS "table", NULL::int AS row, NULL::text[] AS path
       FROM projects p JOIN disclosures d ON d.entity_id = p.entity_id AND d.id = p.disclosure_id
       WHERE d.is_current AND p.name ILIKE $1 ORDER BY d.fiscal_year DESC NULLS LAST, d.entity, p.ord LIMIT $2`,
      [p, n],
    ),
    db.query<SearchHit>(
      `SELECT 'indicator' AS type, d.id AS disclosure_id, d.entity, d.fiscal_year, d.title AS doc_title, i.name AS text, i.project_ord AS form, p.name AS project,
         i.value, NULL::bigint AS amount_fen, NULL AS unit, NULL AS "table", NULL::int AS row, NULL::text[] AS path
       FROM indicators i
       JOIN projects p ON p.entity_id = i.entity_id AND p.disclosure_id = i.disclosure_id AND p.ord = i.project_ord
       JOIN disclosures d ON d.entity_id = i.entity_id AND d.id = i.disclosure_id
       WHERE d.is_current AND i.period = 'annual' AND (i.name ILIKE $1 OR i.value ILIKE $1)
       ORDER BY d.fiscal_year DESC NULLS LAST, d.entity, i.project_ord, i.ord LIMIT $2`,
      [p, n],
    ),
    // Rows: the matches first, then the page of them in order, and only for that page the table and the
    // row's figure (its first printed cell in column order: 合计 where the table prints one first). With
    // three characters or more the trigram index finds the matches (MATERIALIZED keeps the planner from
    // walking every current document in order instead: 51 ms → 7 ms over 1,000 documents); a shorter
    // query cannot use the index, and then walking in order and stopping at the limit is the better plan.
    db.query<SearchHit>(
      `WITH m AS ${[...q].length >= 3 ? '' : 'NOT '}MATERIALIZED (
         SELECT r.entity_id, r.disclosure_id, r.table_ord, r.ord, r.name, r.side, r.path FROM doc_rows r
         WHERE r.kind <> 'total' AND r.name ILIKE $1),
       page AS (
         SELECT m.*, d.id, d.entity, d.fiscal_year, d.title FROM m JOIN disclosures d ON d.entity_id = m.entity_id AND d.id = m.disclosure_id
         WHERE d.is_current ORDER BY d.fiscal_year DESC NULLS LAST, d.entity, m.table_ord, m.ord LIMIT $2)
       SELECT 'row' AS type, g.id AS disclosure_id, g.entity, g.fiscal_year, g.title AS doc_title, g.name AS text, NULL::int AS form,
         NULL AS project, t.title AS value,
         (SELECT c.fen FROM cells c JOIN doc_columns k ON k.entity_id = c.entity_id AND k.disclosure_id = c.disclosure_id AND k.table_ord = c.table_ord
            AND k.key = c.column_key AND k.side IS NOT DISTINCT FROM g.side
          WHERE c.entity_id = g.entity_id AND c.disclosure_id = g.disclosure_id AND c.table_ord = g.table_ord AND c.row_ord = g.ord
          ORDER BY k.ord LIMIT 1) AS amount_fen,
         t.unit, t.key AS "table", g.ord AS row, g.path
       FROM page g JOIN doc_tables t ON t.entity_id = g.entity_id AND t.disclosure_id = g.disclosure_id AND t.ord = g.table_ord
       ORDER BY g.fiscal_year DESC NULLS LAST, g.entity, g.table_ord, g.ord`,
      [p, n],
    ),
  ]);
  const truncated = lists.filter((l) => l.length > limit).map((l) => l[0]!.type);
  return { hits: lists.flatMap((l) => l.slice(0, limit)), truncated };
}
