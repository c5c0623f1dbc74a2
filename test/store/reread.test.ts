import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_VERSION } from '../../src/read/read-version.js';
import { importDisclosure } from '../../src/store/import.js';
import { prepareDisclosure } from '../../src/store/ingest.js';
import { disclosureRow, loadDisclosure } from '../../src/store/load.js';
import { replaceDisclosure, staleDisclosures, storedFiles } from '../../src/store/reread.js';
import { DIALECTS, type TestDb } from '../helpers/databases.js';
import { seedInput } from '../helpers/seed-inputs.js';

// A disclosure stored by an older reader is read again from its stored files, in place.

describe.each(DIALECTS)('re-reading stored disclosures on %s', (_name, open) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => t?.drop());

  const importSeed = async (prefix: string, edit?: (s: string) => string) => {
    const seed = seedInput(prefix);
    const files = [edit ? { name: seed.name, bytes: Buffer.from(edit(Buffer.from(seed.bytes).toString('utf8'))) } : seed];
    const p = await prepareDisclosure(files);
    if (!p.ok) throw new Error(p.error.message);
    const out = await importDisclosure(t.db, { ...p.value, files });
    return { id: out.id, key: { entityId: out.entityId, id: out.id }, fresh: p.value };
  };

  it('re-reads what an older reader stored, keeping id, import time and history, and nothing else', async () => {
    const a = await importSeed('002');
    // A corrected re-publication (one narrative word changed) supersedes it.
    const b = await importSeed('002', (s) => s.replace('名词解释', '名词 解释'));
    expect(b.id).not.toBe(a.id);
    const c = await importSeed('000');
    expect(await staleDisclosures(t.db)).toEqual([]);
    // The older reader: the superseded version was stored without its findings and with a wrong title.
    await t.db.query('UPDATE disclosures SET read_version = NULL, errors = 99 WHERE id = $1', [a.id]);
    await t.db.query(`UPDATE doc_tables SET title = '旧读取器的标题' WHERE disclosure_id = $1`, [a.id]);
    await t.db.query('DELETE FROM findings WHERE disclosure_id = $1', [a.id]);
    const before = await disclosureRow(t.db, a.id);
    expect((await staleDisclosures(t.db)).map((d) => d.id)).toEqual([a.id]);

    const files = await storedFiles(t.db, a.key);
    expect(files.map((f) => f.name)).toEqual([seedInput('002').name]);
    const p = await prepareDisclosure(files);
    if (!p.ok) throw new Error(p.error.message);
    expect(await replaceDisclosure(t.db, a.key, p.value, files)).toBe('replaced');

    expect(await loadDisclosure(t.db, a.id)).toEqual(a.fresh.doc);
    const after = await disclosureRow(t.db, a.id);
    expect(after).toMatchObject({ is_current: false, superseded_by: b.id, errors: 0, warnings: 7, infos: 13 });
    expect(new Date(after!.imported_at as string).getTime()).toBe(new Date(before!.imported_at as string).getTime());
    const [{ n }] = (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM findings WHERE disclosure_id = $1', [a.id])) as [{ n: number }];
    expect(n).toBe(20);
    expect(await staleDisclosures(t.db)).toEqual([]);
    // The others were not touched.
    expect(await disclosureRow(t.db, b.id)).toMatchObject({ is_current: true, read_version: READ_VERSION });
    expect(await disclosureRow(t.db, c.id)).toMatchObject({ is_current: true });
    expect(await storedFiles(t.db, a.key)).toEqual(files);
  });

  it('says when the disclosure is gone', async () => {
    const seed = seedInput('004');
    const p = await prepareDisclosure([seed]);
    if (!p.ok) throw new Error(p.error.message);
    expect(await replaceDisclosure(t.db, { entityId: 1, id: '0123456789abcdef' }, p.value, [seed])).toBe('gone');
  });
});
