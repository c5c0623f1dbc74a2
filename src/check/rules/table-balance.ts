import type { Table } from '../../model/disclosure.js';
import type { CheckContext } from '../context.js';
import type { Emitter, Rule } from '../rule.js';
import { columnsOf, FISCAL_SOURCES } from '../table-shape.js';

// Two-sided tables (收支总表, 财政拨款收支总表), on every side they print: 本年收入合计 = Σ income items
// (a printed 财政拨款 row stands for its kinds, and is their sum), 收入总计 = 本年收入合计 + the rows after
// it (上年结转 …), 上年结转 = Σ its kinds; on each expense side (by function, by purpose) 本年支出合计 =
// Σ items and 支出总计 = 本年支出合计 + 结转下年 — a side printing no totals of its own adds up to the
// totals of the other; and 收入总计 = 支出总计.

const isCarryKind = (role: string | null) => role !== null && role.startsWith('carryover.');

function rowsOf(t: Table, side: string, total: number | undefined): { before: number[]; after: number[] } {
  const before: number[] = [];
  const after: number[] = [];
  t.rows.forEach((r, i) => {
    if (r.side !== side || r.kind !== 'item' || isCarryKind(r.role)) return;
    if (total !== undefined && i > total) after.push(i);
    else if (r.role !== 'carryover' && r.role !== 'carry_forward') before.push(i);
  });
  // A total printed above its items (一、本年收入 over 一般公共预算资金 …): its parts are the items below it,
  // up to the carry-over lines.
  if (total !== undefined && before.length === 0 && after.length) {
    const end = after.findIndex((i) => /^(carryover|carry_forward)$/.test(t.rows[i]!.role ?? ''));
    return end < 0 ? { before: after, after: [] } : { before: after.slice(0, end), after: after.slice(end) };
  }
  return { before, after };
}

function incomeSide(ctx: CheckContext, emit: Emitter, t: Table): void {
  const cols = columnsOf(t, 'income').map((c) => c.key);
  const current = ctx.rowByRole(t, 'current_income_total', 'income');
  const grand = ctx.rowByRole(t, 'income_grand_total', 'income');
  const rows = rowsOf(t, 'income', current);
  const after = rows.after;
  let before = rows.before;
  const fiscal = before.find((i) => t.rows[i]!.role === 'fiscal');
  if (fiscal !== undefined) {
    const kinds = before.filter((i) => FISCAL_SOURCES.includes(t.rows[i]!.role ?? ''));
    for (const col of cols) if (kinds.length) emit.sum(ctx.cell(t, fiscal, col), kinds.map((i) => ctx.cell(t, i, col)), { params: { relation_kind: 'fiscal-kinds' } });
    before = before.filter((i) => !kinds.includes(i));
  }
  const carry = ctx.rowByRole(t, 'carryover', 'income');
  const carryKinds = t.rows.map((r, i) => (r.side === 'income' && isCarryKind(r.role) ? i : -1)).filter((i) => i >= 0);
  for (const col of cols) {
    if (current !== undefined && before.length) emit.sum(ctx.cell(t, current, col), before.map((i) => ctx.cell(t, i, col)), { params: { relation_kind: 'income-current' } });
    if (grand !== undefined && current !== undefined) emit.sum(ctx.cell(t, grand, col), [ctx.cell(t, current, col), ...after.map((i) => ctx.cell(t, i, col))], { params: { relation_kind: 'income-grand' } });
    if (carry !== undefined && carryKinds.length) emit.sum(ctx.cell(t, carry, col), carryKinds.map((i) => ctx.cell(t, i, col)), { params: { relation_kind: 'carryover-kinds' } });
  }
}

function expenseSides(ctx: CheckContext, emit: Emitter, t: Table): void {
  const sides = [...new Set(t.rows.map((r) => r.side).filter((s): s is string => s !== null && s !== 'income'))];
  // Totals printed on any expense side stand for the others (江苏: by purpose only).
  const anyCurrent = t.rows.findIndex((r) => r.role === 'current_expense_total' && r.side !== 'income');
  const anyGrand = t.rows.findIndex((r) => r.role === 'expense_grand_total' && r.side !== 'income');
  for (const side of sides) {
    const cols = columnsOf(t, side).map((c) => c.key);
    if (!cols.length) continue;
    const current = ctx.rowByRole(t, 'current_expense_total', side);
    const grand = ctx.rowByRole(t, 'expense_grand_total', side);
    const { before, after } = rowsOf(t, side, current);
    if (!before.length) continue;
    if (current !== undefined) {
      for (const col of cols) {
        emit.sum(ctx.cell(t, current, col), before.map((i) => ctx.cell(t, i, col)), { params: { relation_kind: 'expense-current' } });
        if (grand !== undefined) emit.sum(ctx.cell(t, grand, col), [ctx.cell(t, current, col), ...after.map((i) => ctx.cell(t, i, col))], { params: { relation_kind: 'expense-grand' } });
      }
    } else if (grand === undefined && (anyCurrent >= 0 || anyGrand >= 0)) {
      const target = anyCurrent >= 0 ? anyCurrent : anyGrand;
      const col = cols[0]!;
      emit.sum(ctx.cell(t, target, ctx.mainColumn(t, target)), before.map((i) => ctx.cell(t, i, col)), { params: { relation_kind: 'expense-other-side' } });
    }
  }
}

export const tableBalance: Rule = {
  id: 'table.balance',
  family: 'table',
  severity: 'error',
  title: '收支总表自身平衡',
  description:
    '收支两栏的表（预算收支总表、财政拨款收支总表）：本年收入合计等于各项收入之和（印出“财政拨款”时它等于其各类之和），收入总计等于本年收入合计加上年结转等，' +
    '上年结转等于其分项之和；每一支出栏（按功能分类、按支出用途）本年支出合计等于各项之和，支出总计等于本年支出合计加结转下年，' +
    '不印合计的支出栏之和等于另一栏的合计；收入总计等于支出总计。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      if (!t.rows.some((r) => r.role === 'income_grand_total' || r.role === 'current_income_total')) continue;
      incomeSide(ctx, emit, t);
      expenseSides(ctx, emit, t);
      const ig = ctx.rowByRole(t, 'income_grand_total', 'income');
      const eg = t.rows.findIndex((r) => r.role === 'expense_grand_total' && r.side !== 'income');
      if (ig !== undefined && eg >= 0) emit.sum(ctx.cell(t, ig, ctx.mainColumn(t, ig)), [ctx.cell(t, eg, ctx.mainColumn(t, eg))], { params: { relation_kind: 'balance' } });
    }
  },
};
