import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { migrate, readMigrations, splitStatements } from '../../src/store/migrate.js';
import { openPglite } from '../../src/store/pglite.js';

// Migrations apply in order, once each, and carry data forward: a database at version 1 with a table
// of contents in disclosures.toc keeps it after version 2 moves it to doc_texts.

describe('migrations', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openPglite();
  });
  afterAll(async () => db?.close());

  it('upgrades a version-1 database without losing data', async () => {
    const [v1] = readMigrations();
    await db.exec('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    for (const stmt of splitStatements(v1!.sql)) await db.query(stmt);
    await db.query(`INSERT INTO schema_migrations (version, name) VALUES (1, $1)`, [v1!.name]);
    await db.query(`INSERT INTO entities (id, name) VALUES (1, '阳泉市卫生健康委员会')`);
    await db.query(
      `INSERT INTO disclosures (entity_id, id, sha256, kind, level, fiscal_year, template, source_name, source_format, source_bytes, toc)
       VALUES (1, '4bacbbb2b164354f', 'x', 'budget', 'department', 2024, 'shanxi', '001.txt', 'text', 1, $1::jsonb)`,
      [JSON.stringify([{ title: '第一部分 概况', page: 1, line: 9 }, { title: '一、本部门职责', page: 1, line: 10 }])],
    );
    expect(await migrate(db)).toEqual(readMigrations().slice(1).map((m) => m.version));
    const toc = await db.query('SELECT ord, title, page, line FROM doc_texts WHERE part = $1 ORDER BY ord', ['toc']);
    expect(toc).toEqual([
      { ord: 0, title: '第一部分 概况', page: 1, line: 9 },
      { ord: 1, title: '一、本部门职责', page: 1, line: 10 },
    ]);
    expect(await migrate(db)).toEqual([]); // applied once
  });
});
