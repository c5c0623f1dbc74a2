import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allFunctionClasses } from '../model/catalog/function-classes.js';
import { TABLE_KEYS } from '../model/table-keys.js';
import type { Db } from './db.js';

// Applies migrations/NNN_name.sql in order, each once, each in its own transaction, then refreshes the
// catalogue tables from the code's catalogues. Concurrent starters on one PostgreSQL server serialise on
// an advisory lock.

const LOCK_KEY = 7_291_004; // arbitrary, fixed: "yusuan migrations"

/** The SQL files live beside this module in src/; the compiled module in dist/ looks there too. */
export function migrationsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'migrations'), join(here, '..', '..', '..', 'src', 'store', 'migrations')];
  const found = candidates.find((d) => existsSync(d));
  if (!found) throw new Error(`migrations not found in ${candidates.join(' or ')}`);
  return found;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir = migrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, f.indexOf('_'))), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: number[] = [];
  for (const m of readMigrations()) {
    const done = await db.transaction(async (tx) => {
      if (db.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (seen.length) return false;
      // Statements one at a time: the extended protocol (used inside transactions) takes one each.
      for (const stmt of splitStatements(m.sql)) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  await refreshCatalogues(db);
  return applied;
}

async function refreshCatalogues(db: Db): Promise<void> {
  const classes = allFunctionClasses().map(([code, name]) => ({ code, name }));
  const keys = TABLE_KEYS.map((k) => ({ key: k.key, zh: k.zh }));
  await db.query(
    `INSERT INTO function_classes (code, name) SELECT code, name FROM jsonb_to_recordset($1::jsonb) AS x(code text, name text)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name`,
    [JSON.stringify(classes)],
  );
  await db.query(
    `INSERT INTO table_keys (key, zh) SELECT key, zh FROM jsonb_to_recordset($1::jsonb) AS x(key text, zh text)
     ON CONFLICT (key) DO UPDATE SET zh = excluded.zh`,
    [JSON.stringify(keys)],
  );
}

/** Split a migration into statements: on semicolons at line ends, outside comments (no $$ bodies here). */
export function splitStatements(sql: string): string[] {
  const noComments = sql
    .split('\n')
    .map((l) => l.replace(/--.*$/, ''))
    .join('\n');
  return noComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
