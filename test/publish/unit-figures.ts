import type ExcelJS from 'exceljs';
import { SOURCE_KEYS } from '../../src/publish/atomic-input.js';
import { DATA_ROW, FORM_COLS, OTHER, PRIOR, PROJECT_COLS, SHEET, functionColumn } from '../../src/publish/workbook/layout.js';

// The figures of seed 002 (阳泉市卫生健康委员会医事管理中心, 2024), entered in 元 as a budget office
// would: exact amounts that round to every figure the published tables print. The document prints
// totals that are roundings of exact 元 amounts (its leaves sum to 204.21 where 204.22 is printed), so
// a few leaves carry sub-100-元 parts, chosen by hand so that all printed figures come out:
//   basic: 2101102 6.1204 + 2109999 94.3749 = 100.4953 → 100.50 (printed 100.50);
//   Σ basic = 136.9653 → 136.97; Σ all = 204.2153 → 204.22;
//   工资福利支出 122.8804 → 122.88 (its printed items sum to 122.89); 公用经费 7.9549 → 7.95 (items 7.96);
//   人员经费 122.8804 + 6.13 = 129.0104 → 129.01; 基本支出 by economic item = 136.9653 = by function.

export const UNIT_002 = {
  entity: '阳泉市卫生健康委员会医事管理中心',
  functions: [
    // code, basic 一般公共预算 (元), project 一般公共预算 (元)
    ['2013299', 2100, 0],
    ['2080502', 62100, 0],
    ['2080505', 131500, 0],
    ['2080506', 65800, 0],
    ['2100199', 0, 122500],
    ['2101102', 61204, 0],
    ['2109999', 943749, 550000],
    ['2210201', 103200, 0],
  ] as const,
  names: [
    ['20132', '组织事务'],
    ['2013299', '其他组织事务支出'],
    ['21001', '卫生健康管理事务'],
    ['2100199', '其他卫生健康管理事务支出'],
    ['21099', '其他卫生健康支出'],
    ['2109999', '其他卫生健康支出'],
  ] as const,
  econ: [
    ['基本工资', '工资福利支出', 425668],
    ['津贴补贴', '工资福利支出', 49368],
    ['绩效工资', '工资福利支出', 384968],
    ['机关事业单位基本养老保险缴费', '工资福利支出', 131500],
    ['职业年金缴费', '工资福利支出', 65800],
    ['职工基本医疗保险缴费', '工资福利支出', 60900],
    ['其他社会保障缴费', '工资福利支出', 7400],
    ['住房公积金', '工资福利支出', 103200],
    ['办公费', '商品和服务支出', 7083],
    ['印刷费', '商品和服务支出', 3800],
    ['水费', '商品和服务支出', 800],
    ['电费', '商品和服务支出', 2600],
    ['邮电费', '商品和服务支出', 3100],
    ['物业管理费', '商品和服务支出', 8400],
    ['差旅费', '商品和服务支出', 8700],
    ['培训费', '商品和服务支出', 3800],
    ['工会经费', '商品和服务支出', 13783],
    ['福利费', '商品和服务支出', 24183],
    ['其他商品和服务支出', '商品和服务支出', 3300],
    ['退休费', '离退休费', 61300],
  ] as const,
  projects: [
    ['职业病鉴定经费', '特定目标类', '2100199', 122500],
    ['卫生健康考试考务费', '其他运转类', '2109999', 550000],
  ] as const,
  /** 2023: 204.22 − 8.97 = 195.25 万元 (section 一 of the seed: 比上年增加8.97万元). */
  priorTotal: 1952500,
  procurementGoods: 8700,
  /** 十一: as printed, all zero at 2023年12月31日. */
  assets: [
    [OTHER.asOf, '2023年12月31日'],
    [OTHER.vehicleQuota, 0],
    [OTHER.vehicles, 0],
    [OTHER.officeArea, '0'],
    [OTHER.equipment50, 0],
    [OTHER.equipment100, 0],
  ] as const,
  /** One 绩效目标 form with a few of its indicators (values as the seed prints them). */
  form: {
    project: '卫生健康考试考务费',
    attribute: '一次性项目（1年结束）',
    term: '1年',
    implementation_total: 550000,
    city_county: 550000,
    plan: '按国家、省统一安排组织各类卫生健康专业考试',
    goal_annual: '按时组织护士资格、卫生专业技术资格等考试',
  },
  indicators: [
    ['产出指标', '数量指标', '医师资格考试次数', '2次/年', '2次/年'],
    ['产出指标', '质量指标', '考试合格率', '≥60%', '≥60%'],
    ['满意度指标', '服务对象满意度指标', '考生满意度', '≥90%', '≥90%'],
  ] as const,
};

/** Fill a `yusuan template --level unit` workbook with the unit's figures. */
export function fillUnit002(wb: ExcelJS.Workbook): void {
  const info = wb.getWorksheet(SHEET.info)!;
  info.getCell(4, 2).value = UNIT_002.entity;
  info.getCell(7, 2).value = '承担医学考试和卫生专业技术资格考试的组织实施，承办职业病诊断鉴定等事务。';
  info.getCell(8, 2).value = '正科级公益一类事业单位，核定事业编制10名。';
  const codes = wb.getWorksheet(SHEET.codes)!;
  let r = codes.rowCount + 1;
  for (const [code, name] of UNIT_002.names) {
    codes.getCell(r, 1).value = code;
    codes.getCell(r++, 2).value = name;
  }
  const fx = wb.getWorksheet(SHEET.functions)!;
  UNIT_002.functions.forEach(([code, basic, project], i) => {
    fx.getCell(DATA_ROW + i, 1).value = code;
    if (basic) fx.getCell(DATA_ROW + i, functionColumn('basic', 'general_public')).value = basic;
    if (project) fx.getCell(DATA_ROW + i, functionColumn('project', 'general_public')).value = project;
  });
  const ec = wb.getWorksheet(SHEET.econ)!;
  UNIT_002.econ.forEach(([dept, gov, amount], i) => {
    ec.getCell(DATA_ROW + i, 1).value = dept;
    ec.getCell(DATA_ROW + i, 2).value = gov;
    ec.getCell(DATA_ROW + i, 4).value = amount;
  });
  const units = wb.getWorksheet(SHEET.units)!;
  units.getCell(DATA_ROW, 1).value = UNIT_002.entity;
  units.getCell(DATA_ROW, 2).value = '事业单位';
  const ps = wb.getWorksheet(SHEET.projects)!;
  UNIT_002.projects.forEach(([name, category, code, amount], i) => {
    ps.getCell(DATA_ROW + i, PROJECT_COLS.name).value = name;
    ps.getCell(DATA_ROW + i, PROJECT_COLS.category).value = category;
    ps.getCell(DATA_ROW + i, PROJECT_COLS.code).value = code;
    ps.getCell(DATA_ROW + i, PROJECT_COLS.carryover).value = '否';
    ps.getCell(DATA_ROW + i, PROJECT_COLS.firstAmount + SOURCE_KEYS.indexOf('general_public')).value = amount;
  });
  const pr = wb.getWorksheet(SHEET.prior)!;
  const row = (label: string) => {
    let n = 0;
    pr.eachRow((x, i) => {
      if (x.getCell(1).value === label) n = i;
    });
    return n;
  };
  pr.getCell(row(PRIOR.total), 2).value = UNIT_002.priorTotal;
  pr.getCell(row(PRIOR.total), 3).value = '人员转正增加工资福利支出，职业病鉴定项目经费增加';
  const tp = wb.getWorksheet(SHEET.threePublic)!;
  for (let i = 0; i < 4; i++) tp.getCell(DATA_ROW + i, 5).value = 0;
  const ot = wb.getWorksheet(SHEET.other)!;
  ot.eachRow((x, i) => {
    if (x.getCell(1).value === OTHER.goods) ot.getCell(i, 2).value = UNIT_002.procurementGoods;
    for (const [label, v] of UNIT_002.assets) if (x.getCell(1).value === label) ot.getCell(i, 2).value = v;
  });
  const forms = wb.getWorksheet(SHEET.forms)!;
  for (const [k, v] of Object.entries(UNIT_002.form)) forms.getCell(2, FORM_COLS.findIndex(([key]) => key === k) + 1).value = v;
  const ind = wb.getWorksheet(SHEET.indicators)!;
  UNIT_002.indicators.forEach((row, i) => {
    ind.getCell(2 + i, 1).value = UNIT_002.form.project;
    row.forEach((v, c) => (ind.getCell(2 + i, 2 + c).value = v));
  });
}
