import type { Disclosure, Row, Table } from '../../model/disclosure.js';
import type { MoneyUnit } from '../../model/money.js';
import { stripOrdinal } from '../../text/fold.js';

// The figures the 情况说明 quotes, looked up in the tables by role, code and column key — so the text
// states exactly what the tables print, whether the tables were derived here or read from a document.

export interface Named {
  name: string;
  fen: number;
}

export interface Figures {
  unit: MoneyUnit;
  summary: {
    sources: Record<string, number>;
    currentIncome: number;
    carryover: number;
    incomeTotal: number;
    expenseTotal: number;
    expenseCurrent: number;
    expenseCarryover: number;
  } | null;
  expense: { total: number; basic: number; project: number } | null;
  fiscal: {
    total: number;
    current: number;
    carryover: number;
    /** By fiscal source: this year's plus carried over. */
    bySource: Record<string, number>;
    classes: Named[];
  } | null;
  gpb: { total: number; basic: number; project: number; classes: Named[] } | null;
  econ: { total: number; personnel: number; publicUse: number; personnelItems: string[]; publicUseItems: string[] } | null;
  threePublic: Record<string, number> | null;
  adminRunning: { total: number; units: Named[] } | null;
  projects: { total: number; count: number } | null;
}

const amountOf = (r: Row | undefined, key: string): number => r?.cells[key]?.fen ?? 0;

function find(doc: Disclosure, key: string): Table | undefined {
  return doc.tables.find((t) => t.key === key);
}

function byRole(t: Table, role: string, side?: string): Row | undefined {
  return t.rows.find((r) => r.role === role && (side === undefined || r.side === side));
}

function totalRow(t: Table): Row | undefined {
  return t.rows.find((r) => r.kind === 'total');
}

function summaryFigures(t: Table): Figures['summary'] {
  const sources: Record<string, number> = {};
  for (const s of ['general_public', 'gov_fund', 'soe_capital', 'special_account', 'unit_funds']) sources[s] = amountOf(byRole(t, s, 'income'), 'amount');
  const exp = byRole(t, 'expense_grand_total', 'expense') ?? byRole(t, 'current_expense_total', 'expense');
  return {
    sources,
    currentIncome: amountOf(byRole(t, 'current_income_total', 'income'), 'amount'),
    carryover: amountOf(byRole(t, 'carryover', 'income'), 'amount'),
    incomeTotal: amountOf(byRole(t, 'income_grand_total', 'income'), 'amount'),
    expenseTotal: amountOf(exp, 'total'),
    expenseCurrent: amountOf(exp, 'current_year'),
    expenseCarryover: amountOf(exp, 'carryover'),
  };
}

function classRows(t: Table, key: string, side?: string): Named[] {
  return t.rows
    .filter((r) => r.kind === 'item' && r.code !== null && r.code.length === 3 && (side === undefined || r.side === side) && r.role === null)
    .map((r) => ({ name: stripOrdinal(r.name), fen: amountOf(r, key) }))
    .filter((n) => n.fen !== 0);
}

function fiscalFigures(t: Table): Figures['fiscal'] {
  const bySource: Record<string, number> = {};
  const total = byRole(t, 'expense_grand_total', 'expense');
  for (const s of ['general_public', 'gov_fund', 'soe_capital']) bySource[s] = amountOf(total, s);
  return {
    total: amountOf(byRole(t, 'income_grand_total', 'income'), 'amount'),
    current: amountOf(byRole(t, 'current_income_total', 'income'), 'amount'),
    carryover: amountOf(byRole(t, 'carryover', 'income'), 'amount'),
    bySource,
    classes: classRows(t, 'total', 'expense'),
  };
}

function econFigures(t: Table): Figures['econ'] {
  const items = t.rows.filter((r) => r.kind === 'item' && r.level >= 2);
  const names = (key: string): string[] => [...new Set(items.filter((r) => amountOf(r, key) !== 0).map((r) => r.path[0] ?? r.name))];
  const total = totalRow(t);
  return {
    total: amountOf(total, 'total'),
    personnel: amountOf(total, 'personnel'),
    publicUse: amountOf(total, 'public_use'),
    personnelItems: names('personnel'),
    publicUseItems: names('public_use'),
  };
}

export function figuresOf(doc: Disclosure): Figures {
  const unit = doc.tables.find((t) => t.unit)?.unit ?? '万元';
  const summary = find(doc, 'summary');
  const expense = find(doc, 'expense');
  const fiscal = find(doc, 'fiscal_summary');
  const gpb = find(doc, 'gpb_expense');
  const econ = find(doc, 'gpb_basic_econ');
  const tp = find(doc, 'three_public');
  const ar = find(doc, 'admin_running');
  const projects = find(doc, 'projects');
  const purpose = (t: Table): { total: number; basic: number; project: number } => {
    const r = totalRow(t);
    return { total: amountOf(r, 'total'), basic: amountOf(r, 'basic'), project: amountOf(r, 'project') };
  };
  let threePublic: Figures['threePublic'] = null;
  if (tp) {
    threePublic = {};
    for (const role of ['abroad', 'reception', 'vehicle', 'vehicle_purchase', 'vehicle_operation', 'total']) threePublic[role] = amountOf(byRole(tp, role), 'total');
  }
  const projectRoot = projects?.rows.find((r) => r.kind === 'department') ?? null;
  const projectRows = projects?.rows.filter((r) => r.kind === 'project') ?? [];
  return {
    unit,
    summary: summary ? summaryFigures(summary) : null,
    expense: expense ? purpose(expense) : null,
    fiscal: fiscal ? fiscalFigures(fiscal) : null,
    gpb: gpb ? { ...purpose(gpb), classes: classRows(gpb, 'total') } : null,
    econ: econ ? econFigures(econ) : null,
    threePublic,
    adminRunning: ar
      ? { total: amountOf(totalRow(ar), 'total'), units: ar.rows.filter((r) => r.kind !== 'total').map((r) => ({ name: r.name, fen: amountOf(r, 'total') })).filter((u) => u.fen !== 0) }
      : null,
    projects: projects
      ? {
          total: projectRoot
            ? amountOf(projectRoot, 'total')
            : (projects.rows.some((r) => r.kind === 'unit') ? projects.rows.filter((r) => r.kind === 'unit') : projectRows).reduce((s, r) => s + amountOf(r, 'total'), 0),
          count: projectRows.length,
        }
      : null,
  };
}
