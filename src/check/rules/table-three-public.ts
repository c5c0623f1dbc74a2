import type { Table } from '../../model/disclosure.js';
import type { CheckContext } from '../context.js';
import type { Emitter, Rule } from '../rule.js';

// “三公”经费: 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费, and 公务用车购置及运行费 =
// 购置费 + 运行维护费 — printed one item a row (山西) or one item a column (江苏, where the table also
// shows 会议费 and 培训费: 合计 = “三公”小计 + 会议费 + 培训费).

const ITEMS = ['abroad', 'reception', 'vehicle', 'vehicle_purchase', 'vehicle_operation'] as const;

function byRows(ctx: CheckContext, emit: Emitter, t: Table): void {
  const role = (r: string) => ctx.rowByRole(t, r);
  const [abroad, reception, vehicle, purchase, operation] = ITEMS.map(role);
  if (abroad === undefined && reception === undefined && vehicle === undefined) return;
  const total = t.rows.findIndex((r) => r.kind === 'total' && (r.role === 'total' || r.role === null));
  for (const c of t.columns) {
    const col = c.key;
    if (total >= 0) {
      const parts = [abroad, reception, ...(vehicle !== undefined ? [vehicle] : [purchase, operation])].filter((i): i is number => i !== undefined);
      emit.sum(ctx.cell(t, total, col), parts.map((i) => ctx.cell(t, i, col)), { params: { relation_kind: 'three-public-total' } });
    }
    if (vehicle !== undefined && (purchase !== undefined || operation !== undefined)) {
      const parts = [purchase, operation].filter((i): i is number => i !== undefined);
      emit.sum(ctx.cell(t, vehicle, col), parts.map((i) => ctx.cell(t, i, col)), { params: { relation_kind: 'vehicle' } });
    }
  }
}

function byColumns(ctx: CheckContext, emit: Emitter, t: Table): void {
  const has = (k: string) => t.columns.some((c) => c.key === k);
  if (!ITEMS.some(has)) return;
  t.rows.forEach((r, i) => {
    if (!Object.keys(r.cells).length) return;
    const cell = (k: string) => ctx.cell(t, i, k);
    const three = has('three_public') ? 'three_public' : has('meeting') || has('training') ? null : 'total';
    const vehicleParts = has('vehicle') ? ['vehicle'] : ['vehicle_purchase', 'vehicle_operation'].filter(has);
    if (three && has(three)) emit.sum(cell(three), ['abroad', 'reception', ...vehicleParts].filter(has).map(cell), { params: { relation_kind: 'three-public-total' } });
    if (has('vehicle')) emit.sum(cell('vehicle'), ['vehicle_purchase', 'vehicle_operation'].filter(has).map(cell), { params: { relation_kind: 'vehicle' } });
    if (has('total') && three === 'three_public') emit.sum(cell('total'), ['three_public', 'meeting', 'training'].filter(has).map(cell), { params: { relation_kind: 'with-meetings' } });
  });
}

export const tableThreePublic: Rule = {
  id: 'table.three-public',
  family: 'table',
  severity: 'error',
  title: '“三公”经费合计与构成',
  description:
    '“三公”经费表中：合计（“三公”经费小计）应等于因公出国（境）费、公务接待费、公务用车购置及运行费之和；公务用车购置及运行费应等于公务用车购置费与公务用车运行维护费之和；' +
    '同表列出会议费、培训费时，总合计等于“三公”小计加会议费、培训费。逐行逐列按项目所在的行或列核对。',
  run(ctx, emit) {
    for (const key of ['three_public', 'three_public_admin']) {
      const t = ctx.present(key);
      if (!t) continue;
      byRows(ctx, emit, t);
      byColumns(ctx, emit, t);
    }
  },
};
