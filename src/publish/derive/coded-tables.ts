import type { Table } from '../../model/disclosure.js';
import type { MoneyUnit } from '../../model/money.js';
import { column, row, table, type LineCounter } from './build.js';
import { carryoverTotal, current, currentTotal, grandTotal, vecSum, type FunctionNode, type Measures } from './function-tree.js';

// The tables with a row per function code: 收入总表, 支出总表, 一般公共预算支出表, 政府性基金预算支出表.

export interface DeriveContext {
  year: number;
  entity: string;
  unit: MoneyUnit;
  lines: LineCounter;
  tree: readonly FunctionNode[];
}

type Measure = (m: Measures) => Record<string, number>;

function codedTable(ctx: DeriveContext, key: string, title: string, columns: Table['columns'], measure: Measure): Table {
  const rows = [row({ kind: 'total', name: '合计', level: 0, role: 'total', values: measure(grandTotal(ctx.tree)) }, ctx.unit, ctx.lines.next())];
  for (const n of ctx.tree) {
    const values = measure(n.m);
    if (!Object.values(values).some((v) => v !== 0)) continue;
    rows.push(row({ code: n.code, name: n.name ?? '', level: n.level, values }, ctx.unit, ctx.lines.next()));
  }
  return table({ key, title, unit: ctx.unit, entity: ctx.entity, columns, rows });
}

export function incomeTable(ctx: DeriveContext): Table {
  const g = '本年收入';
  return codedTable(
    ctx,
    'income',
    `${ctx.year}年预算收入总表`,
    [
      column('total', [g, '合计']),
      column('general_public', [g, '一般公共预算']),
      column('gov_fund', [g, '政府性基金']),
      column('soe_capital', [g, '国有资本经营预算']),
      column('special_account', [g, '财政专户管理资金']),
      column('unit_funds', [g, '单位资金']),
      column('carryover', ['上年结转']),
    ],
    (m) => ({
      total: currentTotal(m),
      general_public: current(m, 'general_public'),
      gov_fund: current(m, 'gov_fund'),
      soe_capital: current(m, 'soe_capital'),
      special_account: current(m, 'special_account'),
      unit_funds: current(m, 'unit_funds'),
      carryover: carryoverTotal(m),
    }),
  );
}

const purposeColumns = (year: number): Table['columns'] => {
  const g = `${year}年预算数`;
  return [column('total', [g, '合计']), column('basic', [g, '基本支出']), column('project', [g, '项目支出'])];
};

/** 支出总表: all sources, this year's and carried over. */
export function expenseTable(ctx: DeriveContext): Table {
  return codedTable(ctx, 'expense', `${ctx.year}年预算支出总表`, purposeColumns(ctx.year), (m) => {
    const basic = vecSum(m.basic) + vecSum(m.carryoverBasic);
    const project = vecSum(m.project) + vecSum(m.carryoverProject);
    return { total: basic + project, basic, project };
  });
}

/** One source's current-year appropriation by 基本/项目 (不含上年结转). */
export function sourceExpenseTable(ctx: DeriveContext, key: string, title: string, source: 'general_public' | 'gov_fund'): Table {
  return codedTable(ctx, key, title, purposeColumns(ctx.year), (m) => ({
    total: m.basic[source] + m.project[source],
    basic: m.basic[source],
    project: m.project[source],
  }));
}

export function gpbExpenseTable(ctx: DeriveContext): Table {
  return sourceExpenseTable(ctx, 'gpb_expense', `${ctx.year}年一般公共预算支出预算表（不含上年结转）`, 'general_public');
}

export function gfExpenseTable(ctx: DeriveContext): Table {
  return sourceExpenseTable(ctx, 'gf_expense', `${ctx.year}年政府性基金预算支出表（不含上年结转）`, 'gov_fund');
}
