import type { Rule } from '../rule.js';
import { fig } from '../lookups.js';

// 机关运行经费 are the 公用经费 of administrative (and 参公) units paid from fiscal money: the general public
// part cannot exceed the 公用经费 of general public basic expenditure.

export const crossAdminRunning: Rule = {
  id: 'cross.admin-running',
  family: 'cross',
  severity: 'error',
  title: '机关运行经费不超过公用经费',
  description: '机关运行经费预算表合计（一般公共预算）不应超过一般公共预算基本支出经济科目表的公用经费合计。',
  run(ctx, emit) {
    const a = ctx.present('admin_running');
    const econ = ctx.present('gpb_basic_econ');
    if (!a || !econ || !econ.columns.some((c) => c.key === 'public_use')) return;
    const col = a.columns.some((c) => c.key === 'general_public') ? 'general_public' : 'total';
    emit.atMost(fig(ctx, 'admin_running', { total: true }, col), [fig(ctx, 'gpb_basic_econ', { total: true }, 'public_use')], { params: { other: 'gpb_basic_econ' } });
  },
};
