import ExcelJS from 'exceljs';
import {
  INPUT_FORMAT, PublishInput, SOURCE_KEYS, type BySource, type ByFiscalSource, type EconLine, type FunctionLine, type PublishInputDraft, type RevenueLine,
} from '../atomic-input.js';
import { CellReader, labelRows } from './cells.js';
import { formsOf } from './read-forms.js';
import {
  DATA_ROW, FUNCTION_GROUPS, INFO, OTHER, PRIOR, PROJECT_COLS, SHEET, THREE_PUBLIC_ROWS, UNIT_KINDS, VEHICLE_USES, functionColumn, vehicleLabel,
} from './layout.js';

// A filled data-entry workbook → the entered figures. Blank rows are skipped; anything unreadable is a
// problem that names its cell, and a workbook with problems is not used.

export type WorkbookRead = { ok: true; input: PublishInput } | { ok: false; problems: string[] };

function sheet(wb: ExcelJS.Workbook, name: string, problems: string[]): ExcelJS.Worksheet | null {
  const ws = wb.getWorksheet(name);
  if (!ws) problems.push(`缺少工作表“${name}”`);
  return ws ?? null;
}

function lastRow(ws: ExcelJS.Worksheet): number {
  return ws.actualRowCount === 0 ? 0 : ws.rowCount;
}

function bySource(cr: CellReader, ws: ExcelJS.Worksheet, row: number, col: (i: number) => number, keys: readonly string[]): BySource {
  const out: Record<string, number> = {};
  keys.forEach((k, i) => {
    const v = cr.amount(ws, row, col(i));
    if (v !== null && v !== 0) out[k] = v;
  });
  return out as BySource;
}

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, problems: [`不是可读取的 xlsx 工作簿：${(e as Error).message}`] };
  }
  const cr = new CellReader();
  const problems = cr.problems;
  const info = sheet(wb, SHEET.info, problems);
  const fx = sheet(wb, SHEET.functions, problems);
  if (!info || !fx) return { ok: false, problems };
  const kv = labelRows(info);
  const value = (label: string): string => (kv.has(label) ? cr.text(info, kv.get(label)!, 2) : '');
  const year = Number(value(INFO.year));
  if (!Number.isInteger(year) || year < 1990) problems.push(`${SHEET.info}：预算年度“${value(INFO.year)}”无效`);
  const entity = value(INFO.entity);
  if (!entity) problems.push(`${SHEET.info}：未填写部门（单位）名称`);
  const level = value(INFO.level) === '部门' ? 'department' : 'unit';

  // 功能科目 names
  const names: Record<string, string> = {};
  const codes = wb.getWorksheet(SHEET.codes);
  if (codes) for (let r = 2; r <= lastRow(codes); r++) {
    const code = cr.text(codes, r, 1);
    if (/^\d{3,7}$/.test(code)) names[code] = cr.text(codes, r, 2);
  }

  const functions: FunctionLine[] = [];
  for (let r = DATA_ROW; r <= lastRow(fx); r++) {
    const code = cr.text(fx, r, 1);
    if (!code) continue;
    if (!/^\d{3}(\d{2}){0,2}$/.test(code)) {
      problems.push(`${SHEET.functions}!A${r}：科目编码“${code}”应为 3、5 或 7 位数字`);
      continue;
    }
    const line: Record<string, BySource> = {};
    for (const g of FUNCTION_GROUPS) line[g] = bySource(cr, fx, r, (i) => functionColumn(g, SOURCE_KEYS[i]!), SOURCE_KEYS);
    functions.push({ code, basic: line.basic!, project: line.project!, carryover_basic: line.carryover_basic!, carryover_project: line.carryover_project! });
  }

  const econ: EconLine[] = [];
  const ec = wb.getWorksheet(SHEET.econ);
  if (ec) for (let r = DATA_ROW; r <= lastRow(ec); r++) {
    const department = cr.text(ec, r, 1);
    const amount = cr.amount(ec, r, 4);
    if (!department && amount === null) continue;
    if (!department) {
      problems.push(`${SHEET.econ}!A${r}：有金额但未选部门经济科目`);
      continue;
    }
    const kind = cr.text(ec, r, 3);
    econ.push({ department, government: cr.text(ec, r, 2) || null, kind: kind === '人员经费' ? 'personnel' : kind === '公用经费' ? 'public_use' : null, amount: amount ?? 0 });
  }

  const units: PublishInputDraft['units'] = [];
  const us = wb.getWorksheet(SHEET.units);
  if (us) for (let r = DATA_ROW; r <= lastRow(us); r++) {
    const name = cr.text(us, r, 1);
    if (name) units.push({ name, kind: UNIT_KINDS[cr.text(us, r, 2)] ?? 'institution' });
  }

  const projects: PublishInputDraft['projects'] = [];
  const ps = wb.getWorksheet(SHEET.projects);
  if (ps) for (let r = DATA_ROW; r <= lastRow(ps); r++) {
    const name = cr.text(ps, r, PROJECT_COLS.name);
    if (!name) continue;
    const code = cr.text(ps, r, PROJECT_COLS.code);
    projects.push({
      unit: level === 'department' ? cr.text(ps, r, PROJECT_COLS.unit) || null : null,
      name,
      category: cr.text(ps, r, PROJECT_COLS.category) || null,
      function_code: code || null,
      carryover: cr.text(ps, r, PROJECT_COLS.carryover) === '是',
      amounts: bySource(cr, ps, r, (i) => PROJECT_COLS.firstAmount + i, SOURCE_KEYS),
    });
  }

  const threePublic: Record<string, ByFiscalSource> = {};
  const priorThree: Record<string, number | null> = {};
  const tp = wb.getWorksheet(SHEET.threePublic);
  THREE_PUBLIC_ROWS.forEach(([key], i) => {
    threePublic[key] = tp ? bySource(cr, tp, DATA_ROW + i, (k) => 2 + k, ['general_public', 'gov_fund', 'soe_capital']) : {};
    priorThree[key] = tp ? cr.amount(tp, DATA_ROW + i, 5) : null;
  });

  const adminRunning: PublishInputDraft['admin_running'] = [];
  const ar = wb.getWorksheet(SHEET.adminRunning);
  if (ar) for (let r = DATA_ROW; r <= lastRow(ar); r++) {
    const unit = cr.text(ar, r, 1);
    if (unit) adminRunning.push({ unit, amounts: bySource(cr, ar, r, (k) => 2 + k, ['general_public', 'gov_fund', 'soe_capital']) });
  }

  const govFund: RevenueLine[] = [];
  const soe: RevenueLine[] = [];
  const rv = wb.getWorksheet(SHEET.revenue);
  if (rv) for (let r = DATA_ROW; r <= lastRow(rv); r++) {
    const code = cr.text(rv, r, 2);
    if (!code) continue;
    (cr.text(rv, r, 1) === '国有资本经营' ? soe : govFund).push({ code, name: cr.text(rv, r, 3), amount: cr.amount(rv, r, 4) ?? 0 });
  }

  const pr = wb.getWorksheet(SHEET.prior);
  const prow = pr ? labelRows(pr) : new Map<string, number>();
  const priorAmount = (label: string): number | null => (pr && prow.has(label) ? cr.amount(pr, prow.get(label)!, 2) : null);
  const reason = (label: string): string | null => (pr && prow.has(label) ? cr.text(pr, prow.get(label)!, 3) || null : null);

  const ot = wb.getWorksheet(SHEET.other);
  const orow = ot ? labelRows(ot) : new Map<string, number>();
  const oAmount = (l: string): number | null => (ot && orow.has(l) ? cr.amount(ot, orow.get(l)!, 2) : null);
  const oCount = (l: string): number | null => (ot && orow.has(l) ? cr.count(ot, orow.get(l)!, 2) : null);
  const oText = (l: string): string | null => (ot && orow.has(l) ? cr.text(ot, orow.get(l)!, 2) || null : null);
  const procurement = [OTHER.goods, OTHER.works, OTHER.services].map(oAmount);
  const vehicles = oCount(OTHER.vehicles);
  const equipment = [
    ['50万元', oCount(OTHER.equipment50)],
    ['100万元', oCount(OTHER.equipment100)],
  ] as const;
  const anyAsset = vehicles !== null || oText(OTHER.officeArea) !== null || equipment.some(([, n]) => n !== null);

  const draft: PublishInputDraft = {
    format: INPUT_FORMAT,
    version: 1,
    fiscal_year: year,
    level,
    entity,
    entity_code: value(INFO.code) || null,
    overview: [
      { title: level === 'department' ? '本部门职责' : '本单位职责', text: value(INFO.duties) },
      { title: '机构设置情况', text: value(INFO.organisation) },
    ].filter((s) => s.text),
    function_names: names,
    functions,
    basic_econ: econ,
    gov_fund_income: govFund,
    soe_income: soe,
    units,
    projects,
    three_public: threePublic,
    admin_running: adminRunning,
    procurement: procurement.some((v) => v !== null) ? { goods: procurement[0] ?? 0, works: procurement[1] ?? 0, services: procurement[2] ?? 0 } : null,
    assets: anyAsset
      ? {
          as_of: oText(OTHER.asOf),
          vehicle_quota: oCount(OTHER.vehicleQuota),
          vehicles,
          vehicles_by_use: VEHICLE_USES.map((use) => ({ use, count: oCount(vehicleLabel(use)) })).filter((v): v is { use: (typeof VEHICLE_USES)[number]; count: number } => v.count !== null),
          office_area: oText(OTHER.officeArea),
          equipment: equipment.filter(([, n]) => n !== null).map(([threshold, count]) => ({ threshold, kind: '通用设备', count: count! })),
        }
      : null,
    performance: { units_with_overall_targets: oCount(OTHER.overallTargets), units_total: oCount(OTHER.unitsTotal) },
    prior: {
      income_total: priorAmount(PRIOR.total),
      expense_total: priorAmount(PRIOR.total),
      gpb_current: priorAmount(PRIOR.gpb),
      three_public: priorThree,
      admin_running: priorAmount(PRIOR.adminRunning),
    },
    reasons: {
      income: reason(PRIOR.total),
      expense: reason(PRIOR.total),
      gpb: reason(PRIOR.gpb),
      three_public: reason(PRIOR.threePublic),
      admin_running: reason(PRIOR.adminRunning),
    },
    notes: { purchase_services: oText(OTHER.purchaseServices), other: oText(OTHER.otherNotes) },
    forms: formsOf(wb, cr, { year, entity, code: value(INFO.code) || null, projects }),
  };
  if (problems.length) return { ok: false, problems };
  const parsed = PublishInput.safeParse(draft);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`) };
  return { ok: true, input: parsed.data };
}
