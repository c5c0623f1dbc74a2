import type { Disclosure } from '../model/disclosure.js';
import type { InputFile } from '../read/read-document.js';
import { READ_VERSION } from '../read/read-version.js';
import { fold } from '../text/fold.js';
import type { Db, Queryable } from './db.js';
import { documentTotal } from './document-total.js';
import { toRecords, type FindingInput } from './records.js';
import { disclosureHoldingFiles } from './stored-files.js';

// Import one disclosure: all relations in one transaction. Idempotent by content hash (a second import
// of the same bytes changes nothing); a different document of the same entity + year + kind + level
// supersedes the current one, which stays as history. Files that are all already stored as (parts of)
// one disclosure change nothing either: a part is not a new version of the whole.

export interface ImportInput {
  doc: Disclosure;
  /** Checker findings; null when no checker ran. */
  findings: readonly FindingInput[] | null;
  /** The source files, kept so the original can be downloaded and re-read later. */
  files?: readonly InputFile[];
}

export interface ImportOutcome {
  status: 'imported' | 'unchanged';
  id: string;
  entityId: number;
  /** Ids of the versions this import superseded. */
  superseded: string[];
  /** Unchanged because the same document is stored, or because every file is already stored in it. */
  matched: 'document' | 'files' | null;
  /** With matched 'files': how many files the stored disclosure was read from. */
  storedFiles?: number;
}

/** Columns and their SQL types per relation, in insert order (entity_id and disclosure_id come first). */
const RELATIONS: Record<string, { table: string; columns: ReadonlyArray<readonly [string, string]> }> = {
  tables: {
    table: 'doc_tables',
    columns: [['ord', 'integer'], ['key', 'text'], ['number', 'text'], ['title', 'text'], ['unit', 'text'], ['unit_stated', 'boolean'], ['status', 'text'], ['printed_entity', 'text'], ['notes', 'text[]'], ['confidence', 'double precision'], ['line', 'integer'], ['end_line', 'integer'], ['page', 'integer']],
  },
  columns: { table: 'doc_columns', columns: [['table_ord', 'integer'], ['ord', 'integer'], ['key', 'text'], ['header', 'text[]'], ['side', 'text']] },
  rows: {
    table: 'doc_rows',
    columns: [['table_ord', 'integer'], ['ord', 'integer'], ['kind', 'text'], ['code', 'text'], ['code_source', 'text'], ['name', 'text'], ['path', 'text[]'], ['level', 'integer'], ['role', 'text'], ['side', 'text'], ['parent_ord', 'integer'], ['line', 'integer'], ['page', 'integer'], ['attrs', 'jsonb']],
  },
  cells: { table: 'cells', columns: [['table_ord', 'integer'], ['row_ord', 'integer'], ['column_key', 'text'], ['fen', 'bigint'], ['text', 'text']] },
  projects: {
    table: 'projects',
    columns: [['ord', 'integer'], ['form_kind', 'text'], ['title', 'text'], ['fiscal_year', 'integer'], ['name', 'text'], ['department_code', 'text'], ['department_name', 'text'], ['unit', 'text'], ['attribute', 'text'], ['category', 'text'], ['term', 'text'], ['funds_unit', 'text'], ['annual_total_fen', 'bigint'], ['implementation_total_fen', 'bigint'], ['annual_goal', 'text'], ['detail', 'jsonb'], ['line', 'integer'], ['end_line', 'integer']],
  },
  indicators: {
    table: 'indicators',
    columns: [['project_ord', 'integer'], ['ord', 'integer'], ['period', 'text'], ['level1', 'text'], ['level2', 'text'], ['name', 'text'], ['value', 'text'], ['op', 'text'], ['number', 'double precision'], ['unit', 'text'], ['line', 'integer']],
  },
  findings: {
    table: 'findings',
    columns: [['ord', 'integer'], ['rule', 'text'], ['severity', 'text'], ['table_key', 'text'], ['row_ref', 'text'], ['column_key', 'text'], ['expected', 'text'], ['actual', 'text'], ['difference', 'text'], ['unit', 'text'], ['message', 'text'], ['detail', 'jsonb']],
  },
  diagnostics: {
    table: 'diagnostics',
    columns: [['ord', 'integer'], ['code', 'text'], ['severity', 'text'], ['line', 'integer'], ['page', 'integer'], ['table_key', 'text'], ['text', 'text'], ['detail', 'jsonb']],
  },
  texts: { table: 'doc_texts', columns: [['part', 'text'], ['ord', 'integer'], ['number', 'text'], ['title', 'text'], ['text', 'text'], ['line', 'integer'], ['page', 'integer']] },
};

// Parents before children (foreign keys are checked per statement).
const ORDER = ['tables', 'columns', 'rows', 'cells', 'projects', 'indicators', 'findings', 'diagnostics', 'texts'] as const;

/** Rows per INSERT: one JSON parameter each, so a statement stays well under the protocol's limits. */
const BATCH = 5000;

export function entityKey(name: string | null): string {
  return name ? fold(name) : '';
}

/** The id of the document's entity (by folded name), made when new; a code learnt is kept. */
export async function upsertEntity(tx: Queryable, doc: Disclosure): Promise<number> {
  const [entity] = await tx.query<{ id: number }>(
    `INSERT INTO entities (name, code) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET code = coalesce(entities.code, excluded.code) RETURNING id`,
    [entityKey(doc.entity), doc.entity_code],
  );
  return entity!.id;
}

export async function importDisclosure(db: Db, input: ImportInput): Promise<ImportOutcome> {
  // Two imports of the same new document racing on a server: the loser hits the unique key and, on
  // retry, finds the winner's copy.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction((tx) => importIn(tx, input));
    } catch (e) {
      if (attempt < 2 && (e as { code?: string }).code === '23505') continue;
      throw e;
    }
  }
}

async function importIn(tx: Queryable, { doc, findings, files }: ImportInput): Promise<ImportOutcome> {
  const holder = files?.length ? await disclosureHoldingFiles(tx, files) : null;
  if (holder) return { status: 'unchanged', id: holder.id, entityId: holder.entityId, superseded: [], matched: holder.whole ? 'document' : 'files', storedFiles: holder.files };
  const entityId = await upsertEntity(tx, doc);
  const existing = await tx.query<{ id: string }>('SELECT id FROM disclosures WHERE entity_id = $1 AND sha256 = $2', [entityId, doc.source.sha256]);
  if (existing.length) return { status: 'unchanged', id: existing[0]!.id, entityId, superseded: [], matched: 'document' };

  const superseded = await tx.query<{ id: string }>(
    `UPDATE disclosures SET is_current = false, superseded_at = now(), superseded_by = $5
     WHERE entity_id = $1 AND coalesce(fiscal_year, 0) = coalesce($2::integer, 0) AND kind = $3 AND level = $4 AND is_current
     RETURNING id`,
    [entityId, doc.fiscal_year, doc.kind, doc.level, doc.id],
  );
  await insertDisclosure(tx, entityId, { doc, findings, files }, null);
  return { status: 'imported', id: doc.id, entityId, superseded: superseded.map((s) => s.id), matched: null };
}

/** Where a disclosure stands in its history: kept when it is re-read (see reread.ts). */
export interface History {
  imported_at: Date | string;
  is_current: boolean;
  superseded_at: Date | string | null;
  superseded_by: string | null;
}

/** The disclosure's row, its relations and its source files; `history` given, it is kept as it was. */
export async function insertDisclosure(tx: Queryable, entityId: number, { doc, findings, files }: ImportInput, history: History | null): Promise<void> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings ?? []) counts[f.severity]++;
  const total = documentTotal(doc);
  await tx.query(
    `INSERT INTO disclosures (entity_id, id, sha256, kind, level, fiscal_year, entity, entity_code, template, title,
       source_name, source_format, source_bytes, source_pages, source_parts, total_fen, total_label, total_unit,
       table_count, form_count, indicator_count, errors, warnings, infos, checked_at, read_version,
       imported_at, is_current, superseded_at, superseded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24,
       CASE WHEN $25::boolean THEN now() END, $26, coalesce($27::timestamptz, now()), coalesce($28::boolean, true), $29, $30)`,
    [
      entityId,
      doc.id,
      doc.source.sha256,
      doc.kind,
      doc.level,
      doc.fiscal_year,
      doc.entity,
      doc.entity_code,
      doc.template,
      doc.title,
      doc.source.name,
      doc.source.format,
      doc.source.bytes,
      doc.source.pages,
      doc.source.parts ? JSON.stringify(doc.source.parts) : null,
      total?.fen ?? null,
      total?.label ?? null,
      total?.unit ?? null,
      doc.tables.length,
      doc.forms.length,
      doc.forms.reduce((s, f) => s + f.indicators.length, 0),
      counts.error,
      counts.warning,
      counts.info,
      findings !== null,
      READ_VERSION,
      history?.imported_at ?? null,
      history?.is_current ?? null,
      history?.superseded_at ?? null,
      history?.superseded_by ?? null,
    ],
  );
  const records = toRecords(doc, findings);
  for (const name of ORDER) await insertMany(tx, name, entityId, doc.id, records[name]);
  for (const [i, f] of (files ?? []).entries()) {
    await tx.query(
      `INSERT INTO source_files (entity_id, disclosure_id, ord, name, sha256, content) VALUES ($1, $2, $3, $4, encode(sha256($5), 'hex'), $5)`,
      [entityId, doc.id, i, f.name, f.bytes],
    );
  }
}

async function insertMany(tx: Queryable, name: keyof typeof RELATIONS, entityId: number, docId: string, records: readonly Record<string, unknown>[]): Promise<void> {
  const rel = RELATIONS[name]!;
  const cols = rel.columns.map(([c]) => c).join(', ');
  const types = rel.columns.map(([c, t]) => `${c} ${t}`).join(', ');
  const sql = `INSERT INTO ${rel.table} (entity_id, disclosure_id, ${cols})
    SELECT $1, $2, ${cols} FROM jsonb_to_recordset($3::jsonb) AS x(${types})`;
  for (let i = 0; i < records.length; i += BATCH) {
    await tx.query(sql, [entityId, docId, JSON.stringify(records.slice(i, i + BATCH))]);
  }
}

/** Delete a disclosure; when it was the current version, the latest earlier version becomes current. */
export async function deleteDisclosure(db: Db, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx.query<{ entity_id: number; fiscal_year: number | null; kind: string; level: string; is_current: boolean }>(
      'DELETE FROM disclosures WHERE id = $1 RETURNING entity_id, fiscal_year, kind, level, is_current',
      [id],
    );
    const d = gone[0];
    if (!d) return false;
    if (d.is_current) {
      await tx.query(
        `UPDATE disclosures SET is_current = true, superseded_at = NULL, superseded_by = NULL
         WHERE (entity_id, id) IN (
           SELECT entity_id, id FROM disclosures
           WHERE entity_id = $1 AND coalesce(fiscal_year, 0) = coalesce($2::integer, 0) AND kind = $3 AND level = $4
           ORDER BY imported_at DESC, id LIMIT 1)`,
        [d.entity_id, d.fiscal_year, d.kind, d.level],
      );
    }
    return true;
  });
}
