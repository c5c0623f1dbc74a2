import type { Table } from '../../model/disclosure.js';
import { FISCAL_SOURCES, type ByFiscalSource, type PublishInput } from '../atomic-input.js';
import { column, row, table } from './build.js';
import type { DeriveContext } from './coded-tables.js';

// 财政拨款安排“三公”经费支出预算表 and 机关运行经费预算表: fiscal money by item or by unit.

function fiscalColumns(group: string): Table['columns'] {
  return [
    column('total', [group, '合计']),
    column('general_public', [group, '一般公共预算']),
    column('gov_fund', [group, '政府性基金预算']),
    column('soe_capital', [group, '国有资本经营预算']),
  ];
}

export function fiscalValues(...parts: ByFiscalSource[]): Record<string, number> {
  const v: Record<string, number> = { total: 0, general_public: 0, gov_fund: 0, soe_capital: 0 };
  for (const p of parts) {
    for (const s of FISCAL_SOURCES) {
      v[s]! += p[s] ?? 0;
      v.total! += p[s] ?? 0;
    }
  }
  return v;
}

export function threePublicTable(ctx: DeriveContext, tp: PublishInput['three_public']): Table {
  const specs = [
    { name: '因公出国（境）费', role: 'abroad', values: fiscalValues(tp.abroad) },
    { name: '公务接待费', role: 'reception', values: fiscalValues(tp.reception) },
    { name: '公务用车购置及运行费', role: 'vehicle', values: fiscalValues(tp.vehicle_purchase, tp.vehicle_operation) },
    { name: '①公务用车购置费', role: 'vehicle_purchase', values: fiscalValues(tp.vehicle_purchase) },
    { name: '②公务用车运行维护费', role: 'vehicle_operation', values: fiscalValues(tp.vehicle_operation) },
  ];
  const rows = specs.map((s) => row({ ...s, level: 1 }, ctx.unit, ctx.lines.next()));
  const all = fiscalValues(tp.abroad, tp.reception, tp.vehicle_purchase, tp.vehicle_operation);
  rows.push(row({ kind: 'total', name: '合计', level: 0, role: 'total', values: all }, ctx.unit, ctx.lines.next()));
  return table({
    key: 'three_public',
    title: `${ctx.year}年财政拨款安排“三公”经费支出预算表`,
    unit: ctx.unit,
    entity: ctx.entity,
    columns: fiscalColumns(`${ctx.year}年预算数`),
    rows,
  });
}

export function adminRunningTable(ctx: DeriveContext, input: PublishInput): Table {
  const lines = input.admin_running.filter((a) => Object.values(a.amounts).some((v) => v !== 0));
  const totalName = input.level === 'department' ? '部门合计' : '合计';
  const rows = [row({ kind: 'total', name: totalName, level: 0, role: 'total', values: fiscalValues(...lines.map((l) => l.amounts)) }, ctx.unit, ctx.lines.next())];
  for (const l of lines) rows.push(row({ name: l.unit, level: 2, values: fiscalValues(l.amounts) }, ctx.unit, ctx.lines.next()));
  return table({
    key: 'admin_running',
    title: `${ctx.year}年财政拨款安排机关运行经费预算表`,
    unit: ctx.unit,
    entity: ctx.entity,
    columns: fiscalColumns(`${ctx.year}年预算数`),
    rows,
  });
}
