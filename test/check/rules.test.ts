import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/engine.js';
import { RULES } from '../../src/check/registry.js';
import { CHECK_FIXTURES, original, variant } from './variants.js';

// Every rule, alone: its mutated fixture (test/fixtures/check/RULE.edit) gives the finding it should —
// located, with the expected, actual and difference worked out by hand from the printed figures — and
// the original the fixture was made from gives none.

type Want = Partial<Record<'severity' | 'table' | 'row' | 'column' | 'expected' | 'actual' | 'difference' | 'unit', string | null>>;

const WANT: Record<string, Want> = {
  // 400.59 + 284.70 + 235.53 = 920.82 against 21001 printed 930.81
  'table.hierarchy-sum': { table: 'income', row: '21001', column: 'total', expected: '920.82', actual: '930.81', difference: '9.99', unit: '万元' },
  // 17 projects: 712.24 + 1.00
  'table.project-tree': { table: 'projects', row: '阳泉市卫生健康委员会 / 阳泉市卫生健康委员会', column: 'total', expected: '713.24', actual: '712.24', difference: '-1.00' },
  // 5993.89 + 576.78 + 512.28
  'table.total-row': { table: 'gpb_basic_econ', row: '合计', column: 'total', expected: '7082.95', actual: '7092.95', difference: '10.00' },
  'table.column-sum': { table: 'income', row: '2100101', column: 'total', expected: '410.59', actual: '400.59', difference: '-10.00' },
  // 400.59 + 530.23
  'table.basic-project': { table: 'expense', row: '21001', column: 'total', expected: '930.82', actual: '920.81', difference: '-10.01' },
  // 6516.17 + 576.78
  'table.personnel-public': { table: 'gpb_basic_econ', row: '合计', column: 'total', expected: '7092.95', actual: '7082.95', difference: '-10.00' },
  // 公务用车购置及运行费 41.40 = 购置 (blank) + 运行维护: the row printed 45.40 is the one to correct
  'table.three-public': { table: 'three_public', row: '②公务用车运行维护费', column: 'total', expected: '41.40', actual: '45.40', difference: '4.00' },
  // 18041.69 + 1124.01
  // 收入总计 19155.70 = 本年收入合计 18041.69 + 上年结转: the mutated 上年结转 breaks the sum, 收入总计 (also
  // = 支出总计) holds everywhere else — so the finding is at 上年结转
  'table.balance': { table: 'summary', row: '上年结转', column: 'amount', expected: '1114.01', actual: '1124.01', difference: '10.00' },
  'cross.summary-income': { table: 'income', row: '合计', column: 'general_public', expected: '18041.69', actual: '18051.69', difference: '10.00' },
  'cross.summary-expense': { table: 'expense', row: '210', column: 'total', expected: '17171.84', actual: '17181.84', difference: '10.00' },
  // 6636.20 + 760.91
  'cross.income-expense': { table: 'expense', row: '21004', column: 'total', expected: '7397.11', actual: '7387.11', difference: '-10.00' },
  'cross.gpb-income': { table: 'gpb_expense', row: '2100101', column: 'total', expected: '400.59', actual: '410.59', difference: '10.00' },
  'cross.gpb-expense': { table: 'gpb_expense', row: '2100101', column: 'basic', expected: '400.59', actual: '410.59', difference: '10.00' },
  'cross.gpb-basic-econ': { table: 'gpb_basic_econ', row: '合计', column: 'total', expected: '7082.95', actual: '7092.95', difference: '10.00' },
  'cross.gpb-projects': { table: 'projects', row: '阳泉市卫生健康委员会', column: 'general_public', expected: '10958.74', actual: '10968.74', difference: '10.00' },
  // 10958.74 + 1114.01
  'cross.expense-projects': { table: 'expense', row: '合计', column: 'project', expected: '12072.75', actual: '12082.75', difference: '10.00' },
  'cross.carryover-projects': { table: 'projects_carryover', row: '阳泉市卫生健康委员会', column: 'total', expected: '1114.01', actual: '1124.01', difference: '10.00' },
  'cross.fiscal-summary': { table: 'fiscal_summary', row: '一、一般公共预算', column: 'amount', expected: '18041.69', actual: '18051.69', difference: '10.00' },
  // 19155.70 − 1104.01
  'cross.fiscal-funds': { table: 'gpb_expense', row: '合计', column: 'total', expected: '18051.69', actual: '18041.69', difference: '-10.00' },
  'cross.three-public-econ': { table: 'three_public', row: '②公务用车运行维护费', column: 'total', expected: '45.40', actual: '41.40', difference: '-4.00' },
  // 593.28 − 576.78
  'cross.admin-running': { table: 'admin_running', row: '部门合计', column: 'general_public', expected: '576.78', actual: '593.28', difference: '16.50' },
  'document.missing-table': { table: 'gf_income', severity: 'error' },
  'document.empty-table': { table: 'projects_carryover', column: 'total', expected: '1114.01', actual: '0.00', difference: '-1114.01' },
  'document.year': { table: 'three_public', column: 'title', expected: '2024', actual: '2023' },
  'document.unit': { severity: 'warning', table: 'admin_running', expected: '万元', actual: '元' },
  // 2080599 printed under 款 20132, whose other rows agree with it: the 项 is misprinted, 2013299 fits
  'code.structure': { table: 'income', row: '2080599', expected: '2013299', actual: '2080599' },
  'code.names': { severity: 'warning', table: 'gpb_expense', row: '21001', expected: '卫生健康管理事务', actual: '卫生健康管理事物' },
  'narrative.amount': { table: 'narrative', row: '支出预算情况说明 / 基本支出', column: 'amount', expected: '7082.95', actual: '7182.95', difference: '100.00' },
  // 18041.69 / 19155.70 = 94.184…%
  'narrative.share': { table: 'narrative', row: '收入预算情况说明 / 一般公共预算拨款收入', column: 'share', expected: '94.18', actual: '95.18', difference: '1.00', unit: '%' },
  'narrative.count': { severity: 'warning', table: 'narrative', column: 'count', expected: '3', actual: '4', unit: '家' },
  // 52 + 35 projects against 86
  // 特定目标类项目 34 → 35 in the first of two breakdowns of the same 86 projects: the sum 52 + 35 ≠ 86 and
  // the second breakdown's 34 both point at it
  'narrative.breakdown': { table: 'narrative', row: '绩效管理情况 / 特定目标类项目', column: 'count', expected: '34', actual: '35', difference: '1', unit: '个' },
  // 991.08 + 2.10 + 320.65
  'narrative.procurement': { table: 'narrative', row: '政府采购情况 / 政府采购预算总额', expected: '1313.83', actual: '1303.83', difference: '-10.00' },
  // 708.43 / (19155.70 − 708.43) = 3.840…%
  'narrative.yoy': { severity: 'warning', table: 'narrative', column: 'change_rate', expected: '3.84', actual: '4.84' },
  'narrative.yoy-reason': { severity: 'warning', table: 'narrative', row: '单位预算收支数据变动情况及原因 / 比上年增加', column: 'reason', actual: '8.97万元' },
  'narrative.project-amount': { severity: 'warning', table: 'narrative', expected: '60.00', actual: '65.00', difference: '5.00' },
  'performance.match': { severity: 'warning', table: 'performance', row: '职业病签定经费', column: 'project', expected: '职业病鉴定经费', actual: '职业病签定经费', difference: '1' },
  // the row prints 12.25万元 = 122,500元
  'performance.funds-table': { table: 'performance', row: '职业病鉴定经费', column: 'annual.total', expected: '122500.00', actual: '132500.00', difference: '10000.00', unit: '元' },
  'performance.funds-sources': { table: 'performance', row: '职业病鉴定经费', column: 'annual.total', expected: '112500.00', actual: '122500.00', difference: '10000.00' },
  'performance.funds-periods': { severity: 'error', table: 'performance', row: '职业病鉴定经费', column: 'annual.total', expected: '102500.00', actual: '122500.00', difference: '20000.00' },
  'performance.forms-count': { severity: 'warning', table: 'performance', column: 'count', expected: '3', actual: '2', difference: '-1' },
  'performance.form-entity': { severity: 'warning', row: '职业病鉴定经费', column: 'unit', expected: '阳泉市卫生健康委员会医事管理中心', actual: '阳泉市卫生健康综合执法队' },
  'performance.department-form': { severity: 'warning', row: '东山县卫生健康局', column: 'budget.total', expected: '1230.50', actual: '1350.50', unit: '万元' },
  'performance.levels': { severity: 'warning', row: '基层卫生服务能力提升经费', actual: '成本指标' },
  'performance.indicator-values': { severity: 'warning', row: '基层卫生服务能力提升经费', actual: '群众满意度「有效提高」' },
  'performance.indicator-duplicates': { severity: 'warning', row: '基层卫生服务能力提升经费', actual: '设备验收合格率×2' },
  'performance.period-sets': { severity: 'info', row: '基层卫生服务能力提升经费', expected: '设备验收合格率', actual: '培训完成人次数' },
  'hygiene.entity-name': { severity: 'warning', table: 'admin_running', column: 'entity', expected: '阳泉市卫生健康委员会', actual: '阳泉市卫生局' },
  'hygiene.template-leftover': { severity: 'warning', table: 'narrative', row: '其他说明' },
  'hygiene.decimals': { severity: 'warning', table: 'narrative', actual: '1,303.835万元' },
};

const severe = (s: string) => s !== 'info';

describe('every rule has a fixture and an expectation', () => {
  it('one edit and one expectation per rule, nothing left over', () => {
    const edits = readdirSync(CHECK_FIXTURES).filter((f) => f.endsWith('.edit')).map((f) => f.replace(/\.edit$/, '')).sort();
    expect(edits).toEqual(RULES.map((r) => r.id).sort());
    expect(Object.keys(WANT).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

describe.each(RULES.map((r) => r.id))('%s', (id) => {
  const want = WANT[id]!;
  const base = /^base:\s*(.+)$/m.exec(readFileSync(join(CHECK_FIXTURES, `${id}.edit`), 'utf8'))![1]!.trim();

  it('fails on its mutated fixture, located', async () => {
    const found = check(await variant(id), { rules: [id] }).findings;
    expect(found.every((f) => f.rule === id)).toBe(true);
    const relevant = found.filter((f) => (want.severity === 'info' ? true : severe(f.severity)));
    expect(relevant).toContainEqual(expect.objectContaining({ severity: want.severity ?? 'error', ...want }));
  });

  it(`passes on the original (${base})`, async () => {
    const found = check(await original(base), { rules: [id] }).findings.filter((f) => (want.severity === 'info' ? f.severity === 'info' : severe(f.severity)));
    // 001 itself has one unexplained change (一般公共预算当年支出 比上年减少405.58万元): the yoy-reason
    // fixture is built on 002, where every change is explained.
    expect(found).toEqual([]);
  });
});
