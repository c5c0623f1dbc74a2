import { parseAmount, formatFen } from '../model/money.js';
import {
  INPUT_FORMAT, PublishInput, THREE_PUBLIC_ITEMS, type Assets, type BySource, type FunctionLine, type PublishInputDraft, type RevenueLine, type UnitInfo,
} from './atomic-input.js';

// 部门汇总: a department's figures are the sums of its units' figures. Function lines, economic items
// and revenue lines add up code by code; projects, 机关运行经费 and 绩效 forms keep their unit; last
// year's figures add up only where every unit gave one. Exact: all in 分.

export type Consolidated = { ok: true; input: PublishInput } | { ok: false; message: string };

export interface ConsolidateOptions {
  entity: string;
  entityCode?: string | null;
}

function addSources(a: BySource, b: BySource): BySource {
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + (v ?? 0);
  return out as BySource;
}

function mergeFunctions(lines: FunctionLine[]): FunctionLine[] {
  const by = new Map<string, FunctionLine>();
  for (const l of lines) {
    const m = by.get(l.code);
    if (!m) by.set(l.code, { ...l });
    else
      by.set(l.code, {
        code: l.code,
        basic: addSources(m.basic, l.basic),
        project: addSources(m.project, l.project),
        carryover_basic: addSources(m.carryover_basic, l.carryover_basic),
        carryover_project: addSources(m.carryover_project, l.carryover_project),
      });
  }
  return [...by.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

function mergeRevenue(lines: RevenueLine[]): RevenueLine[] {
  const by = new Map<string, RevenueLine>();
  for (const l of lines) by.set(l.code, { ...l, amount: (by.get(l.code)?.amount ?? 0) + l.amount });
  return [...by.values()];
}

/** Σ when every value is known, else null. */
function sumKnown(values: Array<number | null | undefined>): number | null {
  if (values.some((v) => v === null || v === undefined)) return null;
  return values.reduce<number>((s, v) => s + (v ?? 0), 0);
}

function mergeAssets(list: Array<Assets | null>): Assets | null {
  const known = list.filter((a): a is Assets => a !== null);
  if (known.length === 0) return null;
  const area = known.map((a) => (a.office_area === null ? null : parseAmount(a.office_area, '元')?.fen ?? null));
  const uses = new Map<string, number>();
  const equipment = new Map<string, { threshold: string; kind: string; count: number }>();
  for (const a of known) {
    for (const v of a.vehicles_by_use) uses.set(v.use, (uses.get(v.use) ?? 0) + v.count);
    for (const e of a.equipment) {
      const k = `${e.threshold}|${e.kind}`;
      equipment.set(k, { ...e, count: (equipment.get(k)?.count ?? 0) + e.count });
    }
  }
  const asOf = new Set(known.map((a) => a.as_of));
  const areaSum = sumKnown(area);
  return {
    as_of: asOf.size === 1 ? [...asOf][0]! : null,
    vehicle_quota: sumKnown(known.map((a) => a.vehicle_quota)),
    vehicles: sumKnown(known.map((a) => a.vehicles)),
    vehicles_by_use: [...uses].map(([use, count]) => ({ use, count })),
    office_area: areaSum === null ? null : formatFen(areaSum, '元', 2),
    equipment: [...equipment.values()],
  };
}

function joined(units: PublishInput[], pick: (u: PublishInput) => string | null): string | null {
  const parts = units.map((u) => [u.entity, pick(u)] as const).filter(([, r]) => r && r.trim());
  if (parts.length === 0) return null;
  return parts.map(([e, r]) => `${e}：${r!.trim().replace(/[。；;]+$/, '')}`).join('；');
}

export function consolidate(units: readonly PublishInput[], o: ConsolidateOptions): Consolidated {
  if (units.length === 0) return { ok: false, message: '没有可汇总的单位' };
  const years = new Set(units.map((u) => u.fiscal_year));
  if (years.size !== 1) return { ok: false, message: `各单位预算年度不一致：${[...years].join('、')}` };
  const printUnits = new Set(units.map((u) => u.print_unit));
  const unitList: UnitInfo[] = [];
  for (const u of units) {
    const own = u.level === 'department' ? u.units : [u.units.find((x) => x.name === u.entity) ?? { name: u.entity, kind: u.admin_running.length ? 'administrative' : 'institution' }];
    for (const x of own) if (!unitList.some((y) => y.name === x.name)) unitList.push(x);
  }
  const names: Record<string, string> = {};
  for (const u of units) Object.assign(names, u.function_names);
  const three = (k: (typeof THREE_PUBLIC_ITEMS)[number]) => units.reduce<BySource>((s, u) => addSources(s, u.three_public[k]), {});
  const procurement = units.some((u) => u.procurement)
    ? {
        goods: units.reduce((s, u) => s + (u.procurement?.goods ?? 0), 0),
        works: units.reduce((s, u) => s + (u.procurement?.works ?? 0), 0),
        services: units.reduce((s, u) => s + (u.procurement?.services ?? 0), 0),
      }
    : null;
  const draft: PublishInputDraft = {
    format: INPUT_FORMAT,
    version: 1,
    fiscal_year: units[0]!.fiscal_year,
    level: 'department',
    entity: o.entity,
    entity_code: o.entityCode ?? null,
    print_unit: printUnits.size === 1 ? units[0]!.print_unit : '万元',
    overview: [],
    function_names: names,
    functions: mergeFunctions(units.flatMap((u) => u.functions)),
    basic_econ: units.flatMap((u) => u.basic_econ),
    gov_fund_income: mergeRevenue(units.flatMap((u) => u.gov_fund_income)),
    soe_income: mergeRevenue(units.flatMap((u) => u.soe_income)),
    units: unitList,
    projects: units.flatMap((u) => u.projects.map((p) => ({ ...p, unit: p.unit ?? u.entity }))),
    three_public: { abroad: three('abroad'), reception: three('reception'), vehicle_purchase: three('vehicle_purchase'), vehicle_operation: three('vehicle_operation') },
    admin_running: units.flatMap((u) => u.admin_running.map((a) => ({ ...a, unit: u.level === 'unit' && u.admin_running.length === 1 ? u.entity : a.unit }))),
    procurement,
    assets: mergeAssets(units.map((u) => u.assets)),
    performance: {
      units_with_overall_targets: sumKnown(units.map((u) => u.performance.units_with_overall_targets)),
      units_total: unitList.length,
    },
    prior: {
      income_total: sumKnown(units.map((u) => u.prior.income_total)),
      expense_total: sumKnown(units.map((u) => u.prior.expense_total)),
      gpb_current: sumKnown(units.map((u) => u.prior.gpb_current)),
      three_public: Object.fromEntries(THREE_PUBLIC_ITEMS.map((k) => [k, sumKnown(units.map((u) => u.prior.three_public[k]))])),
      admin_running: sumKnown(units.map((u) => u.prior.admin_running)),
    },
    reasons: {
      income: joined([...units], (u) => u.reasons.income),
      expense: joined([...units], (u) => u.reasons.expense),
      gpb: joined([...units], (u) => u.reasons.gpb),
      three_public: joined([...units], (u) => u.reasons.three_public),
      admin_running: joined([...units], (u) => u.reasons.admin_running),
    },
    notes: { purchase_services: joined([...units], (u) => u.notes.purchase_services), other: joined([...units], (u) => u.notes.other) },
    forms: units.flatMap((u) => u.forms),
  };
  return { ok: true, input: PublishInput.parse(draft) };
}
