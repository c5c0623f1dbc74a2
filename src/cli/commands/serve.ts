import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer, defaultWebRoot } from '../../server/app.js';
import { openStore } from '../../store/open.js';
import { staleDisclosures } from '../../store/reread.js';
import { EXIT, write, type CliIO } from '../io.js';
import { expandInputs, groupInputs, importFiles } from './import.js';
import { rereadStale } from './reread.js';

export const serveHelp = `yusuan serve [--port 3000] [--host localhost] [--data-dir ./data] [--database-url URL] [--import-if-empty DIR…] [--reread-stale]
  启动网页与 API（http://localhost:3000，接口文档 /api/docs）。数据库: --database-url 或 DATABASE_URL，
  否则为 --data-dir 中的内嵌数据库。--import-if-empty: 数据库为空时先导入这些目录（可重复）。
  --reread-stale: 先用当前读取器重新读取旧版本导入的文件（同 yusuan reread）。
  上传与删除需要 YUSUAN_ADMIN_TOKEN；未设置时每次启动生成一个并打印出来。`;

export async function serveCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p', default: '3000' },
      host: { type: 'string', default: 'localhost' },
      'data-dir': { type: 'string', default: './data' },
      'database-url': { type: 'string' },
      'import-if-empty': { type: 'string', multiple: true },
      'reread-stale': { type: 'boolean' },
    },
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    await write(io.stderr, `yusuan serve: 端口无效 (invalid port): ${values.port}\n`);
    return EXIT.unreadable;
  }
  const databaseUrl = values['database-url'] ?? io.env.DATABASE_URL;
  const db = await openStore({ databaseUrl, dataDir: resolve(io.cwd, values['data-dir']) });
  const seedDirs = values['import-if-empty'] ?? [];
  if (seedDirs.length) {
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM disclosures');
    if (row?.n === 0) {
      const paths = await expandInputs(seedDirs, io.cwd);
      await write(io.stderr, `数据库为空，导入 ${paths.length} 个文件…\n`);
      const t = await importFiles(db, groupInputs(paths), io);
      for (const f of t.failed) await write(io.stderr, `  跳过 ${f.file}: ${f.message}\n`);
      await write(io.stderr, `  导入 ${t.imported} 份，跳过 ${t.failed.length} 份\n`);
    }
  }
  if (values['reread-stale']) {
    const stale = await staleDisclosures(db);
    if (stale.length) {
      await write(io.stderr, `${stale.length} 份文件由旧版读取器导入，重新读取…\n`);
      const t = await rereadStale(db, io, stale);
      for (const f of t.failed) await write(io.stderr, `  未能重新读取 ${f.name}: ${f.message}\n`);
      await write(io.stderr, `  重新读取 ${t.replaced} 份\n`);
    }
  }
  let token = io.env.YUSUAN_ADMIN_TOKEN?.trim() || null;
  const generated = !token;
  token ??= randomBytes(18).toString('base64url');
  const app = await buildServer({ db, adminToken: token, logger: { level: io.env.LOG_LEVEL ?? 'warn' } });
  try {
    await app.listen({ port, host: values.host });
  } catch (e) {
    await db.close();
    await write(io.stderr, `yusuan serve: 无法监听 ${values.host}:${port} (${(e as Error).message})\n`);
    return EXIT.unreadable;
  }
  if (!defaultWebRoot()) await write(io.stderr, `yusuan serve: 网页尚未构建（npm run build），只提供 API (web app not built)\n`);
  const addr = app.server.address();
  const shown = typeof addr === 'object' && addr ? addr.port : port;
  await write(io.stdout, `yusuan: http://${values.host}:${shown}/  （接口文档 /api/docs，数据库 ${databaseUrl ? 'PostgreSQL' : resolve(io.cwd, values['data-dir'])}）\n`);
  if (generated) await write(io.stdout, `上传口令（本次启动有效，或设置 YUSUAN_ADMIN_TOKEN）: ${token}\n`);
  // Run until a signal; then close the server and flush the embedded database.
  await new Promise<void>((res) => {
    process.once('SIGINT', res);
    process.once('SIGTERM', res);
  });
  await app.close();
  await db.close();
  return EXIT.ok;
}
