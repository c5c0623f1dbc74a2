import { fold } from '../../text/fold.js';
import type { CheckContext } from '../context.js';
import type { Figure } from '../figure.js';

// Subjects named in prose by their levels, as 说明 texts do: “一般公共服务（类）人大事务（款）行政运行（项）
// 支出”, or “行政运行（项）”. The deepest named level is found in a coded table by name, and accepted when
// the higher levels named are the names of its parent rows (by code prefix).

export function subjectRow(ctx: CheckContext, core: string, tables: readonly string[]): { code: string; figures: Figure[] } | null {
  // Split at the level markers: names may hold brackets of their own (党委办公厅（室）及相关机构事务（款）).
  const parts = core.split(/\((类|款|项)\)/);
  const named: Array<{ name: string; level: string }> = [];
  for (let k = 1; k < parts.length; k += 2) named.push({ name: norm(parts[k - 1]!), level: parts[k]! });
  if (!named.length) return null;
  const deepest = named[named.length - 1]!;
  const len = deepest.level === '类' ? 3 : deepest.level === '款' ? 5 : 7;
  const figures: Figure[] = [];
  let code: string | null = null;
  for (const key of tables) {
    const t = ctx.present(key);
    if (!t) continue;
    const byCode = new Map(t.rows.filter((r) => r.code).map((r) => [r.code!, r] as const));
    t.rows.forEach((r, i) => {
      if (!r.code || r.code.length !== len || norm(r.name) !== deepest.name) return;
      const parentsMatch = named.slice(0, -1).every((n) => {
        const pl = n.level === '类' ? 3 : n.level === '款' ? 5 : 7;
        const p = byCode.get(r.code!.slice(0, pl));
        return !p || norm(p.name) === n.name;
      });
      if (!parentsMatch || (code !== null && code !== r.code)) return;
      code = r.code;
      figures.push(ctx.cell(t, i, ctx.mainColumn(t, i)));
    });
  }
  return code && figures.length ? { code, figures } : null;
}

function norm(s: string): string {
  // Quoted subjects (上海: “卫生健康支出（类）…（项）”科目): the quotes are not part of the names.
  return fold(s).replace(/"/g, '').replace(/^(\d+[.、]|[一二三四五六七八九十]+[、.])/, '').replace(/[()]/g, '');
}
