import { allFunctionClasses } from '../../model/catalog/function-classes.js';
import type { Row, Table } from '../../model/disclosure.js';
import { FISCAL_SOURCES, type SourceKey } from '../atomic-input.js';
import { cnOrdinal, column, row, table, type RowSpec } from './build.js';
import type { DeriveContext } from './coded-tables.js';
import { carryover, carryoverTotal, current, currentTotal, fiscalSum, grandTotal, zeroMeasures, type Measures } from './function-tree.js';

// The two-sided tables: 收支总表 and 财政拨款收支总表. Income by fund source on the left, expense by
// function class (all thirty 类, printed even when blank) on the right, then the totals, line by line.

const SOURCE_NAMES: Record<SourceKey, string> = {
  general_public: '一般公共预算',
  gov_fund: '政府性基金预算',
  soe_capital: '国有资本经营预算',
  special_account: '财政专户管理资金',
  unit_funds: '单位资金',
};

/** Every 类 of the catalogue with its measures, plus any entered class the catalogue lacks. */
function classes(ctx: DeriveContext): Array<{ code: string; name: string; m: Measures }> {
  const byCode = new Map(ctx.tree.filter((n) => n.level === 1).map((n) => [n.code, n]));
  const out = allFunctionClasses().map(([code, name]) => ({ code, name, m: byCode.get(code)?.m ?? zeroMeasures() }));
  for (const [code, n] of byCode) if (!out.some((c) => c.code === code)) out.push({ code, name: n.name ?? code, m: n.m });
  return out;
}

/** Lay the two sides out line by line: the i-th income row beside the i-th expense row. */
function sideBySide(ctx: DeriveContext, income: RowSpec[], expense: RowSpec[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < Math.max(income.length, expense.length); i++) {
    const line = ctx.lines.next();
    const a = income[i];
    const b = expense[i];
    if (a) rows.push(row({ ...a, side: 'income' }, ctx.unit, line));
    if (b) rows.push(row({ ...b, side: 'expense' }, ctx.unit, line));
  }
  return rows;
}

export function summaryTable(ctx: DeriveContext): Table {
  const t = grandTotal(ctx.tree);
  const incomeItems: RowSpec[] = (Object.keys(SOURCE_NAMES) as SourceKey[]).map((s, i) => ({
    name: `${cnOrdinal(i + 1)}、${SOURCE_NAMES[s]}`,
    level: 1,
    role: s,
    values: { amount: current(t, s) },
  }));
  const expenseItems: RowSpec[] = classes(ctx).map((c, i) => ({
    code: c.code,
    codeSource: 'catalog',
    name: `${cnOrdinal(i + 1)}、${c.name}`,
    level: 1,
    values: { total: currentTotal(c.m) + carryoverTotal(c.m), current_year: currentTotal(c.m), carryover: carryoverTotal(c.m) },
  }));
  const cur = currentTotal(t);
  const co = carryoverTotal(t);
  const expenseTotals = { total: cur + co, current_year: cur, carryover: co };
  const rows = [
    ...sideBySide(ctx, incomeItems, expenseItems),
    ...sideBySide(
      ctx,
      [
        { kind: 'total', name: '本年收入合计', level: 0, role: 'current_income_total', values: { amount: cur } },
        { name: '上年结转', level: 1, role: 'carryover', values: { amount: co } },
        { kind: 'total', name: '收入总计', level: 0, role: 'income_grand_total', values: { amount: cur + co } },
      ],
      [
        { kind: 'total', name: '本年支出合计', level: 0, role: 'current_expense_total', values: expenseTotals },
        { name: '年终结转', level: 1, role: 'carry_forward', values: {} },
        { kind: 'total', name: '支出总计', level: 0, role: 'expense_grand_total', values: expenseTotals },
      ],
    ),
  ];
  return table({
    key: 'summary',
    title: `${ctx.year}年预算收支总表`,
    unit: ctx.unit,
    entity: ctx.entity,
    columns: [
      column('amount', [`${ctx.year}年`], 'income'),
      column('total', [`${ctx.year}年合计`], 'expense'),
      column('current_year', ['当年预算安排'], 'expense'),
      column('carryover', ['上年结转安排'], 'expense'),
    ],
    rows,
  });
}

export function fiscalSummaryTable(ctx: DeriveContext): Table {
  const t = grandTotal(ctx.tree);
  const fiscalNames = FISCAL_SOURCES.map((s, i) => `${cnOrdinal(i + 1)}、${SOURCE_NAMES[s]}`);
  const incomeItems: RowSpec[] = FISCAL_SOURCES.map((s, i) => ({ name: fiscalNames[i]!, level: 1, role: s, values: { amount: current(t, s) } }));
  const spend = (m: Measures): Record<string, number> => {
    const v: Record<string, number> = { total: 0 };
    for (const s of FISCAL_SOURCES) {
      v[s] = current(m, s) + carryover(m, s);
      v.total! += v[s]!;
    }
    return v;
  };
  const expenseItems: RowSpec[] = classes(ctx).map((c, i) => ({
    code: c.code,
    codeSource: 'catalog',
    name: `${cnOrdinal(i + 1)}、${c.name}`,
    level: 1,
    values: spend(c.m),
  }));
  const cur = fiscalSum(t.basic) + fiscalSum(t.project);
  const co = fiscalSum(t.carryoverBasic) + fiscalSum(t.carryoverProject);
  const totals = spend(t);
  const rows = [
    ...sideBySide(ctx, incomeItems, expenseItems),
    ...sideBySide(
      ctx,
      [
        { kind: 'total', name: '本年收入合计', level: 0, role: 'current_income_total', values: { amount: cur } },
        { name: '上年财政拨款结转', level: 1, role: 'carryover', values: { amount: co } },
        ...FISCAL_SOURCES.map((s, i) => ({ name: fiscalNames[i]!, level: 1, role: `carryover.${s}`, values: { amount: carryover(t, s) } })),
        { kind: 'total', name: '收入总计', level: 0, role: 'income_grand_total', values: { amount: cur + co } },
      ],
      [
        { kind: 'total', name: '本年支出合计', level: 0, role: 'current_expense_total', values: totals },
        { name: '年终结转', level: 1, role: 'carry_forward', values: {} },
      ],
    ),
  ];
  // 支出总计 is printed on the line of 收入总计, after the carried-over breakdown.
  const last = rows[rows.length - 1]!;
  rows.push(row({ kind: 'total', name: '支出总计', level: 0, role: 'expense_grand_total', side: 'expense', values: totals }, ctx.unit, last.line));
  return table({
    key: 'fiscal_summary',
    title: `${ctx.year}年财政拨款收支总表`,
    unit: ctx.unit,
    entity: ctx.entity,
    columns: [
      column('amount', ['金额'], 'income'),
      column('total', ['金额', '小计'], 'expense'),
      column('general_public', ['金额', '一般公共预算'], 'expense'),
      column('gov_fund', ['金额', '政府性基金预算'], 'expense'),
      column('soe_capital', ['金额', '国有资本经营预算'], 'expense'),
    ],
    rows,
  });
}
