import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { templateWorkbook } from '../../publish/workbook/template.js';
import { EXIT, write, type CliIO } from '../io.js';

export const templateHelp = `yusuan template --year YEAR --level department|unit --out input.xlsx [--entity NAME]
  生成数据填报表（xlsx）：只填原始数（功能科目×资金来源×基本/项目、经济科目、项目、三公、机关运行经费、
  政府采购、国有资产、上年数与变动原因、绩效目标），编码和名称有下拉列表；填好后用 yusuan render 生成公开。`;

export async function templateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { year: { type: 'string' }, level: { type: 'string', default: 'department' }, out: { type: 'string', short: 'o' }, entity: { type: 'string' } },
    allowPositionals: false,
  });
  const year = Number(values.year);
  const level = values.level;
  if (!Number.isInteger(year) || year < 1990 || year > 2100 || (level !== 'department' && level !== 'unit') || !values.out) {
    await write(io.stderr, `${templateHelp}\n`);
    return EXIT.unreadable;
  }
  const bytes = await templateWorkbook({ year, level, ...(values.entity ? { entity: values.entity } : {}) });
  await writeFile(resolve(io.cwd, values.out), bytes);
  await write(io.stderr, `yusuan template: 已生成 ${values.out}\n`);
  return EXIT.ok;
}
