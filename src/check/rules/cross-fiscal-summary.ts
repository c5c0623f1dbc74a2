import type { Rule } from '../rule.js';
import { fig, sideColumn } from '../lookups.js';

// 财政拨款收支总表 vs 收支总表. The fiscal appropriations (一般公共预算, 政府性基金, 国有资本经营) are the same
// income rows in both. Fiscal 上年结转 and fiscal spending by function are part of the totals: never more,
// and the same when the summary shows no other money (no 财政专户 / 单位资金, no non-fiscal carry-over).

const FISCAL = ['general_public', 'gov_fund', 'soe_capital'];
const OTHER = ['special_account', 'unit_funds', 'other_funds', 'business_income', 'operating_income', 'other_income'];

export const crossFiscalSummary: Rule = {
  id: 'cross.fiscal-summary',
  family: 'cross',
  severity: 'error',
  title: '财政拨款收支总表与收支总表一致',
  description:
    '财政拨款收支总表的一般公共预算、政府性基金、国有资本经营预算收入应与收支总表相同；其上年结转和各功能类支出不应超过收支总表，' +
    '收支总表没有财政拨款以外资金时两者应相等。',
  run(ctx, emit) {
    const s = ctx.present('summary');
    const f = ctx.present('fiscal_summary');
    if (!s || !f) return;
    const sCol = sideColumn(s, 'income');
    const fCol = sideColumn(f, 'income');
    if (!sCol || !fCol) return;
    for (const role of FISCAL) {
      const a = fig(ctx, 'fiscal_summary', { role, side: 'income' }, fCol);
      const b = fig(ctx, 'summary', { role, side: 'income' }, sCol);
      if (a.printed || b.printed) emit.sum(a, [b], { params: { other: 'summary' } });
    }
    const fCarry = fig(ctx, 'fiscal_summary', { role: 'carryover', side: 'income' }, fCol);
    const sCarry = fig(ctx, 'summary', { role: 'carryover', side: 'income' }, sCol);
    const nonFiscal = OTHER.some((role) => fig(ctx, 'summary', { role, side: 'income' }, sCol).fen !== 0) || fCarry.fen !== sCarry.fen;
    emit.atMost(fCarry, [sCarry], { params: { other: 'summary' } });
    const fTotal = sideColumn(f, 'expense');
    const sTotal = sideColumn(s, 'expense');
    if (!fTotal || !sTotal) return;
    f.rows.forEach((r, i) => {
      if (r.side !== 'expense') return;
      const finder = r.code && r.kind === 'item' ? { code: r.code } : ctx.isCurrentTotal(f, i) ? { role: 'current_expense_total', side: 'expense' } : null;
      if (!finder) return;
      const a = ctx.cell(f, i, fTotal);
      const b = fig(ctx, 'summary', finder, sTotal);
      if (!a.printed && !b.printed) return;
      if (nonFiscal) emit.atMost(a, [b], { params: { other: 'summary' } });
      else emit.sum(a, [b], { params: { other: 'summary' } });
    });
  },
};
