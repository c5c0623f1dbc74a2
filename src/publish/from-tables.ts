import type { Disclosure, Row, Table } from '../model/disclosure.js';
import { FISCAL_SOURCES, INPUT_FORMAT, SOURCE_KEYS, type BySource, type EconLine, type FunctionLine, type ProjectLine, type PublishInput, type SourceKey, type UnitInfo } from './atomic-input.js';

// A published 山西-template disclosure back to the figures it was made from, so that it can be
// re-derived or consolidated with others. The tables determine every figure except how 财政专户管理资金,
// 单位资金 and 上年结转 split between 基本 and 项目 (and 上年结转 between fund sources) per function code;
// those are assumed (carried-over money to 项目 first) and each assumption is reported.

export interface Assumption {
  code: string;
  what: string;
}

export interface Recovered {
  input: PublishInput;
  assumptions: Assumption[];
}

const fenOf = (r: Row | undefined, key: string): number => r?.cells[key]?.fen ?? 0;

/** Rows of the leaves of a coded table: codes no other printed code extends. */
function leaves(t: Table | undefined): Map<string, Row> {
  const out = new Map<string, Row>();
  if (!t) return out;
  const coded = t.rows.filter((r) => r.code !== null && r.kind === 'item' && r.code_source === 'printed' && (r.side === null || r.side === 'expense'));
  for (const r of coded) if (!coded.some((o) => o !== r && o.code!.length > r.code!.length && o.code!.startsWith(r.code!))) out.set(r.code!, r);
  return out;
}

function names(doc: Disclosure): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of doc.tables) {
    if (!['income', 'expense', 'gpb_expense', 'gf_expense', 'soe'].includes(t.key)) continue;
    for (const r of t.rows) if (r.code && r.code_source === 'printed' && r.side !== 'income') out[r.code] ??= r.name;
  }
  return out;
}

function functionLines(doc: Disclosure, assumptions: Assumption[]): FunctionLine[] {
  const table = (k: string): Table | undefined => doc.tables.find((t) => t.key === k);
  const income = leaves(table('income'));
  const expense = leaves(table('expense'));
  const gpb = leaves(table('gpb_expense'));
  const gf = leaves(table('gf_expense'));
  const soe = leaves(table('soe'));
  const fiscalCarry = table('fiscal_summary');
  // Carried-over money by fiscal source, handed out to codes in order.
  const carryLeft: Record<string, number> = {};
  for (const s of FISCAL_SOURCES) carryLeft[s] = fenOf(fiscalCarry?.rows.find((r) => r.role === `carryover.${s}`), 'amount');
  const codes = [...new Set([...income.keys(), ...expense.keys(), ...gpb.keys()])].sort();
  return codes.map((code) => {
    const basic: BySource = {};
    const project: BySource = {};
    const carryBasic: BySource = {};
    const carryProject: BySource = {};
    const put = (into: BySource, s: SourceKey, v: number): void => {
      if (v !== 0) into[s] = (into[s] ?? 0) + v;
    };
    put(basic, 'general_public', fenOf(gpb.get(code), 'basic'));
    put(project, 'general_public', fenOf(gpb.get(code), 'project'));
    put(basic, 'gov_fund', fenOf(gf.get(code), 'basic'));
    put(project, 'gov_fund', fenOf(gf.get(code), 'project'));
    put(basic, 'soe_capital', fenOf(soe.get(code), 'basic'));
    put(project, 'soe_capital', fenOf(soe.get(code), 'project'));
    const inc = income.get(code);
    const exp = expense.get(code);
    const fiscalBasic = (basic.general_public ?? 0) + (basic.gov_fund ?? 0) + (basic.soe_capital ?? 0);
    const fiscalProject = (project.general_public ?? 0) + (project.gov_fund ?? 0) + (project.soe_capital ?? 0);
    let restProject = fenOf(exp, 'project') - fiscalProject;
    let restBasic = fenOf(exp, 'basic') - fiscalBasic;
    // 上年结转: to 项目 first, by the fund sources the 财政拨款收支总表 carries over.
    const co = fenOf(inc, 'carryover');
    if (co !== 0) {
      const toProject = Math.min(co, Math.max(0, restProject));
      const split = (amount: number, into: BySource): void => {
        let left = amount;
        for (const s of FISCAL_SOURCES) {
          const take = Math.min(left, carryLeft[s]!);
          if (take > 0) {
            put(into, s, take);
            carryLeft[s]! -= take;
            left -= take;
          }
        }
        if (left !== 0) put(into, 'unit_funds', left);
      };
      split(toProject, carryProject);
      split(co - toProject, carryBasic);
      restProject -= toProject;
      restBasic -= co - toProject;
      if (toProject !== co) assumptions.push({ code, what: '上年结转在基本支出与项目支出之间的划分' });
    }
    // 财政专户管理资金 and 单位资金: whatever 基本/项目 the fiscal money leaves.
    for (const s of ['special_account', 'unit_funds'] as const) {
      const amount = fenOf(inc, s);
      if (amount === 0) continue;
      const toBasic = Math.min(amount, Math.max(0, restBasic));
      put(basic, s, toBasic);
      put(project, s, amount - toBasic);
      restBasic -= toBasic;
      restProject -= amount - toBasic;
      if (toBasic !== 0 && toBasic !== amount) assumptions.push({ code, what: `${s === 'special_account' ? '财政专户管理资金' : '单位资金'}在基本支出与项目支出之间的划分` });
    }
    return { code, basic, project, carryover_basic: carryBasic, carryover_project: carryProject };
  });
}

function econLines(t: Table | undefined): EconLine[] {
  if (!t) return [];
  const out: EconLine[] = [];
  for (const r of t.rows) {
    if (r.kind !== 'item' || r.level < 2) continue;
    const department = r.path[0] ?? r.name;
    const government = r.path.length > 1 ? r.path[r.path.length - 1]! : null;
    for (const kind of ['personnel', 'public_use'] as const) {
      const amount = fenOf(r, kind);
      if (amount !== 0) out.push({ department, government, kind, amount });
    }
  }
  return out;
}

function projectLines(t: Table | undefined, carryover: boolean, level: Disclosure['level'], entity: string): ProjectLine[] {
  if (!t) return [];
  return t.rows
    .filter((r) => r.kind === 'project')
    .map((r) => {
      const amounts: BySource = {};
      for (const s of SOURCE_KEYS) if (fenOf(r, s) !== 0) amounts[s] = fenOf(r, s);
      const unit = r.path.length >= 2 ? r.path[r.path.length - 2]! : entity;
      return { unit: level === 'department' ? unit : null, name: r.name, category: null, function_code: null, carryover, amounts };
    });
}

export function inputFromDisclosure(doc: Disclosure): Recovered {
  const assumptions: Assumption[] = [];
  const table = (k: string): Table | undefined => doc.tables.find((t) => t.key === k);
  const entity = doc.entity ?? '';
  const tp = table('three_public');
  const byRole = (role: string): Partial<Record<(typeof FISCAL_SOURCES)[number], number>> => {
    const r = tp?.rows.find((x) => x.role === role);
    const out: Partial<Record<(typeof FISCAL_SOURCES)[number], number>> = {};
    for (const s of FISCAL_SOURCES) if (fenOf(r, s) !== 0) out[s] = fenOf(r, s);
    return out;
  };
  const ar = table('admin_running');
  const adminRunning = (ar?.rows ?? []).filter((r) => r.kind !== 'total').map((r) => {
    const amounts: Partial<Record<(typeof FISCAL_SOURCES)[number], number>> = {};
    for (const s of FISCAL_SOURCES) if (fenOf(r, s) !== 0) amounts[s] = fenOf(r, s);
    return { unit: r.name, amounts };
  });
  const units: UnitInfo[] = [];
  if (doc.level === 'department') {
    for (const r of table('projects')?.rows ?? []) if (r.kind === 'unit' && !units.some((u) => u.name === r.name)) units.push({ name: r.name, kind: 'institution' });
    // 机关运行经费 is reported by 行政 and 参公 units only.
    for (const a of adminRunning) {
      const u = units.find((x) => x.name === a.unit);
      if (u) u.kind = 'administrative';
      else units.push({ name: a.unit, kind: 'administrative' });
    }
  }
  const revenue = (t: Table | undefined, key: string, side: string | null): PublishInput['gov_fund_income'] =>
    (t?.rows ?? []).filter((r) => r.kind === 'item' && r.code && r.side === side && fenOf(r, key) !== 0).map((r) => ({ code: r.code!, name: r.name, amount: fenOf(r, key) }));
  const input: PublishInput = {
    format: INPUT_FORMAT,
    version: 1,
    fiscal_year: doc.fiscal_year ?? 0,
    level: doc.level,
    entity,
    entity_code: doc.entity_code,
    print_unit: doc.tables.find((t) => t.unit)?.unit ?? '万元',
    overview: doc.overview.map((s) => ({ title: s.number ? `${s.number}、${s.title}` : s.title, text: s.text })),
    function_names: names(doc),
    functions: functionLines(doc, assumptions),
    basic_econ: econLines(table('gpb_basic_econ')),
    gov_fund_income: revenue(table('gf_income'), 'gov_fund', null),
    soe_income: revenue(table('soe'), 'soe_capital', 'income'),
    units,
    projects: [...projectLines(table('projects'), false, doc.level, entity), ...projectLines(table('projects_carryover'), true, doc.level, entity)],
    three_public: { abroad: byRole('abroad'), reception: byRole('reception'), vehicle_purchase: byRole('vehicle_purchase'), vehicle_operation: byRole('vehicle_operation') },
    admin_running: adminRunning,
    procurement: null,
    assets: null,
    performance: { units_with_overall_targets: null, units_total: null },
    prior: { income_total: null, expense_total: null, gpb_current: null, three_public: {}, admin_running: null },
    reasons: { income: null, expense: null, gpb: null, three_public: null, admin_running: null },
    notes: { purchase_services: null, other: null },
    forms: doc.forms,
  };
  return { input, assumptions };
}
