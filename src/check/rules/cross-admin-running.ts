import type { Rule } from '../rule.js';
import { fig, threePublicFigure } from '../lookups.js';

// 机关运行经费 are the 公用经费 of administrative (and 参公) units paid from fiscal money: the general public
// part cannot exceed the 公用经费 of general public basic expenditure.

export const crossAdminRunning: Rule = {
  id: 'cross.admin-running',
  family: 'cross',
  severity: 'error',
  title: '机关运行经费不超过公用经费',
  description: '机关运行经费预算表合计（一般公共预算；上海为“三公”经费和机关运行经费表的机关运行经费）不应超过一般公共预算基本支出经济科目表的公用经费合计。',
  run(ctx, emit) {
    const econ = ctx.present('gpb_basic_econ');
    if (!econ || !econ.columns.some((c) => c.key === 'public_use')) return;
    const publicUse = fig(ctx, 'gpb_basic_econ', { total: true }, 'public_use');
    const a = ctx.present('admin_running');
    if (a) {
      const col = a.columns.some((c) => c.key === 'general_public') ? 'general_public' : 'total';
      emit.atMost(fig(ctx, 'admin_running', { total: true }, col), [publicUse], { params: { other: 'gpb_basic_econ' } });
      return;
    }
    // 上海: a column of the “三公”经费和机关运行经费表.
    const joint = ctx.present('three_public_admin');
    const f = joint ? threePublicFigure(ctx, joint, 'admin_running') : null;
    if (f) emit.atMost(f, [publicUse], { params: { other: 'gpb_basic_econ' } });
  },
};
