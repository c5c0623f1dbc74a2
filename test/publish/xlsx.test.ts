import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/model/disclosure.js';
import { disclosureXlsx } from '../../src/publish/xlsx.js';
import { readSeed, SEED_001 } from './seeds.js';

let doc: Disclosure;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  doc = await readSeed(SEED_001);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await disclosureXlsx(doc)) as unknown as ArrayBuffer);
});

function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`no row ${label} in ${ws.name}`);
  return found;
}

describe('disclosureXlsx (seed 001)', () => {
  it('writes one sheet per table, in printed order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '1 收支总表', '2 收入总表', '3 支出总表', '4 财政拨款收支总表', '5 一般公共预算支出表', '6 一般公共预算基本支出经济分类表',
      '7 政府性基金预算收入表', '8 政府性基金预算支出表', '9 国有资本经营预算收支表', '10 “三公”经费支出表',
      '11 机关运行经费表', '12 项目支出表（本年预算）', '13 项目支出表（上年结转）',
    ]);
  });

  it('keeps the figures as numbers in 万元 with #,##0.00', () => {
    const income = wb.getWorksheet('2 收入总表')!;
    const r = rowOf(income, '2100409'); // 重大公共卫生服务: 795.20 current, 750.91 carried over
    expect(r.getCell(2).value).toBe('重大公共卫生服务');
    expect(r.getCell(3).value).toBe(795.2);
    expect(r.getCell(3).numFmt).toBe('#,##0.00');
    expect(r.getCell(9).value).toBe(750.91);
    const summary = wb.getWorksheet('1 收支总表')!;
    const totals = rowOf(summary, '收入总计');
    expect(totals.getCell(2).value).toBe(19155.7);
    expect(totals.getCell(3).value).toBe('支出总计');
    expect([totals.getCell(4).value, totals.getCell(5).value, totals.getCell(6).value]).toEqual([19155.7, 18041.69, 1114.01]);
    const econ = wb.getWorksheet('6 一般公共预算基本支出经济分类表')!;
    const total = rowOf(econ, '合计');
    expect([total.getCell(3).value, total.getCell(4).value, total.getCell(5).value]).toEqual([7082.95, 6506.17, 576.78]);
  });

  it('merges multi-level headers and freezes them', () => {
    const income = wb.getWorksheet('2 收入总表')!;
    // Row 4: 项目 over 科目编码/科目名称, 本年收入 over six columns, 上年结转 down two rows.
    expect(income.getCell(4, 1).value).toBe('项目');
    expect(income.getCell(4, 3).value).toBe('本年收入');
    expect(income.getCell(4, 8).value).toBe('本年收入'); // merged: the slave cell reports the master's value
    expect(income.getCell(4, 8).isMerged).toBe(true);
    expect(income.getCell(5, 9).value).toBe('上年结转');
    expect(income.getCell(5, 3).value).toBe('合计');
    expect(income.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
    expect(income.pageSetup.orientation).toBe('landscape');
    expect(income.pageSetup.printTitlesRow).toBe('4:5');
    const fiscal = wb.getWorksheet('4 财政拨款收支总表')!;
    expect(fiscal.getCell(4, 1).value).toBe('收入');
    expect(fiscal.getCell(4, 3).value).toBe('支出');
    expect(fiscal.getCell(5, 4).value).toBe('金额');
    expect(fiscal.getCell(6, 4).value).toBe('小计');
    expect(fiscal.getCell(6, 5).value).toBe('一般公共预算');
  });

  it('notes empty tables', () => {
    const gf = wb.getWorksheet('7 政府性基金预算收入表')!;
    expect(rowOf(gf, '注：本表无数据')).toBeTruthy();
  });
});
