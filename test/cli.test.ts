import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { SEEDS } from './helpers/seeds.js';

describe('yusuan parse', () => {
  it('prints a readable summary with each table, its rows and total', async () => {
    const r = await runCli(['parse', SEEDS.s001]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('阳泉市卫生健康委员会 · 2024年 · 部门 · 预算公开');
    expect(r.stdout).toMatch(/summary\s+收支总表\s+41 行\s+收入总计 19155\.70 万元/);
    expect(r.stdout).toMatch(/gf_income\s+政府性基金预算收入表\s+空表/);
    expect(r.stdout).toContain('绩效目标表 41 个项目');
  });

  it('--json prints the model; - reads stdin', async () => {
    const r = await runCli(['parse', '-', '--json'], readFileSync(SEEDS.s004));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.kind).toBe('performance');
    expect(doc.forms).toHaveLength(8);
    expect(doc.source.name).toBe('<stdin>');
  });

  it.each([
    ['empty input', '', /<stdin>: .*empty/],
    ['binary input', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]), /<stdin>: .*binary/],
    ['text that is no disclosure', 'hello world\nnothing here\n', /<stdin>: .*no disclosure structure/],
  ])('%s: exit 2 with one line naming the input', async (_name, input, message) => {
    const r = await runCli(['parse', '-'], input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('a missing file: exit 2 naming it', async () => {
    const r = await runCli(['parse', 'no/such/file.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/file\.txt: .*no such file/);
  });

  it('unknown commands and options: exit 2 with usage', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const r = await runCli(['parse', '--bogus', SEEDS.s001]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('yusuan parse FILE');
  });
});

describe('yusuan export', () => {
  it('csv: spec §6 header and one line per non-empty cell', async () => {
    const r = await runCli(['export', SEEDS.s002, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('doc_id,fiscal_year,entity,table,table_title,row_code,row_path,column,amount_yuan');
    expect(lines).toContain('cc914f45afd615e9,2024,阳泉市卫生健康委员会医事管理中心,income,2024年预算收入总表,2100199,其他卫生健康管理事务支出,total,122500.00');
    expect(lines).toContain(
      'cc914f45afd615e9,2024,阳泉市卫生健康委员会医事管理中心,projects,2024年项目支出预算表（本年预算）,,阳泉市卫生健康委员会医事管理中心 / 卫生健康考试考务费,total,550000.00',
    );
    expect(lines.every((l) => /,-?\d+\.\d{2}$/.test(l)) || lines.slice(1).every((l) => /,-?\d+\.\d{2}$/.test(l))).toBe(true);
  });

  it('indicators-csv: one line per indicator with its parsed comparison', async () => {
    const r = await runCli(['export', SEEDS.s004, '--format', 'indicators-csv']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('doc_id,project,unit,period,level1,level2,name,value,op,number,unit_of_measure');
    expect(lines).toHaveLength(1 + 49);
    expect(lines).toContain('3df04c670d5ac8c3,政府雇员项目,上海市闵行区卫生健康委员会监督所,annual,产出指标,数量指标,雇员人数,=22.00(人),=,22,人');
  });

  it('--out writes a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yusuan-'));
    const r = await runCli(['export', SEEDS.s000, '--format', 'json', '--out', join(dir, 'x.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')).forms).toHaveLength(6);
    writeFileSync(join(dir, 'bad.txt'), '\u0000\u0001');
    expect((await runCli(['export', join(dir, 'bad.txt')])).code).toBe(2);
  });
});
