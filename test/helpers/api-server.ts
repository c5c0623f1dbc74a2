import type { FastifyInstance } from 'fastify';
import type { ParseLimits } from '../../src/server/parse-pool.js';
import { buildServer } from '../../src/server/app.js';
import { importDisclosure } from '../../src/store/import.js';
import { prepareDisclosure } from '../../src/store/ingest.js';
import type { TestDb } from './databases.js';
import { seedInputs } from './seed-inputs.js';

// A server over a fresh database with the four seeds imported through the same path as `yusuan import`.

export const TOKEN = 'test-token-0123456789';

export async function seededServer(t: TestDb, opts: { webRoot?: string | null; parseLimits?: Partial<ParseLimits> } = {}): Promise<FastifyInstance> {
  for (const f of seedInputs()) {
    const p = await prepareDisclosure([f]);
    if (!p.ok) throw new Error(`${f.name}: ${p.error.message}`);
    await importDisclosure(t.db, { ...p.value, files: [f] });
  }
  return buildServer({ db: t.db, adminToken: TOKEN, webRoot: opts.webRoot ?? null, ...(opts.parseLimits ? { parseLimits: opts.parseLimits } : {}) });
}
