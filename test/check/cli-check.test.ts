import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CheckResult } from '../../src/check/finding.js';
import { RULES } from '../../src/check/registry.js';
import { reportText } from '../../src/check/report-text.js';
import { check } from '../../src/check/engine.js';
import { main } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { SEEDS } from '../helpers/seeds.js';
import { applyEdit, CHECK_FIXTURES, variant } from './variants.js';

// yusuan check / yusuan rules end to end: exit codes, the human report (pinned by golden files), the
// JSON of spec §7, several files, rule selection, colour only on a terminal.

const tmp = mkdtempSync(join(tmpdir(), 'yusuan-check-'));
function variantFile(name: string): string {
  const path = join(tmp, `${name}.txt`);
  writeFileSync(path, applyEdit(readFileSync(join(CHECK_FIXTURES, `${name}.edit`), 'utf8')).text);
  return path;
}

describe('human report', () => {
  it('seed 002 (no errors): warnings and 尾差, grouped by severity — golden', async () => {
    const r = check(await (await import('../helpers/seeds.js')).parseFile(SEEDS.s002));
    await expect(reportText('002.txt', r)).toMatchFileSnapshot('../fixtures/check/golden/002.txt');
  });

  it('a single-error variant of 001: the error like a compiler’s, with expected, actual, difference and a hint — golden', async () => {
    const r = check(await variant('table.hierarchy-sum'), { rules: ['table', 'cross'] });
    const text = reportText('001-variant.txt', r);
    expect(text).toContain('001-variant.txt:122: 错误[table.hierarchy-sum] 收入总表 21001「卫生健康管理事务」 「合计」');
    expect(text).toContain('应为 920.81 万元，实为 930.81 万元，差额 10.00 万元');
    await expect(text).toMatchFileSnapshot('../fixtures/check/golden/001-variant.txt');
  });
});

describe('yusuan check', () => {
  it('a clean seed: exit 0 and a summary line', async () => {
    const r = await runCli(['check', SEEDS.s001]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/001_9f46298a1159504d\.txt: 0 个错误，\d+ 个警告，\d+ 条提示\n$/);
    expect(r.stdout).not.toContain('\u001b['); // not a terminal: no colour
  });

  it('errors: exit 1', async () => {
    const r = await runCli(['check', variantFile('narrative.share')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('错误[narrative.share]');
    expect(r.stdout).toContain('说明为 95.18%');
  });

  it('--json prints spec §7: document, summary, findings with rule, severity, location, figures, message', async () => {
    const r = await runCli(['check', '--json', variantFile('table.hierarchy-sum')]);
    expect(r.code).toBe(1);
    const out = CheckResult.parse(JSON.parse(r.stdout));
    expect(out.summary.error).toBe(1);
    const e = out.findings.find((f) => f.severity === 'error')!;
    expect(e).toMatchObject({ rule: 'table.hierarchy-sum', table: 'income', row: '21001', column: 'total', expected: '920.81', actual: '930.81', difference: '10.00', unit: '万元' });
    expect(e.message).toMatch(/收入总表.*21001.*应为 920\.81.*实为 930\.81.*差额 10\.00/);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['document', 'summary', 'findings']);
  });

  it('several files: each its own disclosure, a line each and a total; any error makes exit 1', async () => {
    const r = await runCli(['check', SEEDS.s002, variantFile('narrative.amount')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/002_0b34a06b81f5dc6b\.txt: 0 个错误/);
    expect(r.stdout).toMatch(/narrative\.amount\.txt: 1 个错误/);
    expect(r.stdout).toMatch(/合计 2 个文件：1 个错误，\d+ 个警告，\d+ 条提示\n$/);
    const json = await runCli(['check', '--json', SEEDS.s002, SEEDS.s004]);
    expect(JSON.parse(json.stdout)).toHaveLength(2);
  });

  it('--rules selects by id or prefix; unknown rules are refused', async () => {
    const r = await runCli(['check', '--json', '--rules', 'narrative.share,table', variantFile('narrative.share')]);
    const out = CheckResult.parse(JSON.parse(r.stdout));
    expect(new Set(out.findings.map((f) => f.rule.split('.')[0]))).toEqual(new Set(['table', 'narrative']));
    const bad = await runCli(['check', '--rules', 'no.such', SEEDS.s002]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no.such');
  });

  it('unreadable input: exit 2 with one line on stderr', async () => {
    const r = await runCli(['check', 'no/such/file.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no/such/file.txt');
    const empty = await runCli(['check', '-'], '');
    expect(empty.code).toBe(2);
  });

  it('colour on a terminal', async () => {
    const out = Object.assign(new PassThrough(), { isTTY: true });
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const code = await main(['check', variantFile('narrative.share')], { stdin: Readable.from([]), stdout: out, stderr: new PassThrough(), cwd: process.cwd(), env: {} });
    expect(code).toBe(1);
    expect(Buffer.concat(chunks).toString()).toContain('\u001b[31m');
  });
});

describe('yusuan rules', () => {
  it('lists every rule with its severity and title', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.stdout).toContain(rule.id);
    const json = JSON.parse((await runCli(['rules', '--json'])).stdout);
    expect(json.map((x: { id: string }) => x.id)).toEqual(RULES.map((x) => x.id));
  });
});
