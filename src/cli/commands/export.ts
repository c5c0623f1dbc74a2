import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { indicatorsCsv } from '../../export/indicators-csv.js';
import { disclosureJson } from '../../export/json.js';
import { tidyCsv } from '../../export/tidy-csv.js';
import { EXIT, write, type CliIO } from '../io.js';
import { loadDisclosure } from '../load.js';

export const exportHelp = `yusuan export FILE… --format csv|json|indicators-csv [--out PATH]
  csv: 每个非空单元格一行（spec §6）；json: 完整模型；indicators-csv: 每条绩效指标一行。`;

const FORMATS = ['csv', 'json', 'indicators-csv'] as const;

export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { format: { type: 'string', short: 'f', default: 'csv' }, out: { type: 'string', short: 'o' } },
    allowPositionals: true,
  });
  const format = values.format as (typeof FORMATS)[number];
  if (positionals.length === 0 || !FORMATS.includes(format)) {
    await write(io.stderr, `${exportHelp}\n`);
    return EXIT.unreadable;
  }
  const r = await loadDisclosure(positionals, io);
  if (!r.ok) {
    await write(io.stderr, `yusuan: ${r.message}\n`);
    return EXIT.unreadable;
  }
  const out: Writable = values.out ? createWriteStream(resolve(io.cwd, values.out)) : io.stdout;
  if (format === 'json') await write(out, disclosureJson(r.doc));
  else for (const line of format === 'csv' ? tidyCsv(r.doc) : indicatorsCsv(r.doc)) await write(out, line);
  if (values.out) await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
  return EXIT.ok;
}
