import { READ_VERSION } from '../read/read-version.js';
import type { InputFile } from '../read/read-document.js';
import type { Db } from './db.js';
import { insertDisclosure, upsertEntity, type History } from './import.js';
import type { Prepared } from './ingest.js';

// Disclosures stored by an older reader are read again from their own source files (kept in
// source_files), in place: same id, same place in their history. What a newer reader finds that the
// old one missed (a column it dropped, a table it did not recognise) reaches documents already stored.

/** A stored disclosure's key: its entity leads, as in every per-disclosure relation (see ARCHITECTURE). */
export interface DisclosureKey {
  entityId: number;
  id: string;
}

export interface StaleDisclosure extends DisclosureKey {
  /** Its source's name, to report it by. */
  name: string;
}

/** Stored disclosures read by another reader version (or before versions were recorded), oldest first. */
export async function staleDisclosures(db: Db): Promise<StaleDisclosure[]> {
  return db.query<StaleDisclosure>(
    `SELECT entity_id AS "entityId", id, source_name AS name FROM disclosures WHERE read_version IS DISTINCT FROM $1 ORDER BY imported_at, id`,
    [READ_VERSION],
  );
}

/** A stored disclosure's source files, in the order they were read. */
export async function storedFiles(db: Db, { entityId, id }: DisclosureKey): Promise<InputFile[]> {
  const rows = await db.query<{ name: string; content: Uint8Array }>(
    'SELECT name, content FROM source_files WHERE entity_id = $1 AND disclosure_id = $2 ORDER BY ord',
    [entityId, id],
  );
  return rows.map((r) => ({ name: r.name, bytes: new Uint8Array(r.content) }));
}

export type RereadOutcome = 'replaced' | 'gone' | 'conflict';

/**
 * Replace the stored disclosure `key` by what reading its files again gave, in one transaction, keeping
 * its import time and its place in the history. 'gone': deleted meanwhile. 'conflict': the new reading
 * names another entity, year, kind or level whose current version it would collide with; left as it was.
 */
export async function replaceDisclosure(db: Db, { entityId, id }: DisclosureKey, fresh: Prepared, files: readonly InputFile[]): Promise<RereadOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const old = await tx.query<History>(
        'SELECT imported_at, is_current, superseded_at, superseded_by FROM disclosures WHERE entity_id = $1 AND id = $2 FOR UPDATE',
        [entityId, id],
      );
      const h = old[0];
      if (!h) return 'gone';
      await tx.query('DELETE FROM disclosures WHERE entity_id = $1 AND id = $2', [entityId, id]);
      // The id is the content's: reading the same files again gives the same one.
      await insertDisclosure(tx, await upsertEntity(tx, fresh.doc), { doc: { ...fresh.doc, id }, findings: fresh.findings, files: [...files] }, h);
      return 'replaced';
    });
  } catch (e) {
    if ((e as { code?: string }).code === '23505') return 'conflict';
    throw e;
  }
}
