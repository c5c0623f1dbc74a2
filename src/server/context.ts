import type { Db } from '../store/db.js';
import type { ParsePool } from './parse-pool.js';

// What the routes share: the store, the admin token, the upload parser and its limits.

export interface AppContext {
  db: Db;
  /** Bearer token for writes; null disables uploads and deletes. */
  adminToken: string | null;
  parsePool: ParsePool;
  /** Bytes per uploaded file. */
  maxUploadBytes: number;
}
