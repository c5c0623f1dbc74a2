import type { Row, Table } from '../../model/disclosure.js';
import type { RevenueLine } from '../atomic-input.js';
import { column, row, table, type RowSpec } from './build.js';
import type { DeriveContext } from './coded-tables.js';
import { grandTotal } from './function-tree.js';

// 政府性基金预算收入表 (by revenue code) and 国有资本经营预算收支预算表 (revenue codes beside the
// function codes its money is spent on).

function revenueRows(lines: readonly RevenueLine[], key: string): RowSpec[] {
  let total = 0;
  for (const l of lines) total += l.amount;
  return [
    { kind: 'total', name: '合计', level: 0, role: 'total', values: { [key]: total } },
    ...lines.map((l) => ({ code: l.code, name: l.name, level: Math.max(1, (l.code.length - 1) / 2), values: { [key]: l.amount } })),
  ];
}

export function gfIncomeTable(ctx: DeriveContext, lines: readonly RevenueLine[]): Table {
  const rows = revenueRows(lines, 'gov_fund').map((r) => row(r, ctx.unit, ctx.lines.next()));
  return table({
    key: 'gf_income',
    title: `${ctx.year}年政府性基金预算收入表（不含上年结转）`,
    unit: ctx.unit,
    entity: ctx.entity,
    columns: [column('gov_fund', ['政府性基金收入预算'])],
    rows,
  });
}

export function soeTable(ctx: DeriveContext, lines: readonly RevenueLine[]): Table {
  const income = revenueRows(lines, 'soe_capital');
  const spend = (basic: number, project: number): Record<string, number> => ({ soe_capital: basic + project, basic, project });
  const t = grandTotal(ctx.tree);
  const expense: RowSpec[] = [{ kind: 'total', name: '合计', level: 0, role: 'total', values: spend(t.basic.soe_capital, t.project.soe_capital) }];
  for (const n of ctx.tree) {
    if (n.m.basic.soe_capital === 0 && n.m.project.soe_capital === 0) continue;
    expense.push({ code: n.code, name: n.name ?? '', level: n.level, values: spend(n.m.basic.soe_capital, n.m.project.soe_capital) });
  }
  const rows: Row[] = [];
  for (let i = 0; i < Math.max(income.length, expense.length); i++) {
    const line = ctx.lines.next();
    if (income[i]) rows.push(row({ ...income[i]!, side: 'income' }, ctx.unit, line));
    if (expense[i]) rows.push(row({ ...expense[i]!, side: 'expense' }, ctx.unit, line));
  }
  return table({
    key: 'soe',
    title: `${ctx.year}年国有资本经营预算收支预算表（不含上年结转）`,
    unit: ctx.unit,
    entity: ctx.entity,
    columns: [
      column('soe_capital', ['国有资本经营收入预算'], 'income'),
      column('soe_capital', ['合计'], 'expense'),
      column('basic', ['基本支出'], 'expense'),
      column('project', ['项目支出'], 'expense'),
    ],
    rows,
  });
}
