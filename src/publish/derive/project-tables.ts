import type { Row, Table } from '../../model/disclosure.js';
import { SOURCE_KEYS, type ProjectLine, type PublishInput } from '../atomic-input.js';
import { column, row, table } from './build.js';
import type { DeriveContext } from './coded-tables.js';

// 项目支出预算表 (本年预算 and 上年结转): department › unit › project, each level the sum of the next.

type Values = Record<string, number>;

function valuesOf(projects: readonly ProjectLine[], keys: readonly string[]): Values {
  const v: Values = { total: 0 };
  for (const k of keys) v[k] = 0;
  for (const p of projects) {
    for (const k of keys) {
      const a = p.amounts[k as keyof ProjectLine['amounts']] ?? 0;
      v[k]! += a;
      v.total! += a;
    }
  }
  return v;
}

/** Units in printed order: the declared ones first, then any a project names. */
export function projectUnits(input: PublishInput, projects: readonly ProjectLine[]): string[] {
  const out = input.units.map((u) => u.name);
  for (const p of projects) {
    const u = p.unit ?? input.entity;
    if (!out.includes(u)) out.push(u);
  }
  return out;
}

function projectTable(ctx: DeriveContext, input: PublishInput, carried: boolean): Table {
  const projects = input.projects.filter((p) => p.carryover === carried);
  const keys: readonly string[] = carried ? ['general_public', 'gov_fund', 'soe_capital'] : SOURCE_KEYS;
  const rows: Row[] = [];
  if (input.level === 'department') {
    rows.push(row({ kind: 'department', name: input.entity, level: 1, values: valuesOf(projects, keys) }, ctx.unit, ctx.lines.next()));
  }
  const units = input.level === 'department' ? projectUnits(input, projects) : [input.entity];
  for (const u of units) {
    const mine = input.level === 'department' ? projects.filter((p) => (p.unit ?? input.entity) === u) : projects;
    if (mine.length === 0 && input.level === 'department') continue;
    const base = input.level === 'department' ? [input.entity, u] : [u];
    rows.push(row({ kind: 'unit', name: u, path: base, level: 2, values: valuesOf(mine, keys) }, ctx.unit, ctx.lines.next()));
    for (const p of mine) {
      rows.push(row({ kind: 'project', name: p.name, path: [...base, p.name], level: 3, values: valuesOf([p], keys) }, ctx.unit, ctx.lines.next()));
    }
  }
  const g = `${ctx.year}年财政拨款`;
  const columns = [
    column('total', ['合计']),
    column('general_public', [g, '一般公共预算']),
    column('gov_fund', [g, '政府性基金预算']),
    column('soe_capital', [g, '国有资本经营预算']),
  ];
  if (!carried) columns.push(column('special_account', ['财政专户管理资金']), column('unit_funds', ['单位资金']));
  return table({
    key: carried ? 'projects_carryover' : 'projects',
    title: `${ctx.year}年项目支出预算表（${carried ? '上年结转' : '本年预算'}）`,
    unit: ctx.unit,
    entity: ctx.entity,
    columns,
    rows,
  });
}

export function projectsTable(ctx: DeriveContext, input: PublishInput): Table {
  return projectTable(ctx, input, false);
}

export function projectsCarryoverTable(ctx: DeriveContext, input: PublishInput): Table {
  return projectTable(ctx, input, true);
}
