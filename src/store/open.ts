import { migrate } from './migrate.js';
import type { Db } from './db.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

// Choose the dialect: a PostgreSQL URL when given (flag or DATABASE_URL), else embedded PGlite in the
// data directory. Migrations run on open.

export interface StoreOptions {
  databaseUrl?: string | undefined;
  /** PGlite data directory; undefined with no URL → in memory. */
  dataDir?: string | undefined;
}

export async function openStore(opts: StoreOptions): Promise<Db> {
  const db = opts.databaseUrl ? openPostgres(opts.databaseUrl) : await openPglite(opts.dataDir);
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  return db;
}
