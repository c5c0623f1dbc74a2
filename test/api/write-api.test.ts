import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureDetail, ImportResponse, ListResponse } from '../../src/server/api-types.js';
import { buildServer } from '../../src/server/app.js';
import { TOKEN } from '../helpers/api-server.js';
import { DIALECTS, type TestDb } from '../helpers/databases.js';
import { multipart } from '../helpers/multipart.js';
import { seedInParts, seedInput } from '../helpers/seed-inputs.js';

// Uploads and deletes: bearer token, size limit, hostile input, parsing in a worker, idempotency.

describe.each(DIALECTS)('write API on %s', (_name, open) => {
  let t: TestDb;
  let app: FastifyInstance;
  const auth = { authorization: `Bearer ${TOKEN}` };
  const upload = (files: Parameters<typeof multipart>[0], headers: Record<string, string> = auth, server = app) => {
    const m = multipart(files);
    return server.inject({ method: 'POST', url: '/api/disclosures', payload: m.body, headers: { ...headers, 'content-type': m.contentType } });
  };

  beforeAll(async () => {
    t = await open();
    app = await buildServer({ db: t.db, adminToken: TOKEN, webRoot: null, parseLimits: { maxBytes: 2 * 1024 * 1024 } });
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('refuses writes without the right token', async () => {
    const seed = seedInput('002');
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong' }, { authorization: TOKEN }, { authorization: `Basic ${TOKEN}` }]) {
      const r = await upload([seed], headers);
      expect(r.statusCode).toBe(401);
      expect(r.json()).toMatchObject({ code: 'unauthorized' });
    }
    const del = await app.inject({ method: 'DELETE', url: '/api/disclosures/0123456789abcdef' });
    expect(del.statusCode).toBe(401);
    // The token is asked for before the body is read: a malformed body tells a stranger nothing.
    for (const [type, payload] of [['multipart/form-data; boundary=x', '--x\r\nbroken'], ['application/json', '{']] as const) {
      const r = await app.inject({ method: 'POST', url: '/api/disclosures', payload, headers: { 'content-type': type } });
      expect(r.statusCode).toBe(401);
    }
    const noToken = await buildServer({ db: t.db, adminToken: null, webRoot: null });
    expect((await upload([seed], auth, noToken)).statusCode).toBe(403);
    await noToken.close();
    expect((await app.inject({ method: 'GET', url: '/api/disclosures' })).json<ListResponse>().total).toBe(0);
  });

  it('imports an upload parsed in a worker, once', async () => {
    const seed = seedInput('002');
    const r = await upload([{ ...seed, name: '../../etc/单位预算.txt' }]);
    expect(r.statusCode).toBe(201);
    const body = r.json<ImportResponse>();
    expect(body).toMatchObject({ status: 'imported', disclosure: { entity: '阳泉市卫生健康委员会医事管理中心', fiscal_year: 2024, level: 'unit', total: { fen: 204_220_000 } } });
    const d = (await app.inject({ method: 'GET', url: `/api/disclosures/${body.id}` })).json<DisclosureDetail>();
    expect(d.source_name).toBe('单位预算.txt'); // directories dropped from the name
    const again = await upload([seed]);
    expect(again.statusCode).toBe(200);
    expect(again.json<ImportResponse>()).toMatchObject({ status: 'unchanged', id: body.id });
    const src = await app.inject({ method: 'GET', url: `/api/disclosures/${body.id}/source` });
    expect(src.headers['content-disposition']).toMatch(/^attachment/);
    expect(src.rawPayload.equals(Buffer.from(seed.bytes))).toBe(true);
  });

  it('takes a file already stored as a part of a disclosure as that disclosure, changing nothing', async () => {
    // seed 001 published as two files: the tables (up to 第三部分) and the text (第三部分 on, with the forms)
    const [tables, text] = seedInParts('001', '第三部分');
    const both = await upload([tables, text]);
    expect(both.statusCode).toBe(201);
    const whole = both.json<ImportResponse>();
    const detail = (await app.inject({ method: 'GET', url: `/api/disclosures/${whole.id}` })).json<DisclosureDetail>();
    expect(detail.source.parts?.map((p) => p.name)).toEqual([tables.name, text.name]);
    const before = (await app.inject({ method: 'GET', url: '/api/disclosures?history=true' })).json<ListResponse>().total;
    for (const part of [[text], [tables], [text, tables]]) {
      const r = await upload(part);
      expect(r.statusCode).toBe(200);
      expect(r.json<ImportResponse>()).toMatchObject({ status: 'unchanged', id: whole.id, superseded: [], matched: part.length === 2 ? 'document' : 'files', stored_files: part.length === 2 ? null : 2 });
    }
    expect((await app.inject({ method: 'GET', url: '/api/disclosures?history=true' })).json<ListResponse>().total).toBe(before);
    // each part of the original can be downloaded
    for (const [i, part] of [tables, text].entries()) {
      const src = await app.inject({ method: 'GET', url: `/api/disclosures/${whole.id}/source?part=${i}` });
      expect(src.headers['content-disposition']).toContain(encodeURIComponent(part.name));
      expect(src.rawPayload.equals(Buffer.from(part.bytes))).toBe(true);
    }
    expect((await app.inject({ method: 'GET', url: `/api/disclosures/${whole.id}/source?part=2` })).statusCode).toBe(404);
    const after = (await app.inject({ method: 'GET', url: `/api/disclosures/${whole.id}` })).json<DisclosureDetail>();
    expect(after).toMatchObject({ is_current: true, versions: [expect.objectContaining({ id: whole.id, is_current: true })] });
  });

  it('rejects hostile and unreadable uploads with 4xx JSON', async () => {
    const cases: Array<[string, () => ReturnType<typeof upload>, number, string]> = [
      ['binary junk', () => upload([{ name: 'x.bin', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256) }]), 422, 'unreadable'],
      ['text that is no disclosure', () => upload([{ name: 'x.txt', bytes: Buffer.from('hello\nworld\n') }]), 422, 'unreadable'],
      ['over the size limit', () => upload([{ name: 'big.txt', bytes: Buffer.alloc(3 * 1024 * 1024, 0x41) }]), 413, 'too_large'],
      ['too many files', () => upload(Array.from({ length: 6 }, (_, i) => ({ name: `${i}.txt`, bytes: Buffer.from('a') }))), 413, 'too_large'],
      ['no file', () => upload([]), 400, 'bad_request'],
      ['not multipart', () => app.inject({ method: 'POST', url: '/api/disclosures', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"a":1}' }), 415, 'unsupported_media_type'],
      ['multipart cut off before its end', () => app.inject({ method: 'POST', url: '/api/disclosures', headers: { ...auth, 'content-type': 'multipart/form-data; boundary=XyZ' }, payload: '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n收支总表' }), 400, 'bad_request'],
      ['an empty file', () => upload([{ name: '空.txt', bytes: new Uint8Array(0) }]), 400, 'bad_request'],
    ];
    for (const [name, send, status, code] of cases) {
      const r = await send();
      expect([name, r.statusCode, r.json().code]).toEqual([name, status, code]);
      expect([name, r.json().message]).toEqual([name, expect.stringMatching(/[\u4e00-\u9fff]/)]);
      expect([name, r.json().message]).not.toEqual([name, expect.stringMatching(/\([ -~]*[a-z][ -~]*\)$|Unexpected|multipart data/)]);
    }
    expect((await upload([{ name: '空.txt', bytes: new Uint8Array(0) }])).json().message).toBe('文件是空的（0 字节）：空.txt');
  });

  it('holds at most four uploads in memory at once; the rest are told to retry', async () => {
    const junk = { name: 'x.bin', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256) };
    const rs = await Promise.all(Array.from({ length: 6 }, () => upload([junk])));
    const busy = rs.filter((r) => r.statusCode === 503);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    expect(busy[0]!.json().code).toBe('unavailable');
    expect(busy[0]!.headers['retry-after']).toBe('5');
    expect(rs.filter((r) => r.statusCode === 422).length).toBeGreaterThanOrEqual(4);
    // and once they are done, uploads are taken again
    expect((await upload([junk])).statusCode).toBe(422);
  });

  it('stops a parse that exceeds its time limit', async () => {
    const slow = await buildServer({ db: t.db, adminToken: TOKEN, webRoot: null, parseLimits: { timeoutMs: 1 } });
    const r = await upload([seedInput('001')], auth, slow);
    expect(r.statusCode).toBe(422);
    expect(r.json().message).toBe('解析超过 0 秒，已中止'); // Chinese only now (was '… (timeout)')
    await slow.close();
  });

  it('deletes with the token', async () => {
    const list = (await app.inject({ method: 'GET', url: '/api/disclosures' })).json<ListResponse>();
    const id = list.items[0]!.id;
    const r = await app.inject({ method: 'DELETE', url: `/api/disclosures/${id}`, headers: auth });
    expect(r.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/api/disclosures/${id}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/api/disclosures/${id}`, headers: auth })).statusCode).toBe(404);
  });
});
