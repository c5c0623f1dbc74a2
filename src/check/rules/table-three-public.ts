import type { Rule } from '../rule.js';

// “三公”经费: 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费, and 公务用车购置及运行费 =
// 购置费 + 运行维护费, in every column. Rows are found by role, whatever the template prints.

export const tableThreePublic: Rule = {
  id: 'table.three-public',
  family: 'table',
  severity: 'error',
  title: '“三公”经费合计与构成',
  description: '“三公”经费表中：合计应等于因公出国（境）费、公务接待费、公务用车购置及运行费之和；公务用车购置及运行费应等于公务用车购置费与公务用车运行维护费之和。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      const role = (r: string) => ctx.rowByRole(t, r);
      const abroad = role('abroad');
      const reception = role('reception');
      const vehicle = role('vehicle');
      const purchase = role('vehicle_purchase');
      const operation = role('vehicle_operation');
      if (abroad === undefined && reception === undefined && vehicle === undefined) continue;
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
  },
};
