import type { Rule } from '../rule.js';
import { fig } from '../lookups.js';

// 支出总表 合计 · 项目支出 = 项目支出表（本年预算）合计 + 项目支出表（上年结转）合计: every project yuan is
// either appropriated this year or carried over.

export const crossExpenseProjects: Rule = {
  id: 'cross.expense-projects',
  family: 'cross',
  severity: 'error',
  title: '支出总表项目支出等于两张项目表之和',
  description: '支出总表合计行的“项目支出”，应等于项目支出预算表（本年预算）合计加项目支出预算表（上年结转）合计。',
  run(ctx, emit) {
    const exp = ctx.present('expense');
    if (!exp || !exp.columns.some((c) => c.key === 'project')) return;
    if (!ctx.table('projects') && !ctx.table('projects_carryover')) return;
    emit.sum(fig(ctx, 'expense', { total: true }, 'project'), [fig(ctx, 'projects', { total: true }, 'total'), fig(ctx, 'projects_carryover', { total: true }, 'total')], {
      params: { other: 'projects' },
    });
  },
};
