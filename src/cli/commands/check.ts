import { parseArgs } from 'node:util';
import { check } from '../../check/engine.js';
import type { CheckResult } from '../../check/finding.js';
import { selectRules } from '../../check/registry.js';
import { reportText, totalLineZh } from '../../check/report-text.js';
import { EXIT, isTTY, write, type CliIO } from '../io.js';
import { loadDisclosure } from '../load.js';

export const checkHelp = `yusuan check FILE… [--json] [--rules ID,…] [--parts]
  检查预算公开中的矛盾：表内、表间、说明与表格、绩效目标表、年度与单位、编码、文档规范。
  每个 FILE 是一份独立的公开（--parts：所有 FILE 是同一份公开的几部分，如表格与说明分开发布）；
  --json 按 spec §7 输出（多个公开时为数组）；--rules 只运行所列规则（规则编号或前缀，如 table、
  cross.income-expense；yusuan rules 列出全部）。退出码：0 无错误，1 有错误，2 文件无法读取。`;

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, rules: { type: 'string' }, parts: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    await write(io.stderr, `${checkHelp}\n`);
    return EXIT.unreadable;
  }
  let rules: string[] | undefined;
  if (values.rules !== undefined) {
    rules = values.rules.split(/[,，\s]+/).filter(Boolean);
    const { unknown } = selectRules(rules);
    if (unknown.length || !rules.length) {
      await write(io.stderr, `yusuan check: 未知规则 ${unknown.join(', ') || '(空)'}（yusuan rules 列出全部规则）\n`);
      return EXIT.unreadable;
    }
  }
  const color = !values.json && isTTY(io.stdout) && !io.env.NO_COLOR;
  const results: CheckResult[] = [];
  let unreadable = 0;
  const disclosures = values.parts ? [positionals] : positionals.map((p) => [p]);
  for (const files of disclosures) {
    const file = files.join(' + ');
    const loaded = await loadDisclosure(files, io);
    if (!loaded.ok) {
      unreadable++;
      await write(io.stderr, `yusuan: ${loaded.message}\n`);
      continue;
    }
    const result = check(loaded.doc, rules ? { rules } : {});
    results.push(result);
    if (!values.json) await write(io.stdout, `${results.length > 1 ? '\n' : ''}${reportText(file, result, { color })}`);
  }
  if (values.json) {
    const body = disclosures.length === 1 ? results[0] : results;
    if (body !== undefined) await write(io.stdout, `${JSON.stringify(body, null, 2)}\n`);
  } else if (disclosures.length > 1) {
    await write(io.stdout, `\n${totalLineZh(results, unreadable)}\n`);
  }
  if (unreadable) return EXIT.unreadable;
  return results.some((r) => r.summary.error > 0) ? EXIT.findings : EXIT.ok;
}
