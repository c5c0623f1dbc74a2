import { createHash } from 'node:crypto';
import type { InputFile } from '../read/read-document.js';
import type { Queryable } from './db.js';

// Source files already in the store. A disclosure published as several files (tables and text apart)
// keeps each file; uploading one of them again is not a new document but a part of a stored one, and
// must neither be imported nor supersede the whole.

export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface StoredHolder {
  id: string;
  entityId: number;
  /** How many files the stored disclosure was read from. */
  files: number;
  /** The files are all of the stored disclosure's files (the same document again), not some of them. */
  whole: boolean;
}

/** The stored disclosure (the current one first, else the latest) that holds every one of these files. */
export async function disclosureHoldingFiles(db: Queryable, files: readonly InputFile[]): Promise<StoredHolder | null> {
  const hashes = [...new Set(files.map((f) => fileHash(f.bytes)))];
  if (hashes.length === 0) return null;
  const [hit] = await db.query<{ id: string; entity_id: number; files: number }>(
    `SELECT f.disclosure_id AS id, f.entity_id,
       (SELECT count(*)::int FROM source_files g WHERE g.entity_id = f.entity_id AND g.disclosure_id = f.disclosure_id) AS files
     FROM source_files f JOIN disclosures d ON d.entity_id = f.entity_id AND d.id = f.disclosure_id
     WHERE f.sha256 = ANY($1::text[])
     GROUP BY f.entity_id, f.disclosure_id, d.is_current, d.imported_at
     HAVING count(DISTINCT f.sha256) = $2
     ORDER BY d.is_current DESC, d.imported_at DESC, f.disclosure_id
     LIMIT 1`,
    [hashes, hashes.length],
  );
  return hit ? { id: hit.id, entityId: hit.entity_id, files: hit.files, whole: hit.files === hashes.length } : null;
}
