import ExcelJS from 'exceljs';
import { SOURCE_KEYS } from '../atomic-input.js';
import {
  DATA_ROW, FORM_COLS, FUNCTION_GROUP_LABELS, FUNCTION_GROUPS, INDICATOR_COLS, INFO, LEVEL1, LEVEL2, MAX_ROWS, OTHER, PRIOR,
  PROJECT_CATEGORIES, SHEET, SOURCE_LABELS, THREE_PUBLIC_ROWS, UNIT_KINDS, VEHICLE_USES, YES_NO, functionColumn, vehicleLabel,
} from './layout.js';
import { DEPARTMENT_ECON_NAMES, GOVERNMENT_ECON_NAMES, commonFunctionCodes } from './lists.js';

// `yusuan template`: the fill-in workbook. Only figures entered once — by function code × fund source ×
// 基本/项目, basic expenditure by economic item, projects, 三公, 机关运行经费, 政府采购, 国有资产, last
// year's figures — with drop-down lists for codes and names; every table is derived from it.

export interface TemplateOptions {
  year: number;
  level: 'department' | 'unit';
  entity?: string;
}

type Validation = ExcelJS.DataValidation;
const AMOUNT_FMT = '#,##0.00';
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDE7' } };

function validate(ws: ExcelJS.Worksheet, range: string, v: Validation): void {
  // exceljs keeps range validations in its model and writes them as one sqref.
  (ws as unknown as { dataValidations: { add(range: string, v: Validation): void } }).dataValidations.add(range, v);
}

const list = (source: string, prompt?: string): Validation => ({
  type: 'list',
  allowBlank: true,
  formulae: [source],
  showErrorMessage: true,
  errorTitle: '请从列表中选择',
  error: '请从下拉列表中选择，或先在对应的目录表中补充。',
  ...(prompt ? { showInputMessage: true, prompt } : {}),
});
const AMOUNT: Validation = {
  type: 'decimal',
  operator: 'greaterThanOrEqual',
  allowBlank: true,
  formulae: [0],
  showErrorMessage: true,
  errorTitle: '金额',
  error: '请填写以元为单位、不小于 0 的金额（最多两位小数）。',
};
const COUNT: Validation = { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, error: '请填写不小于 0 的整数。' };

function colLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function header(ws: ExcelJS.Worksheet, row: number, labels: readonly string[], from = 1): void {
  labels.forEach((l, i) => {
    const c = ws.getCell(row, from + i);
    c.value = l;
    c.font = { bold: true };
    c.fill = HEAD_FILL;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

function keyValueSheet(wb: ExcelJS.Workbook, name: string, rows: ReadonlyArray<readonly [string, Validation | null]>, width = 60): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 42 }, { width }];
  header(ws, 1, ['项目', '填写']);
  rows.forEach(([label, v], i) => {
    ws.getCell(i + 2, 1).value = label;
    const cell = ws.getCell(i + 2, 2);
    cell.fill = INPUT_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (v) validate(ws, `B${i + 2}`, v);
  });
  return ws;
}

function listsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET.lists, { state: 'hidden' });
  const cols: Array<[string, readonly string[]]> = [
    ['部门经济科目', DEPARTMENT_ECON_NAMES],
    ['政府经济科目', GOVERNMENT_ECON_NAMES],
    ['项目类别', PROJECT_CATEGORIES],
    ['单位类型', Object.keys(UNIT_KINDS)],
    ['是否', YES_NO],
    ['经费类型', ['人员经费', '公用经费']],
    ['一级指标', LEVEL1],
    ['二级指标', LEVEL2],
    ['基金类型', ['政府性基金', '国有资本经营']],
  ];
  cols.forEach(([title, values], c) => {
    ws.getCell(1, c + 1).value = title;
    values.forEach((v, r) => (ws.getCell(r + 2, c + 1).value = v));
  });
}

const listRef = (col: number, n: number): string => `'${SHEET.lists}'!$${colLetter(col)}$2:$${colLetter(col)}$${n + 1}`;

function guideSheet(wb: ExcelJS.Workbook, o: TemplateOptions): void {
  const ws = wb.addWorksheet(SHEET.guide);
  ws.columns = [{ width: 110 }];
  const lines = [
    `${o.year}年度${o.level === 'department' ? '部门' : '单位'}预算公开 数据填报表`,
    '',
    '1. 只填“原始数”：各张公开报表（收支总表、收入总表、支出总表、财政拨款收支总表……）由 yusuan 按本表计算生成，不要重复填写合计。',
    '2. 金额一律以“元”为单位，最多两位小数；公开报表按万元四舍五入列示。',
    '3. 支出功能分类：每个最末级科目一行，按资金来源分别填写当年基本支出、当年项目支出和上年结转；科目编码从下拉列表选取，列表之外的科目先在“功能科目”表补充编码和名称。',
    '4. 基本支出经济分类：一般公共预算当年基本支出按部门经济科目和政府经济科目逐项填写，合计应等于支出功能分类中一般公共预算基本支出之和。',
    '5. 项目：每个项目一行；各资金来源合计应等于支出功能分类中的项目支出（上年结转项目填“是”）。',
    '6. 上年数与变动原因：填写上年预算数及增减变动原因，未填的变动原因会在情况说明中标出“待补充”。',
    '7. 填好后运行：yusuan render 本文件.xlsx --format pdf --out 公开.pdf',
  ];
  lines.forEach((l, i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = l;
    c.alignment = { wrapText: true };
    if (i === 0) c.font = { bold: true, size: 14 };
  });
}

function functionsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET.functions, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  ws.columns = [{ width: 12 }, { width: 28 }, ...Array.from({ length: 20 }, () => ({ width: 14 }))];
  ws.mergeCells(1, 1, 2, 1);
  ws.mergeCells(1, 2, 2, 2);
  header(ws, 1, ['科目编码', '科目名称']);
  for (const g of FUNCTION_GROUPS) {
    const first = functionColumn(g, SOURCE_KEYS[0]);
    ws.mergeCells(1, first, 1, first + SOURCE_KEYS.length - 1);
    header(ws, 1, [FUNCTION_GROUP_LABELS[g]], first);
    header(ws, 2, SOURCE_KEYS.map((s) => SOURCE_LABELS[s]), first);
  }
  const last = colLetter(functionColumn('carryover_project', 'unit_funds'));
  validate(ws, `A${DATA_ROW}:A${MAX_ROWS}`, list(`'${SHEET.codes}'!$A$2:$A$${MAX_ROWS}`, '最末级功能科目编码'));
  validate(ws, `C${DATA_ROW}:${last}${MAX_ROWS}`, AMOUNT);
  for (let r = DATA_ROW; r < DATA_ROW + 60; r++) {
    ws.getCell(r, 2).value = { formula: `IF(A${r}="","",IFERROR(VLOOKUP(A${r},'${SHEET.codes}'!$A:$B,2,FALSE),"（请在功能科目表补充）"))` };
    for (let c = 3; c <= functionColumn('carryover_project', 'unit_funds'); c++) ws.getCell(r, c).numFmt = AMOUNT_FMT;
  }
}

function codesSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET.codes, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 14 }, { width: 40 }];
  header(ws, 1, ['科目编码', '科目名称']);
  commonFunctionCodes().forEach(([code, name], i) => {
    ws.getCell(i + 2, 1).value = code;
    ws.getCell(i + 2, 2).value = name;
  });
  for (let r = 2; r < MAX_ROWS; r++) ws.getCell(r, 1).numFmt = '@';
}

function econSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET.econ, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = [{ width: 30 }, { width: 26 }, { width: 14 }, { width: 16 }];
  ws.getCell(1, 1).value = '一般公共预算当年基本支出，按经济科目（元）';
  header(ws, 2, ['部门经济科目名称', '政府经济科目名称', '经费类型（可空）', '金额']);
  validate(ws, `A${DATA_ROW}:A${MAX_ROWS}`, list(listRef(1, DEPARTMENT_ECON_NAMES.length)));
  validate(ws, `B${DATA_ROW}:B${MAX_ROWS}`, list(listRef(2, GOVERNMENT_ECON_NAMES.length)));
  validate(ws, `C${DATA_ROW}:C${MAX_ROWS}`, list(listRef(6, 2), '空白：工资福利和对个人家庭补助为人员经费，其余为公用经费'));
  validate(ws, `D${DATA_ROW}:D${MAX_ROWS}`, AMOUNT);
  for (let r = DATA_ROW; r < DATA_ROW + 80; r++) ws.getCell(r, 4).numFmt = AMOUNT_FMT;
}

function unitsSheet(wb: ExcelJS.Workbook, o: TemplateOptions): void {
  const ws = wb.addWorksheet(SHEET.units, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = [{ width: 40 }, { width: 28 }];
  ws.getCell(1, 1).value = o.level === 'department' ? '本部门及所属预算单位（本级填部门名称）' : '本单位';
  header(ws, 2, ['单位名称', '单位类型']);
  if (o.entity) ws.getCell(DATA_ROW, 1).value = o.entity;
  validate(ws, `B${DATA_ROW}:B${MAX_ROWS}`, list(listRef(4, Object.keys(UNIT_KINDS).length)));
}

function projectsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET.projects, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  ws.columns = [{ width: 30 }, { width: 44 }, { width: 14 }, { width: 12 }, { width: 10 }, ...SOURCE_KEYS.map(() => ({ width: 16 }))];
  ws.getCell(1, 1).value = '项目支出（元）';
  header(ws, 2, ['实施单位', '项目名称', '项目类别', '功能科目编码', '上年结转', ...SOURCE_KEYS.map((s) => SOURCE_LABELS[s])]);
  validate(ws, `A${DATA_ROW}:A${MAX_ROWS}`, list(`'${SHEET.units}'!$A$${DATA_ROW}:$A$${MAX_ROWS}`));
  validate(ws, `C${DATA_ROW}:C${MAX_ROWS}`, list(listRef(3, PROJECT_CATEGORIES.length)));
  validate(ws, `D${DATA_ROW}:D${MAX_ROWS}`, list(`'${SHEET.codes}'!$A$2:$A$${MAX_ROWS}`));
  validate(ws, `E${DATA_ROW}:E${MAX_ROWS}`, list(listRef(5, 2)));
  validate(ws, `F${DATA_ROW}:${colLetter(5 + SOURCE_KEYS.length)}${MAX_ROWS}`, AMOUNT);
  for (let r = DATA_ROW; r < DATA_ROW + 120; r++) for (let c = 6; c < 6 + SOURCE_KEYS.length; c++) ws.getCell(r, c).numFmt = AMOUNT_FMT;
}

function costSheets(wb: ExcelJS.Workbook): void {
  const tp = wb.addWorksheet(SHEET.threePublic);
  tp.columns = [{ width: 24 }, { width: 16 }, { width: 16 }, { width: 18 }, { width: 18 }];
  tp.getCell(1, 1).value = '财政拨款安排的“三公”经费（元）';
  header(tp, 2, ['项目', '一般公共预算', '政府性基金预算', '国有资本经营预算', '上年预算数（合计）']);
  THREE_PUBLIC_ROWS.forEach(([, label], i) => (tp.getCell(DATA_ROW + i, 1).value = label));
  validate(tp, `B${DATA_ROW}:E${DATA_ROW + THREE_PUBLIC_ROWS.length - 1}`, AMOUNT);
  const ar = wb.addWorksheet(SHEET.adminRunning, { views: [{ state: 'frozen', ySplit: 2 }] });
  ar.columns = [{ width: 40 }, { width: 16 }, { width: 16 }, { width: 18 }];
  ar.getCell(1, 1).value = '机关运行经费（行政单位和参公事业单位，元）';
  header(ar, 2, ['单位名称', '一般公共预算', '政府性基金预算', '国有资本经营预算']);
  validate(ar, `A${DATA_ROW}:A${MAX_ROWS}`, list(`'${SHEET.units}'!$A$${DATA_ROW}:$A$${MAX_ROWS}`));
  validate(ar, `B${DATA_ROW}:D${MAX_ROWS}`, AMOUNT);
  const rv = wb.addWorksheet(SHEET.revenue);
  rv.columns = [{ width: 16 }, { width: 16 }, { width: 36 }, { width: 16 }];
  rv.getCell(1, 1).value = '政府性基金和国有资本经营预算收入（元）';
  header(rv, 2, ['基金类型', '收入科目编码', '科目名称', '金额']);
  validate(rv, `A${DATA_ROW}:A${MAX_ROWS}`, list(listRef(9, 2)));
  validate(rv, `D${DATA_ROW}:D${MAX_ROWS}`, AMOUNT);
}

function priorSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET.prior);
  ws.columns = [{ width: 26 }, { width: 18 }, { width: 80 }];
  header(ws, 1, ['项目', '上年预算数（元）', '增减变动原因']);
  Object.values(PRIOR).forEach((label, i) => {
    ws.getCell(i + 2, 1).value = label;
    for (const c of [2, 3]) ws.getCell(i + 2, c).fill = INPUT_FILL;
  });
  ws.getCell(4, 2).value = '（见三公经费表）';
  validate(ws, 'B2:B3', AMOUNT);
  validate(ws, 'B5', AMOUNT);
}

function formsSheets(wb: ExcelJS.Workbook): void {
  const f = wb.addWorksheet(SHEET.forms, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  f.columns = FORM_COLS.map(([k]) => ({ width: k === 'project' ? 36 : /total|central|provincial|city|self|other/.test(k) ? 16 : 30 }));
  header(f, 1, FORM_COLS.map(([, l]) => l));
  validate(f, `D2:I${MAX_ROWS}`, AMOUNT);
  const ind = wb.addWorksheet(SHEET.indicators, { views: [{ state: 'frozen', ySplit: 1 }] });
  ind.columns = [{ width: 36 }, { width: 14 }, { width: 18 }, { width: 30 }, { width: 18 }, { width: 18 }];
  header(ind, 1, INDICATOR_COLS);
  validate(ind, `B2:B${MAX_ROWS}`, list(listRef(7, LEVEL1.length)));
  validate(ind, `C2:C${MAX_ROWS}`, list(listRef(8, LEVEL2.length)));
}

export async function templateWorkbook(o: TemplateOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yusuan';
  wb.created = new Date(Date.UTC(o.year - 1, 9, 1));
  wb.modified = wb.created;
  guideSheet(wb, o);
  const info = keyValueSheet(wb, SHEET.info, [
    [INFO.year, COUNT],
    [INFO.level, list('"部门,单位"')],
    [INFO.entity, null],
    [INFO.code, null],
    [INFO.unit, null],
    [INFO.duties, null],
    [INFO.organisation, null],
  ]);
  info.getCell(2, 2).value = o.year;
  info.getCell(3, 2).value = o.level === 'department' ? '部门' : '单位';
  if (o.entity) info.getCell(4, 2).value = o.entity;
  info.getCell(6, 2).value = '元';
  codesSheet(wb);
  functionsSheet(wb);
  econSheet(wb);
  unitsSheet(wb, o);
  projectsSheet(wb);
  costSheets(wb);
  priorSheet(wb);
  keyValueSheet(wb, SHEET.other, [
    [OTHER.goods, AMOUNT],
    [OTHER.works, AMOUNT],
    [OTHER.services, AMOUNT],
    [OTHER.asOf, null],
    [OTHER.vehicleQuota, COUNT],
    [OTHER.vehicles, COUNT],
    ...VEHICLE_USES.map((u) => [vehicleLabel(u), COUNT] as const),
    [OTHER.officeArea, null],
    [OTHER.equipment50, COUNT],
    [OTHER.equipment100, COUNT],
    [OTHER.overallTargets, COUNT],
    [OTHER.unitsTotal, COUNT],
    [OTHER.purchaseServices, null],
    [OTHER.otherNotes, null],
  ]);
  formsSheets(wb);
  listsSheet(wb);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
