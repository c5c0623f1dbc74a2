import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupInputs } from '../src/cli/commands/import.js';
import { openStore } from '../src/store/open.js';
import { runCli } from './helpers/cli.js';
import { SEEDS_DIR } from './helpers/seed-inputs.js';

// `yusuan import`: a directory of seeds plus a bad file into an embedded database in a temporary
// directory; bad files are reported and skipped, the rest imported once.

describe('yusuan import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-import-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the seeds, reports the bad file and skips it', async () => {
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, 'nothing to see here\n');
    const r = await runCli(['import', SEEDS_DIR, junk, join(dir, 'missing.pdf'), '--data-dir', data]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('导入 4 份，未变 0 份，跳过 2 份（共 6 份）\n');
    expect(r.stderr).toMatch(/跳过 .*junk\.txt: .*no disclosure structure/);
    expect(r.stderr).toMatch(/跳过 .*missing\.pdf: .*no such file/);
    const again = await runCli(['import', SEEDS_DIR, '--data-dir', data]);
    expect([again.code, again.stdout]).toEqual([0, '导入 0 份，未变 4 份，跳过 0 份（共 4 份）\n']);
    const db = await openStore({ dataDir: data });
    const rows = await db.query<{ entity: string; total_fen: number | null }>('SELECT entity, total_fen FROM disclosures ORDER BY entity');
    await db.close();
    expect(rows).toContainEqual({ entity: '阳泉市卫生健康委员会', total_fen: 19_155_700_000 });
    expect(rows).toHaveLength(4);
  });

  it('re-reads what an older reader stored (yusuan reread), and then nothing', async () => {
    const db = await openStore({ dataDir: data });
    await db.query(`UPDATE disclosures SET read_version = NULL WHERE entity = '阳泉市卫生健康委员会'`);
    await db.close();
    const r = await runCli(['reread', '--data-dir', data]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '重新读取 1 份，保留原样 0 份\n', '']);
    const again = await runCli(['reread', '--data-dir', data]);
    expect([again.code, again.stdout]).toEqual([0, '重新读取 0 份，保留原样 0 份\n']);
  });

  it('reports a stored original that no longer reads, leaves its disclosure as it was, and goes on', async () => {
    const db = await openStore({ dataDir: data });
    await db.query('UPDATE disclosures SET read_version = NULL');
    await db.query(`UPDATE source_files SET content = convert_to('nothing to see here', 'UTF8') WHERE disclosure_id = (SELECT id FROM disclosures WHERE entity = '阳泉市卫生健康委员会')`);
    await db.close();
    const r = await runCli(['reread', '--data-dir', data]);
    expect([r.code, r.stdout]).toEqual([1, '重新读取 3 份，保留原样 1 份\n']);
    expect(r.stderr).toMatch(/^未能重新读取 001_9f46298a1159504d\.txt: .*no disclosure structure/);
    const after = await openStore({ dataDir: data });
    const [kept] = await after.query<{ table_count: number; read_version: number | null }>(`SELECT table_count, read_version FROM disclosures WHERE entity = '阳泉市卫生健康委员会'`);
    await after.close();
    expect(kept).toEqual({ table_count: 13, read_version: null });
  });

  it('reads PDFs of one folder that name the same year as one disclosure', () => {
    expect(
      groupInputs(['/j/a/省委2018年度部门预算公开文件.pdf', '/j/a/省委2018年度部门预算公开表.pdf', '/j/a/省委2019年度部门预算.pdf', '/j/b/法院2018年度部门预算公开.pdf', '/s/001_2018.txt']),
    ).toEqual([['/j/a/省委2018年度部门预算公开文件.pdf', '/j/a/省委2018年度部门预算公开表.pdf'], ['/j/a/省委2019年度部门预算.pdf'], ['/j/b/法院2018年度部门预算公开.pdf'], ['/s/001_2018.txt']]);
  });
});
