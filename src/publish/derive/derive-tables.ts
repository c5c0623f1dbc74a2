import type { Table } from '../../model/disclosure.js';
import type { PublishInput } from '../atomic-input.js';
import { LineCounter } from './build.js';
import { basicEconTable } from './basic-econ.js';
import { expenseTable, gfExpenseTable, gpbExpenseTable, incomeTable, type DeriveContext } from './coded-tables.js';
import { adminRunningTable, threePublicTable } from './cost-tables.js';
import { functionTree } from './function-tree.js';
import { projectsCarryoverTable, projectsTable } from './project-tables.js';
import { gfIncomeTable, soeTable } from './revenue-tables.js';
import { fiscalSummaryTable, summaryTable } from './summary-tables.js';

// All thirteen tables of the 山西 template, in printed order, each computed from the entered figures.

export function deriveTables(input: PublishInput): Table[] {
  const ctx: DeriveContext = {
    year: input.fiscal_year,
    entity: input.entity,
    unit: input.print_unit,
    lines: new LineCounter(),
    tree: functionTree(input.functions, input.function_names),
  };
  const tables = [
    summaryTable(ctx),
    incomeTable(ctx),
    expenseTable(ctx),
    fiscalSummaryTable(ctx),
    gpbExpenseTable(ctx),
    basicEconTable(ctx, input.basic_econ),
    gfIncomeTable(ctx, input.gov_fund_income),
    gfExpenseTable(ctx),
    soeTable(ctx, input.soe_income),
    threePublicTable(ctx, input.three_public),
    adminRunningTable(ctx, input),
    projectsTable(ctx, input),
    projectsCarryoverTable(ctx, input),
  ];
  return tables.map((t, i) => ({ ...t, number: `预算公开表${i + 1}` }));
}
