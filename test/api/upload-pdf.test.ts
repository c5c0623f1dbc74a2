import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResponse, TableResponse } from '../../src/server/api-types.js';
import { buildServer } from '../../src/server/app.js';
import { TOKEN } from '../helpers/api-server.js';
import { freshPglite, type TestDb } from '../helpers/databases.js';
import { multipart } from '../helpers/multipart.js';

// A published PDF uploaded through the API: parsed in the upload worker (with the PDF reader's own
// worker inside), checked and stored. 江苏省人民检察院 2019: 收入合计 24169.74 万元 in the third
// party's 收支预算总表.csv.

const PDF = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'jiangsu', '江苏省人民检察院', '2019年度部门预算公开.pdf');

describe('PDF upload', () => {
  let t: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await freshPglite();
    app = await buildServer({ db: t.db, adminToken: TOKEN, webRoot: null });
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('imports a published PDF with its figures', async () => {
    const m = multipart([{ name: '2019年度部门预算公开.pdf', bytes: readFileSync(PDF) }]);
    const r = await app.inject({ method: 'POST', url: '/api/disclosures', payload: m.body, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': m.contentType } });
    expect(r.statusCode).toBe(201);
    const body = r.json<ImportResponse>();
    expect(body.disclosure).toMatchObject({ entity: '江苏省人民检察院', fiscal_year: 2019, source_format: 'pdf', findings: { checked: true } });
    const s = (await app.inject({ method: 'GET', url: `/api/disclosures/${body.id}/tables/summary` })).json<TableResponse>();
    const grand = s.rows.find((x) => x.role === 'income_grand_total');
    expect(grand?.cells.amount).toEqual({ fen: 24_169_740_000, text: '24,169.74' });
  });
});
