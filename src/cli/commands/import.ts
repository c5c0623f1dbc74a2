import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../../store/db.js';
import { importDisclosure } from '../../store/import.js';
import { prepareDisclosure } from '../../store/ingest.js';
import { afterBulkImport } from '../../store/maintenance.js';
import { openStore } from '../../store/open.js';
import { EXIT, isTTY, readInput, write, type CliIO } from '../io.js';
import { pdfReaderFor } from '../pdf-adapter.js';

export const importHelp = `yusuan import FILE|DIR… [--data-dir ./data] [--database-url URL] [--parts | --no-group]
  把预算公开（文本或 PDF）导入数据库；目录中的 .txt / .pdf 逐个导入。同一内容重复导入不会重复保存；
  同一单位、年度、类型的新版本取代旧版本，旧版本保留为历史。无法读取的文件报告后跳过。
  同一目录中文件名含同一年份的几个 PDF 视为同一份公开的几部分（表格与说明分开发布）；--no-group 关闭。
  --parts: 所有 FILE 是同一份公开的几部分。
  数据库: --database-url 或 DATABASE_URL（PostgreSQL），否则为 --data-dir 中的内嵌数据库。
  退出码: 0 全部导入；1 有文件被跳过；2 没有任何文件导入。`;

const EXTENSIONS = new Set(['.txt', '.pdf']);

/** FILE and DIR arguments → files; directories are walked (sorted, hidden entries skipped). */
export async function expandInputs(args: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  for (const a of args) {
    const p = resolve(cwd, a);
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory()) await walk(p);
    else out.push(p); // missing files are reported by the reader
  }
  return out;
}

/**
 * Files → disclosures. Departments that publish the tables and the text as two PDFs put both in one
 * folder with the year in both names, so PDFs of one directory naming the same year are read as the
 * parts of one disclosure; every other file stands alone.
 */
export function groupInputs(paths: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  const out: string[][] = [];
  for (const p of paths) {
    const year = /(?:19|20)\d\d/.exec(basename(p))?.[0];
    if (extname(p).toLowerCase() !== '.pdf' || !year) {
      out.push([p]);
      continue;
    }
    const key = `${dirname(p)}\0${year}`;
    const g = groups.get(key);
    if (g) g.push(p);
    else {
      const fresh = [p];
      groups.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}

export interface ImportTally {
  imported: number;
  unchanged: number;
  failed: Array<{ file: string; message: string }>;
}

/** Import each group of files as one disclosure; `progress` is told after each. */
export async function importFiles(
  db: Db,
  groups: readonly string[][],
  io: CliIO,
  progress?: (done: number, total: number, name: string) => Promise<void>,
): Promise<ImportTally> {
  const tally: ImportTally = { imported: 0, unchanged: 0, failed: [] };
  const pdf = pdfReaderFor(io);
  for (const [i, group] of groups.entries()) {
    const label = group.map((g) => relative(io.cwd, g) || g).join(' + ');
    const files = [];
    let bad: string | null = null;
    for (const g of group) {
      const r = await readInput(g, io);
      if (r.ok) files.push(r.file);
      else bad = r.message;
    }
    if (bad) tally.failed.push({ file: label, message: bad });
    else {
      const p = await prepareDisclosure(files, pdf ? { pdf } : {});
      if (!p.ok) tally.failed.push({ file: label, message: p.error.message });
      else {
        const out = await importDisclosure(db, { ...p.value, files });
        tally[out.status]++;
      }
    }
    await progress?.(i + 1, groups.length, label);
  }
  if (tally.imported) await afterBulkImport(db);
  return tally;
}

function bar(done: number, total: number, name: string, width = 28): string {
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const shown = name.length > 40 ? `…${name.slice(-39)}` : name;
  return `\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${shown}`;
}

export async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string', default: './data' }, 'database-url': { type: 'string' }, parts: { type: 'boolean' }, 'no-group': { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    await write(io.stderr, `${importHelp}\n`);
    return EXIT.unreadable;
  }
  const paths = await expandInputs(positionals, io.cwd);
  if (paths.length === 0) {
    await write(io.stderr, `yusuan import: 没有找到 .txt 或 .pdf 文件 (no input files)\n`);
    return EXIT.unreadable;
  }
  const groups = values.parts ? [paths] : values['no-group'] ? paths.map((p) => [p]) : groupInputs(paths);
  const db = await openStore({ databaseUrl: values['database-url'] ?? io.env.DATABASE_URL, dataDir: resolve(io.cwd, values['data-dir']) });
  const tty = isTTY(io.stderr);
  try {
    const tally = await importFiles(db, groups, io, tty ? (d, t, n) => write(io.stderr, bar(d, t, n)) : undefined);
    if (tty) await write(io.stderr, '\r\x1b[2K');
    for (const f of tally.failed) await write(io.stderr, `跳过 ${f.message.startsWith(f.file) ? f.message : `${f.file}: ${f.message}`}\n`);
    await write(io.stdout, `导入 ${tally.imported} 份，未变 ${tally.unchanged} 份，跳过 ${tally.failed.length} 份（共 ${groups.length} 份）\n`);
    if (tally.failed.length === 0) return EXIT.ok;
    return tally.imported + tally.unchanged > 0 ? EXIT.findings : EXIT.unreadable;
  } finally {
    await db.close();
  }
}
