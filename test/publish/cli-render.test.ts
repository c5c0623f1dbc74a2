import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check/engine.js';
import { Disclosure } from '../../src/model/disclosure.js';
import { SHEET } from '../../src/publish/workbook/layout.js';
import { runCli } from '../helpers/cli.js';
import { SEED_002 } from './seeds.js';
import { fillUnit002 } from './unit-figures.js';

// `yusuan template` and `yusuan render` end to end, in-process: a template filled with seed 002's
// figures renders; a contradiction in the input is refused with the findings listed, unless --force;
// units consolidate into a department; a published disclosure re-renders.

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yusuan-render-'));
  const t = await runCli(['template', '--year', '2024', '--level', 'unit', '--out', 'blank.xlsx'], '', dir);
  expect(t.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(dir, 'blank.xlsx')) as unknown as ArrayBuffer);
  fillUnit002(wb);
  writeFileSync(join(dir, 'unit.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  // The same unit with one economic item mistyped: 基本工资 4,300.00 元 instead of 4,256.68 元 (+43.32 元).
  wb.getWorksheet(SHEET.econ)!.getCell('D3').value = 430000;
  writeFileSync(join(dir, 'wrong.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
});

afterAll(() => {
  // Left in the OS temp directory: the files are small and useful when a test fails.
});

describe('yusuan render', () => {
  it('renders a filled workbook to the canonical JSON, which passes the checker', async () => {
    const r = await runCli(['render', 'unit.xlsx', '--format', 'json', '--out', 'unit.json'], '', dir);
    expect(r.code).toBe(0);
    const doc = Disclosure.parse(JSON.parse(readFileSync(join(dir, 'unit.json'), 'utf8')));
    expect(doc.entity).toBe('阳泉市卫生健康委员会医事管理中心');
    expect(doc.tables).toHaveLength(13);
    expect(check(doc).summary.error).toBe(0);
    // The missing prior-year figures are reported on stderr, not silently left out.
    expect(r.stderr).toContain('警告[narrative.prior-missing] 情况说明五：未填上年一般公共预算当年支出');
  });

  it('refuses an input that contradicts itself, listing the findings, unless --force', async () => {
    const r = await runCli(['render', 'wrong.xlsx', '--format', 'html', '--no-page-numbers', '--out', 'wrong.html'], '', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('错误[input.basic-econ] 一般公共预算基本支出按功能科目合计 1369653.00 元，按经济科目合计 1373985.00 元，两者应相等');
    expect(r.stderr).toContain('错误[cross.gpb-basic-econ]');
    expect(existsSync(join(dir, 'wrong.html'))).toBe(false);
    const forced = await runCli(['render', 'wrong.xlsx', '--format', 'html', '--no-page-numbers', '--out', 'wrong.html', '--force'], '', dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'wrong.html'), 'utf8')).toContain('2024年一般公共预算安排基本支出分经济科目表');
  });

  it('consolidates units into a department', async () => {
    const r = await runCli(['render', '--consolidate', 'unit.xlsx', SEED_002, '--entity', '汇总测试部门', '--format', 'json', '--out', 'dept.json', '--force'], '', dir);
    expect(r.code).toBe(0);
    const doc = Disclosure.parse(JSON.parse(readFileSync(join(dir, 'dept.json'), 'utf8')));
    expect(doc.level).toBe('department');
    const projects = doc.tables.find((t) => t.key === 'projects')!;
    // Both units are the same 医事管理中心: its 67.25 twice.
    expect(projects.rows[0]).toMatchObject({ kind: 'department', name: '汇总测试部门', cells: { total: { text: '134.50' } } });
  });

  it('re-renders a published disclosure to XLSX', async () => {
    const r = await runCli(['render', SEED_002, '--format', 'xlsx', '--out', 'seed-002.xlsx'], '', dir);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'seed-002.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(13);
  });

  it('explains its usage when the arguments are wrong', async () => {
    const r = await runCli(['render', '--consolidate', 'a.xlsx'], '', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--entity NAME');
    const t = await runCli(['template', '--year', '24', '--out', 'x.xlsx'], '', dir);
    expect(t.code).toBe(2);
  });
});
