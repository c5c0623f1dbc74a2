import type { Rule } from '../rule.js';
import { fig, sideColumn } from '../lookups.js';

// 项目支出表（上年结转）合计 vs 上年结转 in 收支总表. Carried-over money funds projects unless the totals
// show basic expenditure beyond this year's appropriations (支出总表 基本支出 above the current-year basic
// of the 一般公共预算, 政府性基金 and 国有资本 tables): then the project table may show less, never more.

export const crossCarryoverProjects: Rule = {
  id: 'cross.carryover-projects',
  family: 'cross',
  severity: 'error',
  title: '上年结转项目表与收支总表上年结转一致',
  description:
    '项目支出预算表（上年结转）的合计应等于收支总表的“上年结转”；只有当支出总表的基本支出超过当年各类预算安排的基本支出（即有基本支出使用结转资金）时，可以小于而不能大于。',
  run(ctx, emit) {
    const s = ctx.present('summary');
    if (!s || !ctx.table('projects_carryover')) return;
    const col = sideColumn(s, 'income');
    const carryRow = ctx.rowByRole(s, 'carryover', 'income');
    if (!col || carryRow === undefined) return;
    const carry = ctx.cell(s, carryRow, col);
    const lhs = fig(ctx, 'projects_carryover', { total: true }, 'total');
    const expBasic = fig(ctx, 'expense', { total: true }, 'basic');
    const current = ['gpb_expense', 'gf_expense'].map((k) => fig(ctx, k, { total: true }, 'basic').fen).reduce((a, b) => a + b, 0);
    const basicBeyond = expBasic.printed && ctx.present('gpb_expense') ? expBasic.fen - current : 0;
    if (basicBeyond > expBasic.step) emit.atMost(lhs, [carry], { params: { other: 'summary' } });
    else emit.sum(lhs, [carry], { params: { other: 'summary' } });
  },
};
