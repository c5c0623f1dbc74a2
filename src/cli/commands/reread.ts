import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../../store/db.js';
import { prepareDisclosure } from '../../store/ingest.js';
import { afterBulkImport } from '../../store/maintenance.js';
import { openStore } from '../../store/open.js';
import { replaceDisclosure, staleDisclosures, storedFiles, type DisclosureKey, type StaleDisclosure } from '../../store/reread.js';
import { EXIT, write, type CliIO } from '../io.js';
import { pdfReaderFor } from '../pdf-adapter.js';

export const rereadHelp = `yusuan reread [--data-dir ./data] [--database-url URL]
  用当前版本的读取器重新读取数据库中由旧版本导入的公开文件（读取和检查的结果有变化时），
  使用数据库中保存的原文；文件的编号、导入时间和版本历史不变。
  退出码: 0 全部重新读取；1 有文件未能重新读取（原样保留）。`;

export interface RereadTally {
  replaced: number;
  failed: Array<{ name: string; message: string }>;
}

/**
 * Re-read the disclosures stored by another reader version (`stale`, when the caller has asked already);
 * one that cannot be read again stays as it was.
 */
export async function rereadStale(db: Db, io: CliIO, stale?: readonly StaleDisclosure[]): Promise<RereadTally> {
  const tally: RereadTally = { replaced: 0, failed: [] };
  const pdf = pdfReaderFor(io);
  for (const d of stale ?? (await staleDisclosures(db))) {
    const message = await rereadOne(db, d, pdf).catch((e: unknown) => `重新读取失败，原样保留 (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    if (message === 'replaced') tally.replaced++;
    else if (message !== 'gone') tally.failed.push({ name: d.name, message });
  }
  if (tally.replaced) await afterBulkImport(db);
  return tally;
}

/** Re-read one stored disclosure: 'replaced', 'gone' (deleted meanwhile), or why it was left as it was. */
async function rereadOne(db: Db, key: DisclosureKey, pdf: ReturnType<typeof pdfReaderFor>): Promise<string> {
  const files = await storedFiles(db, key);
  if (files.length === 0) return '数据库中没有原文 (no stored source files)';
  const p = await prepareDisclosure(files, pdf ? { pdf } : {});
  if (!p.ok) return p.error.message;
  const out = await replaceDisclosure(db, key, p.value, files);
  return out === 'conflict' ? '重新读取后与另一份现行文件的单位、年度、类型相同，原样保留 (conflict)' : out;
}

export async function rereadCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string', default: './data' }, 'database-url': { type: 'string' } },
    allowPositionals: false,
  });
  const db = await openStore({ databaseUrl: values['database-url'] ?? io.env.DATABASE_URL, dataDir: resolve(io.cwd, values['data-dir']) });
  try {
    const t = await rereadStale(db, io);
    for (const f of t.failed) await write(io.stderr, `未能重新读取 ${f.name}: ${f.message}\n`);
    await write(io.stdout, `重新读取 ${t.replaced} 份，保留原样 ${t.failed.length} 份\n`);
    return t.failed.length ? EXIT.findings : EXIT.ok;
  } finally {
    await db.close();
  }
}
