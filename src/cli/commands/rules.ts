import { parseArgs } from 'node:util';
import { RULES } from '../../check/registry.js';
import { EXIT, write, type CliIO } from '../io.js';

export const rulesHelp = `yusuan rules [--json]
  列出 yusuan check 的全部规则：编号、默认级别、名称（--json 含说明）。`;

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

export async function rulesCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: false });
  if (values.json) {
    const list = RULES.map(({ id, family, severity, title, description }) => ({ id, family, severity, title, description }));
    await write(io.stdout, `${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${SEVERITY_ZH[r.severity]}  ${r.title}`);
  await write(io.stdout, `${lines.join('\n')}\n`);
  return EXIT.ok;
}
