import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check/engine.js';
import type { Disclosure, Row, Table } from '../../src/model/disclosure.js';
import { PublishInput, type PublishInputDraft } from '../../src/publish/atomic-input.js';
import { consolidate } from '../../src/publish/consolidate.js';
import { publishInput } from '../../src/publish/publication.js';
import { validateInput } from '../../src/publish/validate-input.js';
import { readWorkbook } from '../../src/publish/workbook/read-workbook.js';
import { SHEET } from '../../src/publish/workbook/layout.js';
import { templateWorkbook } from '../../src/publish/workbook/template.js';
import { fillUnit002, UNIT_002 } from './unit-figures.js';

// `yusuan template` → filled by hand (here: by the test, with seed 002's figures) → read back → every
// table derived → the checker finds no error; and a department made of two units is their sum.

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const text = (t: Table, pick: (r: Row) => boolean, key: string): string | undefined => t.rows.find(pick)?.cells[key]?.text;
const table = (d: Disclosure, key: string): Table => d.tables.find((t) => t.key === key)!;

let unit: PublishInput;
let doc: Disclosure;

beforeAll(async () => {
  const wb = await load(await templateWorkbook({ year: 2024, level: 'unit' }));
  fillUnit002(wb);
  const filled = new Uint8Array(await wb.xlsx.writeBuffer());
  const r = await readWorkbook(filled);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  unit = r.input;
  doc = publishInput(unit, { name: 'unit.xlsx', format: 'xlsx', bytes: filled }).doc;
});

describe('yusuan template', () => {
  it('writes the entry sheets with drop-down lists for codes and names', async () => {
    const wb = await load(await templateWorkbook({ year: 2024, level: 'department' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      SHEET.guide, SHEET.info, SHEET.codes, SHEET.functions, SHEET.econ, SHEET.units, SHEET.projects, SHEET.threePublic,
      SHEET.adminRunning, SHEET.revenue, SHEET.prior, SHEET.other, SHEET.forms, SHEET.indicators, SHEET.lists,
    ]);
    const fx = wb.getWorksheet(SHEET.functions)!;
    expect(fx.getCell('A3').dataValidation).toMatchObject({ type: 'list', formulae: [`'${SHEET.codes}'!$A$2:$A$600`] });
    expect(fx.getCell('C3').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
    expect(fx.getCell(1, 3).value).toBe('基本支出（当年）');
    expect(fx.getCell(2, 3).value).toBe('一般公共预算');
    const econ = wb.getWorksheet(SHEET.econ)!;
    expect(econ.getCell('A10').dataValidation).toMatchObject({ type: 'list', formulae: [`'${SHEET.lists}'!$A$2:$A$58`] });
    const codes = wb.getWorksheet(SHEET.codes)!;
    expect([codes.getCell('A2').value, codes.getCell('B2').value]).toEqual(['201', '一般公共服务支出']);
    expect(wb.getWorksheet(SHEET.info)!.getCell('B2').value).toBe(2024);
    expect(wb.getWorksheet(SHEET.lists)!.state).toBe('hidden');
  });

  it('refuses an unfilled workbook, naming what is missing', async () => {
    const r = await readWorkbook(await templateWorkbook({ year: 2024, level: 'unit' }));
    expect(r).toEqual({ ok: false, problems: ['基本信息：未填写部门（单位）名称'] });
  });
});

describe('a unit rendered from a filled workbook (seed 002 figures)', () => {
  it('reads the entered figures exactly, in 分', () => {
    expect(unit.entity).toBe(UNIT_002.entity);
    expect(unit.functions.find((f) => f.code === '2109999')).toMatchObject({ basic: { general_public: 94374900 }, project: { general_public: 55000000 } });
    expect(unit.basic_econ.reduce((s, e) => s + e.amount, 0)).toBe(136965300);
    expect(unit.projects.map((p) => [p.name, p.category, p.amounts.general_public])).toEqual([
      ['职业病鉴定经费', '特定目标类', 12250000],
      ['卫生健康考试考务费', '其他运转类', 55000000],
    ]);
    expect(validateInput(unit)).toEqual([]);
  });

  it('reads the 绩效目标 form and its indicators', () => {
    expect(unit.forms).toHaveLength(1);
    const f = unit.forms[0]!;
    if (f.kind !== 'project') throw new Error('not a project form');
    expect(f).toMatchObject({ project: '卫生健康考试考务费', unit: UNIT_002.entity, category: '其他运转类', attribute: '一次性项目（1年结束）', term: '1年' });
    expect(f.funds.annual.total).toEqual({ fen: 55000000, text: '550,000' });
    expect(f.funds.annual.sources.city_county).toEqual({ fen: 55000000, text: '550,000' });
    expect(f.indicators.filter((i) => i.period === 'annual').map((i) => [i.level2, i.name, i.op, i.number, i.unit])).toEqual([
      ['数量指标', '医师资格考试次数', null, 2, '次/年'],
      ['质量指标', '考试合格率', '≥', 60, '%'],
      ['服务对象满意度指标', '考生满意度', '≥', 90, '%'],
    ]);
  });

  it('prints every table figure as seed 002 prints it', () => {
    const summary = table(doc, 'summary');
    expect(text(summary, (r) => r.role === 'income_grand_total', 'amount')).toBe('204.22');
    expect(text(summary, (r) => r.code === '210' && r.side === 'expense', 'total')).toBe('167.75');
    expect(text(summary, (r) => r.code === '208' && r.side === 'expense', 'total')).toBe('25.94');
    const expense = table(doc, 'expense');
    expect(expense.rows[0]!.cells).toMatchObject({ total: { text: '204.22' }, basic: { text: '136.97' }, project: { text: '67.25' } });
    expect(text(expense, (r) => r.code === '210', 'basic')).toBe('100.50');
    expect(text(expense, (r) => r.code === '21099', 'total')).toBe('149.37');
    const econ = table(doc, 'gpb_basic_econ');
    expect(econ.rows[0]!.cells).toMatchObject({ total: { text: '136.97' }, personnel: { text: '129.01' }, public_use: { text: '7.95' } });
    expect(text(econ, (r) => r.code === '301' && r.level === 1, 'personnel')).toBe('122.88');
    expect(text(econ, (r) => r.code === '302' && r.level === 1, 'public_use')).toBe('7.95');
    expect(table(doc, 'three_public').status).toBe('empty');
    expect(table(doc, 'projects').rows.map((r) => [r.kind, r.name, r.cells.total?.text])).toEqual([
      ['unit', UNIT_002.entity, '67.25'],
      ['project', '职业病鉴定经费', '12.25'],
      ['project', '卫生健康考试考务费', '55.00'],
    ]);
  });

  it('passes the checker with no error', () => {
    const r = check(doc);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('states shares from the printed figures and marks what the author still owes', () => {
    const s = (n: string) => doc.sections.find((x) => x.number === n)!.text;
    // 136.97 / 204.22 = 67.07%, 67.25 / 204.22 = 32.93% (by hand)
    expect(s('三')).toContain('基本支出136.97万元，占67.07%；项目支出67.25万元，占32.93%');
    expect(s('二')).toContain('一般公共预算拨款收入204.22万元，占100.00%');
    // 204.22 − 195.25 = 8.97; 8.97 / 195.25 = 4.59%
    expect(s('一')).toContain('比上年增加8.97万元，增长4.59%。主要原因：人员转正增加工资福利支出，职业病鉴定项目经费增加。');
    expect(s('五')).toContain('比上年【待补充：上年预算数】');
    expect(s('七')).toContain('“三公”经费预算0.00万元，与上年预算持平');
    expect(s('九')).toContain('政府采购预算总额0.87万元，其中：货物0.87万元');
    expect(s('十一')).toContain('1. 车辆情况：截至2023年12月31日，阳泉市卫生健康委员会医事管理中心公务用车编制0辆，实有0辆。');
    expect(s('十一')).toContain('单位价值100万元（原值）以上的通用设备0台（套）');
    expect(s('十')).toContain('纳入绩效目标管理的项目2个，涉及金额67.25万元。其中：特定目标类项目1个，金额12.25万元；其他运转类项目1个，金额55.00万元。本次公开项目绩效目标表1个。');
  });
});

describe('consolidation', () => {
  // A second unit: 阳泉市卫生健康综合行政执法队, its projects as seed 001 prints them (2100402 项目
  // 36.36), basic figures made up in whole 百元 for the test.
  const other: PublishInputDraft = {
    format: 'yusuan-publish-input',
    version: 1,
    fiscal_year: 2024,
    level: 'unit',
    entity: '阳泉市卫生健康综合行政执法队',
    function_names: { '21004': '公共卫生', '2100402': '卫生监督机构', '22102': '住房改革支出', '2210201': '住房公积金' },
    functions: [
      { code: '2100402', basic: { general_public: 52830000 }, project: { general_public: 36360000 } },
      { code: '2210201', basic: { general_public: 4100000 } },
    ],
    basic_econ: [
      { department: '基本工资', government: '工资福利支出', amount: 26500000 },
      { department: '住房公积金', government: '工资福利支出', amount: 4100000 },
      { department: '绩效工资', government: '工资福利支出', amount: 20000000 },
      { department: '办公费', government: '商品和服务支出', amount: 2830000 },
      { department: '公务用车运行维护费', government: '商品和服务支出', amount: 3500000 },
    ],
    projects: [
      { name: '车改后交通补助', amounts: { general_public: 1350000 } },
      { name: '卫生监督抽检检测费', amounts: { general_public: 15000000 } },
      { name: '卫生监督工作经费', amounts: { general_public: 15000000 } },
      { name: '遗属人员经费', amounts: { general_public: 50000 } },
      { name: '交通补助（车改后）', amounts: { general_public: 4050000 } },
      { name: '遗属人员工资', amounts: { general_public: 910000 } },
    ],
    three_public: { vehicle_operation: { general_public: 3500000 } },
  };

  it('gives a department whose every figure is the sum of its units', () => {
    const b = PublishInput.parse(other);
    expect(validateInput(b)).toEqual([]);
    const c = consolidate([unit, b], { entity: '阳泉市卫生健康委员会（两单位汇总）' });
    if (!c.ok) throw new Error(c.message);
    expect(validateInput(c.input)).toEqual([]);
    const dept = publishInput(c.input, { name: 'dept.json', format: 'json', bytes: new Uint8Array() }).doc;
    const docB = publishInput(b, { name: 'b.json', format: 'json', bytes: new Uint8Array() }).doc;
    expect(check(dept).findings.filter((f) => f.severity === 'error')).toEqual([]);
    let compared = 0;
    for (const key of ['summary', 'income', 'expense', 'fiscal_summary', 'gpb_expense', 'gpb_basic_econ', 'three_public']) {
      const [td, ta, tb] = [table(dept, key), table(doc, key), table(docB, key)];
      for (const r of td.rows) {
        const same = (x: Row) => x.side === r.side && x.code === r.code && x.role === r.role && x.path.join('/') === r.path.join('/');
        const ra = ta.rows.find(same);
        const rb = tb.rows.find(same);
        for (const [k, cell] of Object.entries(r.cells)) {
          expect(cell.fen, `${key} ${r.path.join('/')} ${k}`).toBe((ra?.cells[k]?.fen ?? 0) + (rb?.cells[k]?.fen ?? 0));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    // By hand: 204.22 + (52.83 + 36.36 + 4.10 = 93.29) = 297.51
    expect(text(table(dept, 'summary'), (r) => r.role === 'income_grand_total', 'amount')).toBe('297.51');
    const projects = table(dept, 'projects');
    expect(projects.rows.filter((r) => r.kind !== 'project').map((r) => [r.kind, r.name, r.cells.total?.text])).toEqual([
      ['department', '阳泉市卫生健康委员会（两单位汇总）', '103.61'],
      ['unit', UNIT_002.entity, '67.25'],
      ['unit', '阳泉市卫生健康综合行政执法队', '36.36'],
    ]);
    expect(table(dept, 'three_public').rows.find((r) => r.role === 'total')!.cells.total!.text).toBe('3.50');
  });
});
