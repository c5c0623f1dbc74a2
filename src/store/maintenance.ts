import type { Db } from './db.js';

// Keeping searches fast after imports. GIN indexes collect new entries in a pending list that every
// search scans until a vacuum merges it (47 ms instead of 0.2 ms per trigram search after 1,000
// documents), and stale planner statistics plan the search joins for empty tables. PGlite has no
// autovacuum, and a server's comes too late.

const TRIGRAM_INDEXES = ['entities_name_trgm', 'doc_rows_name_trgm', 'projects_name_trgm', 'indicators_name_trgm', 'indicators_value_trgm'];

/** After one document: merge the pending index entries and refresh statistics. */
export async function refreshStatistics(db: Db): Promise<void> {
  for (const ix of TRIGRAM_INDEXES) await db.query('SELECT gin_clean_pending_list($1::regclass)', [ix]);
  await db.exec('ANALYZE');
}

/** After a batch: vacuum (merges pending entries, sets the visibility map) and analyze. */
export async function afterBulkImport(db: Db): Promise<void> {
  await db.exec('VACUUM (ANALYZE)');
}
