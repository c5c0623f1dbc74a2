import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../src/store/db.js';
import { openStore } from '../../src/store/open.js';
import { canConnect } from '../../src/store/postgres.js';

// The two dialects every store and API test runs against: embedded PGlite (in memory) and a real
// PostgreSQL server, with a fresh database per run that is dropped afterwards.

/** Admin connection to the server; TEST_DATABASE_URL overrides (a database the user may CREATE DATABASE from). */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const serverUp = () => canConnect(ADMIN_URL);

/** Start the machine's PostgreSQL cluster when it is installed but stopped (CI on a fresh machine). */
async function ensureServer(): Promise<void> {
  if (await serverUp()) return;
  spawnSync('sh', ['-c', 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | head -1) main start'], { stdio: 'ignore' });
  for (let i = 0; i < 20 && !(await serverUp()); i++) await new Promise((r) => setTimeout(r, 500));
  if (!(await serverUp())) throw new Error(`PostgreSQL is not reachable at ${ADMIN_URL} (run scripts/setup.mjs, or set TEST_DATABASE_URL)`);
}

export interface TestDb {
  db: Db;
  url: string | null;
  drop(): Promise<void>;
}

export async function freshPostgres(): Promise<TestDb> {
  await ensureServer();
  const name = `yusuan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = await openStore({ databaseUrl: url.toString() });
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export async function freshPglite(): Promise<TestDb> {
  const db = await openStore({});
  return { db, url: null, drop: () => db.close() };
}

export const DIALECTS = [
  ['pglite', freshPglite],
  ['postgres', freshPostgres],
] as const;
