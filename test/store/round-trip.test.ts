import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/model/disclosure.js';
import { deleteDisclosure, importDisclosure } from '../../src/store/import.js';
import { disclosureRow, loadDisclosure } from '../../src/store/load.js';
import { readDisclosure } from '../../src/read/read-document.js';
import { DIALECTS, type TestDb } from '../helpers/databases.js';
import { readSeed, seedInParts, seedInput } from '../helpers/seed-inputs.js';

// The store keeps the whole model as relations: what goes in comes back out, on both dialects.

describe.each(DIALECTS)('store on %s', (_name, open) => {
  let t: TestDb;
  const docs: Disclosure[] = [];
  beforeAll(async () => {
    t = await open();
    for (const p of ['000', '001', '002', '004']) docs.push(await readSeed(p));
  });
  afterAll(async () => t?.drop());

  it('imports every seed and loads back the same model', async () => {
    // A text column beside the figures (江苏 政府采购表 prints 采购组织形式) comes back too.
    const row = docs[2]!.tables[0]!.rows[1]!;
    row.attrs = { 采购组织形式: '分散自行组织' };
    for (const doc of docs) {
      const out = await importDisclosure(t.db, { doc, findings: null, files: [seedInput(doc.source.name.slice(0, 3))] });
      expect(out.status).toBe('imported');
      const back = await loadDisclosure(t.db, doc.id);
      expect(back).toEqual(doc);
    }
  });

  it('keeps seed 001 figures as exact 分 in relations', async () => {
    const [row] = await t.db.query<{ fen: number; text: string }>(
      `SELECT c.fen, c.text FROM cells c JOIN doc_rows r USING (entity_id, disclosure_id, table_ord) JOIN doc_tables t ON t.entity_id = c.entity_id AND t.disclosure_id = c.disclosure_id AND t.ord = c.table_ord
       WHERE r.ord = c.row_ord AND t.key = 'summary' AND r.role = 'income_grand_total' AND c.disclosure_id = $1`,
      [docs[1]!.id],
    );
    expect(row).toEqual({ fen: 19_155_700_000, text: '19155.70' });
    const d = await disclosureRow(t.db, docs[1]!.id);
    expect(d).toMatchObject({ entity: '阳泉市卫生健康委员会', fiscal_year: 2024, total_fen: 19_155_700_000, total_label: '收入总计', total_unit: '万元', table_count: 13 });
  });

  it('is idempotent by content hash', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cells');
    const again = await importDisclosure(t.db, { doc: docs[1]!, findings: null });
    expect(again.status).toBe('unchanged');
    const after = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cells');
    expect(after).toEqual(before);
  });

  it('keeps the superseded version as history and restores it on delete', async () => {
    const old = docs[2]!;
    // A corrected re-publication: same entity, year, kind and level, one figure and the hash changed.
    const newer: Disclosure = structuredClone(old);
    newer.id = 'ffff000000000002';
    newer.source = { ...newer.source, sha256: 'f'.repeat(64) };
    const out = await importDisclosure(t.db, { doc: newer, findings: null });
    expect(out).toMatchObject({ status: 'imported', superseded: [old.id] });
    expect((await disclosureRow(t.db, old.id))).toMatchObject({ is_current: false, superseded_by: newer.id });
    expect((await disclosureRow(t.db, newer.id))).toMatchObject({ is_current: true });
    expect(await deleteDisclosure(t.db, newer.id)).toBe(true);
    expect((await disclosureRow(t.db, old.id))).toMatchObject({ is_current: true, superseded_by: null });
    expect(await loadDisclosure(t.db, newer.id)).toBeNull();
  });

  it('does not take a part of a stored two-file disclosure for a new version of it', async () => {
    const files = seedInParts('001', '第三部分');
    const read = async (fs: typeof files | [(typeof files)[number]]) => {
      const r = await readDisclosure(fs);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const whole = await importDisclosure(t.db, { doc: await read(files), findings: null, files });
    expect(whole).toMatchObject({ status: 'imported', matched: null });
    const count = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM disclosures'))[0]!.n;
    const before = await count();
    // The text part alone reads as a disclosure of its own (sections and forms), and is still not one.
    const part = await importDisclosure(t.db, { doc: await read([files[1]]), findings: null, files: [files[1]] });
    expect(part).toMatchObject({ status: 'unchanged', id: whole.id, matched: 'files', storedFiles: 2 });
    expect(await count()).toBe(before);
    expect(await disclosureRow(t.db, whole.id)).toMatchObject({ is_current: true });
  });
});
