import type { Table } from '../../model/disclosure.js';
import type { CheckContext } from '../context.js';
import type { Emitter, Rule } from '../rule.js';
import { columnsOf } from '../table-shape.js';

// Two-sided tables (收支总表, 财政拨款收支总表): 本年收入合计 = Σ income items, 收入总计 = 本年收入合计 +
// 上年结转 (+ any further income rows printed after the current-year total), 上年结转 = Σ its kinds,
// the same on the expense side per column, and 收入总计 = 支出总计.

const isCarryKind = (role: string | null) => role !== null && role.startsWith('carryover.');

function side(ctx: CheckContext, emit: Emitter, t: Table, name: 'income' | 'expense'): void {
  const current = ctx.rowByRole(t, `current_${name}_total`, name);
  const grand = ctx.rowByRole(t, `${name}_grand_total`, name);
  const cols = columnsOf(t, name).map((c) => c.key);
  if (!cols.length) return;
  const items: number[] = [];
  const after: number[] = [];
  t.rows.forEach((r, i) => {
    if (r.side !== name || r.kind !== 'item') return;
    if (current !== undefined && i > current) {
      if (!isCarryKind(r.role)) after.push(i);
    } else if (r.role !== 'carryover' && r.role !== 'carry_forward' && !isCarryKind(r.role)) items.push(i);
  });
  for (const col of cols) {
    if (current !== undefined && items.length) emit.sum(ctx.cell(t, current, col), items.map((i) => ctx.cell(t, i, col)), { params: { relation_kind: `${name}-current` } });
    if (grand !== undefined && current !== undefined) {
      emit.sum(ctx.cell(t, grand, col), [ctx.cell(t, current, col), ...after.map((i) => ctx.cell(t, i, col))], { params: { relation_kind: `${name}-grand` } });
    }
  }
  if (name === 'income') {
    const carry = ctx.rowByRole(t, 'carryover', 'income');
    const kinds = t.rows.map((r, i) => (r.side === 'income' && isCarryKind(r.role) ? i : -1)).filter((i) => i >= 0);
    if (carry !== undefined && kinds.length) {
      for (const col of cols) emit.sum(ctx.cell(t, carry, col), kinds.map((i) => ctx.cell(t, i, col)), { params: { relation_kind: 'carryover-kinds' } });
    }
  }
}

export const tableBalance: Rule = {
  id: 'table.balance',
  family: 'table',
  severity: 'error',
  title: '收支总表自身平衡',
  description:
    '收支两栏的表（预算收支总表、财政拨款收支总表）：本年收入合计等于各项收入之和，收入总计等于本年收入合计加上年结转，' +
    '上年结转等于其分项之和；支出栏同理（本年支出合计等于各功能类之和，支出总计等于本年支出合计加年终结转）；收入总计等于支出总计。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      if (!t.rows.some((r) => r.role === 'income_grand_total' || r.role === 'current_income_total')) continue;
      side(ctx, emit, t, 'income');
      side(ctx, emit, t, 'expense');
      const ig = ctx.rowByRole(t, 'income_grand_total', 'income');
      const eg = ctx.rowByRole(t, 'expense_grand_total', 'expense');
      const ic = columnsOf(t, 'income')[0];
      const ec = columnsOf(t, 'expense')[0];
      if (ig !== undefined && eg !== undefined && ic && ec) {
        emit.sum(ctx.cell(t, ig, ic.key), [ctx.cell(t, eg, ec.key)], { params: { relation_kind: 'balance' } });
      }
    }
  },
};
