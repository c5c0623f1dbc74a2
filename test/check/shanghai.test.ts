import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckContext } from '../../src/check/context.js';
import { check } from '../../src/check/engine.js';
import { narrativeOf, resolveMention } from '../../src/check/narrative/statements.js';
import { RULES } from '../../src/check/registry.js';
import { Emitter } from '../../src/check/rule.js';
import { runCli } from '../helpers/cli.js';
import { parseFile } from '../helpers/seeds.js';

// The checker on the 上海 区级 template (test/fixtures/unseen/shanghai-district.txt, see read-shanghai.test.ts):
// the consistent document passes every rule, its 编制说明 read part by part; the variant with three planted
// contradictions gives exactly those three errors, located, with expected, actual and difference.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'unseen');
const GOOD = join(FIXTURES, 'shanghai-district.txt');
const BAD = join(FIXTURES, 'shanghai-district-contradictions.txt');

describe('上海 区级: the consistent document', () => {
  it('no finding at all', async () => {
    const r = check(await parseFile(GOOD));
    expect(r.document).toMatchObject({ template: 'shanghai', entity: '上海市临江区绿化和市容管理局', fiscal_year: 2024 });
    expect(r.findings).toEqual([]);
  });

  it('the relations are checked, not skipped: tables, tables against each other, text against tables', async () => {
    const ctx = new CheckContext(await parseFile(GOOD));
    const emitted = new Map<string, number>();
    for (const rule of RULES) {
      const e = new Emitter(rule);
      rule.run(ctx, e);
      emitted.set(rule.id, e.checks.length);
    }
    for (const id of [
      'table.hierarchy-sum', 'table.total-row', 'table.column-sum', 'table.basic-project', 'table.personnel-public', 'table.three-public', 'table.balance',
      'cross.summary-income', 'cross.summary-expense', 'cross.income-expense', 'cross.gpb-income', 'cross.gpb-expense', 'cross.gpb-basic-econ',
      'cross.fiscal-summary', 'cross.fiscal-funds', 'cross.three-public-econ', 'cross.admin-running', 'narrative.amount', 'narrative.breakdown',
      'narrative.procurement', 'performance.funds-sources',
    ]) {
      expect([id, emitted.get(id)! > 0]).toEqual([id, true]);
    }
    // 收入总计 = 一、财政拨款收入 + 二、事业收入 + 三、事业单位经营收入 + 四、其他收入 with no 本年收入合计 printed;
    // 财政拨款收入 = its three kinds; 支出总计 = the classes; 收入总计 = 支出总计 (both tables).
    expect(emitted.get('table.balance')).toBe(17);
    // Each fund's table against the 财政拨款收支预算总表 column: 一般公共预算, 政府性基金, 国有资本经营.
    expect(emitted.get('cross.fiscal-funds')).toBe(3);
  });

  it('the 编制说明 is read part by part, each under its sub-heading', async () => {
    const ctx = new CheckContext(await parseFile(GOOD));
    const parts = narrativeOf(ctx);
    expect(parts.map((p) => [p.section.title.replace('2024年部门预算编制说明 / ', ''), p.kind])).toEqual([
      ['收入预算', 'income'], ['支出预算', 'expense'], ['财政拨款支出主要内容', 'fiscal'], ['“三公”经费预算', 'three_public'],
      ['机关运行经费预算', 'admin'], ['政府采购预算情况', 'procurement'], ['国有资产占有使用情况', 'assets'], ['预算绩效目标设置情况', 'performance'],
    ]);
    // The subjects named “…（类）…（款）…（项）”科目 are the rows of that code.
    const fiscal = parts[2]!;
    const subjects = fiscal.scan.mentions.map((m) => resolveMention(ctx, fiscal, m)?.concept).filter((c) => c?.startsWith('subject:'));
    expect(subjects).toEqual([
      'subject:2080505', 'subject:2080506', 'subject:2101101', 'subject:2101102', 'subject:2120101', 'subject:2120199', 'subject:2120501',
      'subject:2120803', 'subject:2130205', 'subject:2210201', 'subject:2230105',
    ]);
    // 机关运行经费 is the column of the “三公”经费和机关运行经费预算表.
    const admin = parts[4]!;
    const money = admin.scan.mentions.find((m) => m.kind === 'money' && !m.change)!;
    expect(resolveMention(ctx, admin, money)?.readings[0]?.[0]?.loc).toMatchObject({ table: 'three_public_admin', column: 'admin_running' });
  });
});

describe('上海 区级: three planted contradictions', () => {
  it('the variant differs from the consistent document in three printed figures only', () => {
    const a = readFileSync(GOOD, 'utf8').split('\n');
    const b = readFileSync(BAD, 'utf8').split('\n');
    expect(b).toHaveLength(a.length);
    const changed = a.map((l, i) => (l === b[i] ? null : i + 1)).filter((i) => i !== null);
    expect(changed).toEqual([35, 47, 245]);
  });

  it('exactly those three errors, each located with expected, actual and difference', async () => {
    const r = check(await parseFile(BAD));
    expect(r.summary).toEqual({ error: 3, warning: 0, info: 0 });
    const pick = (f: (typeof r.findings)[number]) => ({
      rule: f.rule, table: f.table, row: f.row, column: f.column, expected: f.expected, actual: f.actual, difference: f.difference, unit: f.unit, line: f.line,
    });
    expect(r.findings.map(pick)).toEqual([
      // 款 21011 行政事业单位医疗 printed 1,962,533.60: its 项 add up to 612,845.16 + 1,048,370.44 + 201,318.00 = 1,862,533.60,
      // and its 基本支出 and the 收入预算总表 say so too — one figure, one finding.
      {
        rule: 'table.hierarchy-sum', table: 'gpb_expense', row: '21011', column: 'total', expected: '1862533.60', actual: '1962533.60',
        difference: '100000.00', unit: '元', line: 245,
      },
      // 行政单位医疗（项）: 612,845.16 元 is 61.28 万元, the text says 62.18.
      {
        rule: 'narrative.amount', table: 'narrative', row: '2024年部门预算编制说明 / 财政拨款支出主要内容 / 卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)',
        column: 'amount', expected: '61.28', actual: '62.18', difference: '0.90', unit: '万元', line: 31,
      },
      // 财政拨款收入 161,228,426.70 of 收入总计 163,398,426.70 is 98.67%, the text says 93.21%.
      {
        rule: 'narrative.share', table: 'narrative', row: '2024年部门预算编制说明 / 收入预算 / 财政拨款收入', column: 'share', expected: '98.67',
        actual: '93.21', difference: '-5.46', unit: '%', line: 31,
      },
    ]);
    expect(r.findings[0]!.related).toEqual(expect.arrayContaining(['table.basic-project', 'cross.gpb-income']));
    expect(r.findings[1]!.message).toContain('一般公共预算支出表');
  });

  it('yusuan check exits 1 and names the three', async () => {
    const out = await runCli(['check', BAD]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('错误[table.hierarchy-sum] 一般公共预算支出表 21011「行政事业单位医疗」');
    expect(out.stdout).toContain('错误[narrative.amount]');
    expect(out.stdout).toContain('错误[narrative.share]');
    expect((await runCli(['check', GOOD])).code).toBe(0);
  });
});
