import type { DisclosureDetail, FormIndexEntry, TableIndexEntry, VersionEntry } from '../server/api-types.js';
import type { Queryable } from './db.js';
import { disclosureRow } from './load.js';
import { summaryOf } from './queries.js';

// One disclosure's page header: metadata, the index of its tables and forms, its texts and versions.
// Table contents and forms are fetched one at a time (load.ts).

export async function disclosureDetail(db: Queryable, id: string): Promise<DisclosureDetail | null> {
  const d = await disclosureRow(db, id);
  if (!d) return null;
  const key = [d.entity_id, id];
  const [tables, forms, texts, diags, versions] = await Promise.all([
    db.query<TableIndexEntry>(
      `SELECT t.key, t.number, t.title, t.unit, t.status,
         (SELECT count(*)::int FROM doc_rows r WHERE r.entity_id = t.entity_id AND r.disclosure_id = t.disclosure_id AND r.table_ord = t.ord) AS rows
       FROM doc_tables t WHERE t.entity_id = $1 AND t.disclosure_id = $2 ORDER BY t.ord`,
      key,
    ),
    db.query<FormIndexEntry>(
      `SELECT p.ord, p.form_kind AS kind, p.name, p.unit, p.funds_unit, p.annual_total_fen AS annual_fen, p.line, p.end_line,
         (SELECT count(*)::int FROM indicators i WHERE i.entity_id = p.entity_id AND i.disclosure_id = p.disclosure_id AND i.project_ord = p.ord) AS indicators
       FROM projects p WHERE p.entity_id = $1 AND p.disclosure_id = $2 ORDER BY p.ord`,
      key,
    ),
    db.query<{ part: string; number: string | null; title: string; text: string; line: number; page: number | null }>(
      'SELECT part, number, title, text, line, page FROM doc_texts WHERE entity_id = $1 AND disclosure_id = $2 ORDER BY part, ord',
      key,
    ),
    db.query<{ severity: 'error' | 'warning' | 'info'; n: number }>(
      'SELECT severity, count(*)::int AS n FROM diagnostics WHERE entity_id = $1 AND disclosure_id = $2 GROUP BY severity',
      key,
    ),
    db.query<VersionEntry & { imported_at: Date | string }>(
      `SELECT id, imported_at, is_current, source_name FROM disclosures
       WHERE entity_id = $1 AND coalesce(fiscal_year, 0) = coalesce($2::integer, 0) AND kind = $3 AND level = $4
       ORDER BY imported_at DESC, id`,
      [d.entity_id, d.fiscal_year, d.kind, d.level],
    ),
  ]);
  const section = (t: (typeof texts)[number]) => ({ number: t.number, title: t.title, text: t.text, line: t.line, page: t.page });
  const source: DisclosureDetail['source'] = { name: d.source_name, format: d.source_format, sha256: d.sha256, bytes: d.source_bytes, pages: d.source_pages };
  if (d.source_parts) source.parts = d.source_parts;
  const diagnostics = { error: 0, warning: 0, info: 0 };
  for (const g of diags) diagnostics[g.severity] = g.n;
  return {
    ...summaryOf(d),
    sha256: d.sha256,
    source,
    toc: texts.filter((t) => t.part === 'toc').map((t) => ({ title: t.title, page: t.page, line: t.line })),
    overview: texts.filter((t) => t.part === 'overview').map(section),
    sections: texts.filter((t) => t.part === 'section').map(section),
    glossary: texts.filter((t) => t.part === 'glossary').map((t) => ({ term: t.title, definition: t.text, line: t.line })),
    tables,
    forms,
    diagnostics,
    versions: versions.map((v) => ({ ...v, imported_at: new Date(v.imported_at).toISOString() })),
  };
}
