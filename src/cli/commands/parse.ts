import { parseArgs } from 'node:util';
import { disclosureJson } from '../../export/json.js';
import { EXIT, write, type CliIO } from '../io.js';
import { loadDisclosure } from '../load.js';
import { summaryText } from '../summary.js';

export const parseHelp = `yusuan parse FILE… [--json]
  读取一份预算公开（文本或 PDF；多个文件视为同一份公开的几部分），打印摘要；--json 打印完整模型。
  FILE 为 - 时读标准输入。`;

export async function parseCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) {
    await write(io.stderr, `${parseHelp}\n`);
    return EXIT.unreadable;
  }
  const r = await loadDisclosure(positionals, io);
  if (!r.ok) {
    await write(io.stderr, `yusuan: ${r.message}\n`);
    return EXIT.unreadable;
  }
  await write(io.stdout, values.json ? disclosureJson(r.doc) : summaryText(r.doc));
  return EXIT.ok;
}
