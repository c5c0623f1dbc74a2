import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/engine.js';
import { variant } from './variants.js';

// The whole checker on single-error variants of the seeds: one wrong figure is one error, at that
// figure, with the value every other relation implies, whichever rule reports it first; the other rules
// it breaks are listed as related, not repeated.

const CASES: Array<[string, Record<string, string | null>]> = [
  // spec §7's example: income 21001 合计 930.81 where its 项, its 类, its 一般公共预算 and the expense table say 920.81
  ['table.hierarchy-sum', { rule: 'table.hierarchy-sum', table: 'income', row: '21001', column: 'total', expected: '920.81', actual: '930.81', difference: '10.00', unit: '万元' }],
  ['table.column-sum', { table: 'income', row: '2100101', column: 'general_public', expected: '400.59', actual: '410.59', difference: '10.00' }],
  ['table.basic-project', { table: 'expense', row: '21001', column: 'project', expected: '520.23', actual: '530.23', difference: '10.00' }],
  ['table.project-tree', { table: 'projects', row: '阳泉市卫生健康委员会 / 阳泉市卫生健康委员会 / 爱国卫生运动经费', column: 'total', expected: '16.90', actual: '17.90', difference: '1.00' }],
  ['table.three-public', { table: 'three_public', row: '②公务用车运行维护费', column: 'total', expected: '41.40', actual: '45.40', difference: '4.00' }],
  ['table.balance', { table: 'summary', row: '上年结转', column: 'amount', expected: '1114.01', actual: '1124.01', difference: '10.00' }],
  ['cross.summary-income', { table: 'income', row: '合计', column: 'general_public', expected: '18041.69', actual: '18051.69' }],
  ['cross.summary-expense', { table: 'expense', row: '210', column: 'total', expected: '17171.84', actual: '17181.84' }],
  ['cross.income-expense', { table: 'income', row: '21004', column: 'carryover', expected: '750.91', actual: '760.91' }],
  ['cross.gpb-income', { table: 'gpb_expense', row: '2100101', column: 'total', expected: '400.59', actual: '410.59' }],
  ['cross.gpb-expense', { table: 'gpb_expense', row: '2100101', column: 'basic', expected: '400.59', actual: '410.59' }],
  ['cross.gpb-projects', { table: 'projects', row: '阳泉市卫生健康委员会', column: 'general_public', expected: '10958.74', actual: '10968.74' }],
  ['cross.expense-projects', { table: 'expense', row: '合计', column: 'project', expected: '12072.75', actual: '12082.75' }],
  ['cross.carryover-projects', { table: 'projects_carryover', row: '阳泉市卫生健康委员会', column: 'total', expected: '1114.01', actual: '1124.01' }],
  ['cross.fiscal-summary', { table: 'fiscal_summary', row: '一、一般公共预算', column: 'amount', expected: '18041.69', actual: '18051.69' }],
  ['cross.fiscal-funds', { table: 'fiscal_summary', row: '一、一般公共预算', column: 'amount', expected: '1114.01', actual: '1104.01', difference: '-10.00' }],
  ['cross.three-public-econ', { table: 'gpb_basic_econ', row: '30231', column: 'total', expected: '41.40', actual: '45.40', difference: '4.00' }],
  ['cross.admin-running', { table: 'admin_running', row: '部门合计', column: 'total', expected: '93.28', actual: '593.28', difference: '500.00' }],
  ['document.empty-table', { rule: 'document.empty-table', table: 'projects_carryover', expected: '1114.01', actual: '0.00' }],
  ['document.missing-table', { rule: 'document.missing-table', table: 'gf_income' }],
  ['document.year', { rule: 'document.year', table: 'three_public', expected: '2024', actual: '2023' }],
  ['narrative.amount', { rule: 'narrative.amount', table: 'narrative', row: '支出预算情况说明 / 基本支出', expected: '7082.95', actual: '7182.95' }],
  ['narrative.share', { rule: 'narrative.share', expected: '94.18', actual: '95.18' }],
  // the part misprinted (特定目标类项目 35), told from its twin in the restated breakdown (34)
  ['narrative.breakdown', { rule: 'narrative.breakdown', row: '绩效管理情况 / 特定目标类项目', column: 'count', expected: '34', actual: '35' }],
  ['narrative.procurement', { rule: 'narrative.procurement', expected: '1313.83', actual: '1303.83' }],
  // the 年度 total 122,500 is what the project table's 12.25万元 and the 实施期 block confirm: the 市县 source
  // lowered to 112,500 is the figure to correct
  ['performance.funds-sources', { rule: 'performance.funds-sources', row: '职业病鉴定经费', column: 'annual.city_county', expected: '122500.00', actual: '112500.00' }],
  // the 实施期 block was lowered to 102,500 while 年度 keeps 122,500 — which the project table (12.25万元)
  // confirms: so the 实施期 figure is the one to correct
  ['performance.funds-periods', { rule: 'performance.funds-periods', row: '职业病鉴定经费', column: 'implementation.total', expected: '122500.00', actual: '102500.00' }],
];

// One printed mistake that is not one cell: a table shifted consistently against the others, or a figure
// whose one failing sum has its total confirmed elsewhere. Still one error, where the mistake is.
const LOCALISED: Array<[string, Record<string, string | number | null>]> = [
  // the department row of the 上年结转 table (1124.01) against 收支总表 and 支出总表 (1114.01); the unit and
  // project raised with it keep the table's own sums, so they are not the place to correct
  ['mistakes/chain-carryover', { table: 'projects_carryover', row: '阳泉市卫生健康委员会', column: 'total', expected: '1114.01', actual: '1124.01', line: 557 }],
  // 上年结转 1124.01 and the four totals printed with it in 收支总表, against 1114.01 everywhere else
  ['mistakes/table-summary', { rule: 'cross.summary-income', table: 'summary', row: '上年结转', column: 'amount', expected: '1114.01', actual: '1124.01', line: 98 }],
  // 年度 total 100,000 = 10.00万元 in the project table: the 市县 source is the figure to correct
  ['mistakes/single-source', { rule: 'performance.funds-sources', table: 'performance', row: '防控办疫情防控经费', column: 'annual.city_county', expected: '100000.00', actual: '110000.00' }],
  // 合计 70.00 = the form's 700,000元: the 一般公共预算 cell is the one to correct
  ['mistakes/single-column', { rule: 'table.column-sum', table: 'projects', column: 'general_public', expected: '70.00', actual: '70.02', line: 445 }],
  // 收入总表's 上年结转 column moved between subjects; 支出总表 and the other tables agree with each other
  ['mistakes/table-moved', { rule: 'cross.income-expense', table: 'income', row: '21004', column: 'carryover', expected: '750.91', actual: '740.91', line: 132 }],
  // a table printed empty while its figures are shown elsewhere: one finding, standing for every failure
  // that reads the table (and the 说明 statements that name its figures are not compared with another table)
  ['mistakes/empty-summary', { rule: 'document.empty-table', table: 'summary', expected: '18041.69', actual: '0.00' }],
  ['mistakes/empty-admin-running', { rule: 'document.empty-table', table: 'admin_running', expected: '93.28', actual: '0.00' }],
  ['mistakes/empty-gpb-expense', { rule: 'document.empty-table', table: 'gpb_expense', expected: '18041.69', actual: '0.00' }],
  ['mistakes/empty-projects', { rule: 'document.empty-table', table: 'projects', expected: '10958.74', actual: '0.00' }],
  // a misprinted code: one error at it, standing for the comparisons by code it breaks in the other tables
  ['mistakes/code-kuan', { rule: 'code.structure', table: 'income', row: '20905', expected: '20805', actual: '20905', line: 116 }],
  ['mistakes/code-class', { rule: 'code.structure', table: 'expense', row: '211', expected: '210', actual: '211', line: 173 }],
  ['mistakes/code-one-table', { rule: 'code.structure', table: 'expense', row: '2100411', expected: '2100401', actual: '2100411', line: 185 }],
  ['mistakes/code-length', { rule: 'code.structure', table: 'income', row: '210010', expected: '2100101', actual: '210010', line: 123 }],
  ['mistakes/code-letters', { rule: 'code.structure', table: 'income', row: '2O1', expected: '201', actual: '2O1', line: 112 }],
  // the same misprint in three tables (so they agree with each other): once, at the first
  ['mistakes/code-all-tables', { rule: 'code.structure', table: 'income', row: '20905', expected: '20805', actual: '20905', line: 116 }],
  // the document's year is the one most titles, heads and the narrative print: a cover left at 2023 is one
  // place, not the year 95 other places are measured against; a head over three columns is one place
  ['mistakes/year-cover', { rule: 'document.year', table: 'document', column: 'title', expected: '2024', actual: '2023' }],
  ['mistakes/year-head', { rule: 'document.year', table: 'expense', expected: '2024', actual: '2023', line: 155 }],
  ['mistakes/year-head-bare', { rule: 'document.year', table: 'admin_running', expected: '2024', actual: '2023', line: 421 }],
  ['mistakes/year-sentence', { rule: 'document.year', table: 'narrative', row: '机关运行经费增减变动原因说明', expected: '2024', actual: '2023' }],
  // 收入总表 合计 上年结转 left blank: the 一般公共预算 split that only holds with nothing carried over is one
  // more relation it breaks, not an error of 一般公共预算支出表
  ['mistakes/blank-income-carryover', { rule: 'table.total-row', table: 'income', row: '合计', column: 'carryover', expected: '1114.01', actual: '0.00', line: 111 }],
  // a project's 合计 printed 70.004 against its form's 700,000元: the table figure, shown to its printed digit
  ['mistakes/decimals-project', { rule: 'performance.funds-table', table: 'projects', column: 'total', expected: '70.000', actual: '70.004', line: 445 }],
  // the 说明 contradicting itself: the figure that disagrees with the tables and with its own 其中 parts
  ['mistakes/narrative-total', { rule: 'narrative.amount', table: 'narrative', row: '绩效管理情况 / 金额', expected: '10958.74', actual: '10968.74' }],
  ['mistakes/narrative-head', { rule: 'narrative.amount', table: 'narrative', row: '绩效管理情况 / 涉及部门预算资金', expected: '18041.69', actual: '18051.69' }],
  // a 其中 part, told from the same part restated in the next sentence
  ['mistakes/narrative-part', { rule: 'narrative.breakdown', table: 'narrative', row: '绩效管理情况 / 涉及金额', expected: '8535.55', actual: '8545.55' }],
  // a table left out: reported missing, not also empty
  ['mistakes/missing-expense', { rule: 'document.missing-table', table: 'expense', expected: '19155.70', actual: '0.00' }],
];

describe('one mistake beyond one cell: one error, where the mistake is', () => {
  it.each(LOCALISED)('%s', async (name, want) => {
    const errors = check(await variant(name)).findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject(want);
  });

  it('names: a unit headed with its department, another entity in the 说明, a placeholder — warnings of the right rule', async () => {
    const warn = async (name: string) => check(await variant(name)).findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('hygiene.'));
    expect(await warn('mistakes/entity-parent')).toEqual([
      expect.objectContaining({ rule: 'hygiene.entity-name', severity: 'warning', table: 'summary', expected: '阳泉市卫生健康委员会医事管理中心', actual: '阳泉市卫生健康委员会' }),
    ]);
    expect(await warn('mistakes/entity-narrative')).toEqual([
      expect.objectContaining({ rule: 'hygiene.entity-name', severity: 'warning', table: 'narrative', row: '收入预算情况说明', actual: '阳泉市教育局' }),
    ]);
    // a short name of the entity is the entity (省检察院, 阳泉市卫健委)
    expect(await warn('mistakes/entity-abbreviation')).toEqual([]);
    expect(await warn('mistakes/entity-placeholder')).toEqual([expect.objectContaining({ rule: 'hygiene.template-leftover', table: 'summary', actual: 'XX' })]);
  });

  it('a change from nothing (增加93.28万元，增长100%) is not checked for its rate; a rate is shown with the year it compares with', async () => {
    const none = check(await variant('mistakes/yoy-from-nothing')).findings.filter((f) => f.rule === 'narrative.yoy');
    expect(none).toEqual([]);
    const [rate] = check(await variant('mistakes/yoy-rate-label')).findings.filter((f) => f.rule === 'narrative.yoy');
    expect(rate).toMatchObject({ row: '机关运行经费增减变动原因说明 / 比2023年预算增加', expected: '1.61', actual: '2.61' });
  });

  it('a TOC naming another year: one warning, no error', async () => {
    const found = check(await variant('mistakes/year-toc')).findings.filter((f) => f.rule === 'document.year');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', column: 'toc', expected: '2024', actual: '2023', line: 13 })]);
    const r = check(await variant('mistakes/year-cover'));
    expect(r.document.fiscal_year).toBe(2024);
  });

  it('the other rules and figures the mistake explains are named with it', async () => {
    const [chain] = check(await variant('mistakes/chain-carryover')).findings.filter((f) => f.severity === 'error');
    expect(chain!.related).toEqual(['cross.carryover-projects']);
    expect(chain!.params).toMatchObject({ kind: 'culprit', checks: 2, chain: 1 });
    const [table] = check(await variant('mistakes/table-summary')).findings.filter((f) => f.severity === 'error');
    expect(table!.related).toEqual(['cross.summary-expense', 'cross.carryover-projects']);
    expect(table!.message).toContain('本表另有');
    const [admin] = check(await variant('mistakes/empty-admin-running')).findings.filter((f) => f.severity === 'error');
    expect(admin!.related).toEqual(['narrative.amount']);
    expect(admin!.message).toContain('机关运行经费财政拨款预算」为 93.28万元');
    const [code] = check(await variant('mistakes/code-kuan')).findings.filter((f) => f.severity === 'error');
    expect(code!.related).toEqual(['cross.income-expense', 'cross.gpb-income']);
    expect(code!.message).toContain('编码 20905 与上下级科目不符（上级科目为 208，其下 4 个科目以 20805 开头），应为 20805');
    const [all] = check(await variant('mistakes/code-all-tables')).findings.filter((f) => f.severity === 'error');
    expect(all!.message).toContain('支出总表、一般公共预算支出表中同样印为 20905');
    const [blank] = check(await variant('mistakes/blank-income-carryover')).findings.filter((f) => f.severity === 'error');
    expect(blank!.related).toContain('cross.gpb-expense');
    const [projects] = check(await variant('mistakes/empty-projects')).findings.filter((f) => f.rule === 'document.empty-table');
    expect(projects!.related).toEqual(['cross.gpb-projects', 'cross.expense-projects', 'performance.match']);
  });
});

describe('single-error variants: exactly the one error, located', () => {
  it.each(CASES)('%s', async (name, want) => {
    const errors = check(await variant(name)).findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject(want);
    expect(errors[0]!.message).toContain(want.expected ?? '');
  });

  it('the figure behind several failures names the rules it also breaks', async () => {
    const [e] = check(await variant('table.hierarchy-sum')).findings.filter((f) => f.severity === 'error');
    expect(e!.related).toEqual(['table.column-sum', 'cross.income-expense']);
    expect(e!.params).toMatchObject({ kind: 'culprit', checks: 4 });
  });
});
