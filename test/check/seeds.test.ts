import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/engine.js';
import { CheckResult, type Finding } from '../../src/check/finding.js';
import { parseFile, parseText, SEEDS } from '../helpers/seeds.js';
import { applyEdit, CHECK_FIXTURES } from './variants.js';

// The seeds as published: 001 and 002 contradict themselves nowhere (0 errors); what they do show is
// reviewed below finding by finding, with the figures worked out by hand from the documents.

const of = (fs: readonly Finding[], rule: string, sev?: Finding['severity']) => fs.filter((f) => f.rule === rule && (!sev || f.severity === sev));

describe('seed 001 (阳泉市卫生健康委员会, department)', async () => {
  const r = check(await parseFile(SEEDS.s001));

  it('validates against the finding schema and has no errors', () => {
    expect(CheckResult.parse(r)).toEqual(r);
    expect(r.summary.error).toBe(0);
    expect(r.document).toMatchObject({ entity: '阳泉市卫生健康委员会', fiscal_year: 2024, level: 'department', template: 'shanxi' });
  });

  it('41 forms printed for the 86 published targets the narrative states', () => {
    expect(of(r.findings, 'performance.forms-count')).toEqual([
      expect.objectContaining({ severity: 'warning', expected: '86', actual: '41', difference: '-45', unit: '个' }),
    ]);
  });

  it('a form matched to its row only by the closest name (救治 / 收治), and one printed under a misspelt unit', () => {
    expect(of(r.findings, 'performance.match')).toEqual([
      expect.objectContaining({ severity: 'warning', row: '严重精神障碍患者救治及精防办经费', expected: '严重精神障碍患者收治及精防办经费', difference: '1', params: expect.objectContaining({ kind: 'name' }) }),
      expect.objectContaining({ severity: 'warning', row: '公立医院综合改革经费', expected: '阳泉市妇幼保健院(阳泉市妇幼保健计划生育服务中心)', actual: '阳泉市妇幼保健院(阳泉市妇幼保健计划主责服务中心)' }),
    ]);
    // both still agree with their rows' amounts: 30.00 = 300,000元, 45.00 = 450,000元
    expect(of(r.findings, 'performance.funds-table')).toEqual([]);
  });

  it('the one change without a reason: 一般公共预算当年支出 比上年减少405.58万元', () => {
    expect(of(r.findings, 'narrative.yoy-reason')).toEqual([expect.objectContaining({ severity: 'warning', row: '一般公共预算支出情况说明 / 比上年减少', actual: '405.58万元' })]);
    // 708.43 / (19155.70 − 708.43) = 3.84%, 405.58 / (18041.69 + 405.58) = 2.2%, 1.48 / (93.28 − 1.48) = 1.61%: consistent
    expect(of(r.findings, 'narrative.yoy')).toEqual([]);
  });

  it('尾差 as info, with the printed figures', () => {
    const info = of(r.findings, 'table.hierarchy-sum', 'info');
    // 21001: 400.59 + 284.70 + 235.53 = 920.82, printed 920.81
    expect(info).toContainEqual(expect.objectContaining({ table: 'income', row: '21001', column: 'total', expected: '920.82', actual: '920.81', difference: '-0.01' }));
    // 210: 920.81 + 7871.53 + 6636.20 + 126.62 + 296.29 + 57.00 + 149.37 = 16057.82, printed 16057.83
    expect(info).toContainEqual(expect.objectContaining({ table: 'income', row: '210', column: 'total', expected: '16057.82', actual: '16057.83' }));
    // 紧急医疗救援中心: its 10 projects add up to 413.23, printed 413.22
    expect(of(r.findings, 'table.project-tree', 'info')).toContainEqual(expect.objectContaining({ table: 'projects', row: '阳泉市卫生健康委员会 / 阳泉市紧急医疗救援中心', column: 'total', expected: '413.23', actual: '413.22' }));
    expect(r.findings.filter((f) => f.severity === 'info' && f.params?.kind === 'rounding').every((f) => Math.abs(Number(f.difference)) <= 0.02)).toBe(true);
  });

  it('the narrative agrees with the tables: amounts, shares (94.18%, 5.82%, 36.98%, 63.02%, 8.12%, 89.00%, 2.82%), counts, procurement', () => {
    for (const rule of ['narrative.amount', 'narrative.share', 'narrative.count', 'narrative.breakdown', 'narrative.procurement', 'narrative.project-amount']) {
      expect(of(r.findings, rule).filter((f) => f.severity !== 'info'), rule).toEqual([]);
    }
  });
});

describe('seed 002 (医事管理中心, unit)', async () => {
  const r = check(await parseFile(SEEDS.s002));

  it('has no errors', () => {
    expect(r.summary.error).toBe(0);
  });

  it('basic expenditure 136.97 against 人员经费 129.01 + 公用经费 7.95 = 136.96: 尾差', () => {
    expect(of(r.findings, 'table.personnel-public', 'info')).toEqual([
      expect.objectContaining({ table: 'gpb_basic_econ', row: '合计', column: 'total', expected: '136.96', actual: '136.97', difference: '0.01' }),
    ]);
  });

  it('“占部门（单位）项目支出总额的0%”: the unit’s own 67.25 of 67.25 is 100%, but the whole may be the department’s — a warning', () => {
    expect(of(r.findings, 'narrative.share')).toEqual([
      expect.objectContaining({ severity: 'warning', row: '绩效管理情况 / 涉及项目金额', expected: '100', actual: '0', params: expect.objectContaining({ ambiguous_whole: 1 }) }),
    ]);
  });

  it('the 考务费 form repeats its indicator rows (an extraction of the published form)', () => {
    expect(of(r.findings, 'performance.indicator-duplicates')).toContainEqual(
      expect.objectContaining({ severity: 'warning', row: '卫生健康考试考务费', column: 'annual', params: expect.objectContaining({ duplicates: 60 }) }),
    );
  });

  it('as many forms as the 2 stated, and their 年度资金 550,000 + 122,500元 = 67.25万元 as stated', async () => {
    expect(of(r.findings, 'performance.forms-count')).toEqual([]);
    const line = readFileSync(SEEDS.s002, 'utf8').split('\n')[436]!;
    const edit = `# 涉及项目金额 of the published forms 67.25 → 68.25\nbase: 002\n@@ 437\n-${line}\n+${line.replace('公开项目绩效目标2个，涉及项目金额67.25万元', '公开项目绩效目标2个，涉及项目金额68.25万元')}\n`;
    const changed = check(await parseText(applyEdit(edit).text), { rules: ['performance.forms-count'] });
    expect(changed.findings).toEqual([expect.objectContaining({ severity: 'warning', table: 'narrative', expected: '67.25', actual: '68.25', difference: '1.00' })]);
  });

  it('changes are explained (the 8.97万元 of section 五 is the one section 一 explains); forms match their rows', () => {
    expect(of(r.findings, 'narrative.yoy-reason')).toEqual([]);
    expect(of(r.findings, 'performance.match')).toEqual([]);
    expect(of(r.findings, 'performance.funds-table')).toEqual([]);
  });
});

describe('performance-only documents', () => {
  it('000 and 004: no errors; 004’s 上海 forms carry no 成本指标', async () => {
    expect(check(await parseFile(SEEDS.s000)).summary.error).toBe(0);
    const r = check(await parseFile(SEEDS.s004));
    expect(r.summary.error).toBe(0);
    const levels = of(r.findings, 'performance.levels');
    expect(levels).toHaveLength(8);
    expect(levels.every((f) => f.actual === '成本指标')).toBe(true);
  });
});

describe('unseen documents', () => {
  it('a county department whose 上年结转 project table is printed empty while its totals carry 20.00万元 over: one error', async () => {
    const doc = await parseText(readFileSync(join(CHECK_FIXTURES, 'county-carryover-empty.txt'), 'utf8'));
    const errors = check(doc).findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        rule: 'document.empty-table', table: 'projects_carryover', column: 'total', expected: '20.00', actual: '0.00', difference: '-20.00', unit: '万元',
        related: ['cross.expense-projects', 'cross.carryover-projects'],
        params: expect.objectContaining({ status: 'empty', evidence_table: 'summary', evidence_row: '上年结转' }),
      }),
    ]);
    expect(errors[0]!.message).toContain('本表无数据');
  });
});
