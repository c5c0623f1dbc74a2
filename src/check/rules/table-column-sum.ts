import type { Column, Table } from '../../model/disclosure.js';
import type { CheckContext } from '../context.js';
import type { Emitter, Rule } from '../rule.js';
import { columnsOf, FISCAL_SOURCES, FUND_SOURCES, sameGroup, sides } from '../table-shape.js';

// 合计 = Σ 资金来源 on every row: income and project tables (一般公共预算 + 政府性基金 + … + 单位资金),
// the 财政拨款 columns of 三公 / 机关运行 / 财政拨款收支 tables, and 合计 = 当年 + 上年结转 where a table
// splits a total by year of appropriation. 上年结转 printed outside the 本年收入 group is not a part.

interface Relation {
  total: string;
  parts: string[];
}

export function columnRelations(t: Table): Array<{ side: string | null; rel: Relation }> {
  const out: Array<{ side: string | null; rel: Relation }> = [];
  for (const side of sides(t)) {
    const cols = columnsOf(t, side);
    const byKey = new Map(cols.map((c) => [c.key, c] as const));
    const total = byKey.get('total');
    if (!total) continue;
    const sources = cols.filter((c) => FUND_SOURCES.includes(c.key)).map((c) => c.key);
    const carry = byKey.get('carryover');
    if (byKey.has('fiscal')) {
      // A printed 财政拨款 subtotal: it is a part of 合计, and the sum of its kinds.
      const kinds = sources.filter((k) => FISCAL_SOURCES.includes(k));
      if (kinds.length) out.push({ side, rel: { total: 'fiscal', parts: kinds } });
      const parts = ['fiscal', ...sources.filter((k) => !FISCAL_SOURCES.includes(k))];
      if (carry && sameGroup(total, carry)) parts.push('carryover');
      out.push({ side, rel: { total: 'total', parts } });
    } else if (sources.length) {
      const parts = [...sources];
      if (carry && sameGroup(total, carry as Column)) parts.push('carryover');
      out.push({ side, rel: { total: 'total', parts } });
    } else if (byKey.has('current_year') && carry) {
      out.push({ side, rel: { total: 'total', parts: ['current_year', 'carryover'] } });
    }
  }
  return out;
}

export function emitColumnSums(ctx: CheckContext, emit: Emitter, t: Table, relations: Array<{ side: string | null; rel: Relation }>): void {
  for (const { side, rel } of relations) {
    t.rows.forEach((r, i) => {
      if (side !== null && r.side !== null && r.side !== side) return;
      if (r.cells[rel.total] === undefined && !rel.parts.some((k) => r.cells[k] !== undefined)) return;
      emit.sum(
        ctx.cell(t, i, rel.total),
        rel.parts.map((k) => ctx.cell(t, i, k)),
        { params: { parts: rel.parts.join('+') } },
      );
    });
  }
}

export const tableColumnSum: Rule = {
  id: 'table.column-sum',
  family: 'table',
  severity: 'error',
  title: '合计等于各资金来源之和',
  description:
    '每一行的“合计”应等于同一组表头下各资金来源列之和（一般公共预算、政府性基金、国有资本经营、财政专户管理资金、单位资金等）；' +
    '分列“当年预算”和“上年结转”的表，合计应等于两者之和。上年结转印在“本年收入”组之外时不计入本年合计。',
  run(ctx, emit) {
    for (const t of ctx.doc.tables) {
      if (t.status !== 'present') continue;
      emitColumnSums(ctx, emit, t, columnRelations(t));
    }
  },
};
