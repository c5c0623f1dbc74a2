import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Disclosure } from '../src/model/disclosure.js';
import { buildServer } from '../src/server/app.js';
import type { Db } from '../src/store/db.js';
import { importDisclosure } from '../src/store/import.js';
import { afterBulkImport } from '../src/store/maintenance.js';
import { prepareDisclosure } from '../src/store/ingest.js';
import { openStore } from '../src/store/open.js';
import { canConnect } from '../src/store/postgres.js';
import type { FindingInput } from '../src/store/records.js';
import { fmt, table } from './stats.js';
import { variant } from './store-variants.js';

// Store and API under load: import rate for 1,000 documents (the seeds varied synthetically) against a
// baseline of storing each document as one JSON blob in the same database, then API latency (p50/p95
// under 50 concurrent connections, autocannon in its own process) for the library list and search,
// against /api/health on the same server. PGlite on disk always; PostgreSQL too when a server answers
// at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), in a database created
// and dropped for the run.

const SEEDS = ['000_441233bf942028f3', '001_9f46298a1159504d', '002_0b34a06b81f5dc6b', '004_ae267f8278d41256'];
const DOCS = Number(process.env.BENCH_STORE_DOCS ?? 1000);
const SECONDS = Number(process.env.BENCH_STORE_SECONDS ?? 8);
const CONNECTIONS = 50;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Base {
  doc: Disclosure;
  findings: FindingInput[] | null;
}

interface Load {
  requests: number;
  non2xx: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

function loadClient(url: string): Promise<Load> {
  const ts = import.meta.url.endsWith('.ts');
  const script = new URL(`./load-client.${ts ? 'ts' : 'js'}`, import.meta.url).pathname;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(ts ? ['--import', 'tsx'] : []), script, url, String(CONNECTIONS), String(SECONDS)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as Load) : reject(new Error(`load client exited ${code}`))));
  });
}

async function importAll(db: Db, bases: readonly Base[]): Promise<{ seconds: number; baselineSeconds: number }> {
  let t = performance.now();
  for (let i = 0; i < DOCS; i++) await importDisclosure(db, variant(bases[i % bases.length]!.doc, bases[i % bases.length]!.findings, i));
  await afterBulkImport(db); // as `yusuan import` does after a batch
  const seconds = (performance.now() - t) / 1000;
  // Baseline: the same documents, each one JSON blob in one row (what "not relational" would cost).
  await db.exec('CREATE TABLE bench_blob (id text PRIMARY KEY, doc jsonb NOT NULL)');
  t = performance.now();
  for (let i = 0; i < DOCS; i++) {
    const v = variant(bases[i % bases.length]!.doc, bases[i % bases.length]!.findings, i);
    await db.query('INSERT INTO bench_blob (id, doc) VALUES ($1, $2::jsonb)', [v.doc.id, JSON.stringify(v)]);
  }
  const baselineSeconds = (performance.now() - t) / 1000;
  await db.exec('DROP TABLE bench_blob');
  return { seconds, baselineSeconds };
}

async function latency(db: Db): Promise<Record<'health' | 'list' | 'search' | 'search2', Load>> {
  const app = await buildServer({ db, webRoot: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    return {
      health: await loadClient(`${base}/api/health`),
      list: await loadClient(`${base}/api/disclosures?limit=50`),
      search: await loadClient(`${base}/api/search?q=${encodeURIComponent('爱国卫生运动经费')}`),
      search2: await loadClient(`${base}/api/search?q=${encodeURIComponent('卫生')}`),
    };
  } finally {
    await app.close();
  }
}

async function dialect(name: string, db: Db, bases: readonly Base[], lines: string[]): Promise<void> {
  const imp = await importAll(db, bases);
  const [counts] = await db.query<{ d: number; c: number; i: number }>(
    'SELECT (SELECT count(*)::int FROM disclosures) AS d, (SELECT count(*)::int FROM cells) AS c, (SELECT count(*)::int FROM indicators) AS i',
  );
  const rate = DOCS / imp.seconds;
  const baseRate = DOCS / imp.baselineSeconds;
  lines.push(
    `${name}: imported ${counts!.d} documents (${counts!.c} cells, ${counts!.i} indicators) in ${fmt(imp.seconds, 1)} s — ${fmt(rate, 1)} documents/s;`,
    `  baseline (one JSON blob per document, same database): ${fmt(baseRate, 1)} documents/s; relational/blob time ratio ${fmt(imp.seconds / imp.baselineSeconds, 1)}×`,
  );
  const l = await latency(db);
  const rows = [['endpoint', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'p50 ratio to health']];
  for (const [k, label] of [['health', 'GET /api/health (baseline)'], ['list', 'GET /api/disclosures?limit=50'], ['search', 'GET /api/search?q=爱国卫生运动经费'], ['search2', 'GET /api/search?q=卫生 (2 chars: no trigram)']] as const) {
    const r = l[k];
    rows.push([label, String(r.requests), fmt(r.rps, 0), fmt(r.p50, 1), fmt(r.p95, 1), fmt(r.p99, 1), String(r.non2xx + r.errors), `${fmt(r.p50 / Math.max(l.health.p50, 0.01), 1)}×`]);
  }
  lines.push(`  API under ${CONNECTIONS} connections, ${SECONDS} s each, ${DOCS} documents loaded:`, ...table(rows).map((r) => `  ${r}`));
}

/** ../shared beside the repository, from bench/ (sources) or dist/bench/ (compiled). */
function defaultShared(): string {
  const near = join(import.meta.dirname, '..', '..', 'shared');
  return existsSync(near) ? near : join(import.meta.dirname, '..', '..', '..', 'shared');
}

export async function benchStore(shared = defaultShared()): Promise<string[]> {
  const lines = [`Store and API — ${DOCS} documents (4 seeds × entity, year and figures varied)`];
  const bases: Base[] = [];
  let prepMs = 0;
  for (const s of SEEDS) {
    const f = { name: `${s}.txt`, bytes: readFileSync(join(shared, 'seeds', `${s}.txt`)) };
    const t = performance.now();
    const p = await prepareDisclosure([f]);
    prepMs += performance.now() - t;
    if (!p.ok) throw new Error(`${s}: ${p.error.message}`);
    bases.push(p.value);
  }
  lines.push(`read + check (not in the import figures): ${fmt(prepMs / SEEDS.length, 1)} ms per seed document, first run`);

  const dir = mkdtempSync(join(tmpdir(), 'yusuan-bench-'));
  const lite = await openStore({ dataDir: dir });
  try {
    await dialect('PGlite (on disk)', lite, bases, lines);
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  if (await canConnect(ADMIN_URL)) {
    const name = `yusuan_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const db = await openStore({ databaseUrl: url.toString() });
    try {
      await dialect('PostgreSQL 127.0.0.1', db, bases, lines);
    } finally {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else lines.push(`PostgreSQL: no server at ${ADMIN_URL}, skipped`);
  return lines;
}
