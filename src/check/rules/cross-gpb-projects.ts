import type { Rule } from '../rule.js';
import { fig } from '../lookups.js';

// 一般公共预算支出表 合计 · 项目支出 = the 一般公共预算 column of the current-year project table's total:
// the same general public project money, once by function and once project by project.

export const crossGpbProjects: Rule = {
  id: 'cross.gpb-projects',
  family: 'cross',
  severity: 'error',
  title: '项目支出表一般公共预算与一般公共预算支出表一致',
  description: '项目支出预算表（本年预算）合计（部门行）的“一般公共预算”列，应等于一般公共预算支出表合计行的“项目支出”。',
  run(ctx, emit) {
    const gpb = ctx.present('gpb_expense');
    const p = ctx.table('projects');
    if (!gpb || !p || !gpb.columns.some((c) => c.key === 'project')) return;
    const col = p.columns.some((c) => c.key === 'general_public') ? 'general_public' : 'total';
    emit.sum(fig(ctx, 'projects', { total: true }, col), [fig(ctx, 'gpb_expense', { total: true }, 'project')], { params: { other: 'gpb_expense' } });
  },
};
