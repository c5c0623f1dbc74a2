import { fold } from '../../text/fold.js';
import type { Rule } from '../rule.js';
import { LEFTOVER } from './hygiene-template-leftover.js';

// The entity is named the same on the cover and above every table (部门名称 / 单位名称). One finding per
// differing name, listing the tables. A name that only adds to or cuts the other (中共江苏省委办公厅 on the
// tables, 江苏省委办公厅 on the cover; a name cut off; 省检察院 for 江苏省人民检察院) is the same entity: info —
// unless what one adds is an organisation of its own (阳泉市卫生健康委员会 + 医事管理中心: a unit's document
// headed with its department's name). A placeholder left for the name (XX) is hygiene.template-leftover's.

const norm = (s: string) => fold(s).replace(/[()（）]/g, '');

/** Words ending the name of an organisation (a unit under a department). */
const ORGANISATION = /(?:中心|局|院|所|站|队|处|室|办|馆|校|会|厅|委|部|司|公司|社|团|台|园|场)$/;

/** A sentence opening with a year and the organisation it is about, up to the words of a budget. */
const OPENING = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?:19|20)\d{2}\s*年度?([^，,。；;：:、\s]{2,30}?)(?=(?:部门|单位)?(?:预算|一般公共预算|政府采购|纳入|编报|所属|机关运行|财政拨款|收入|支出))/;

/** The shorter name keeps the other's characters in order: an abbreviation (省检察院, 阳泉市卫健委) or the same name. */
function abbreviates(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  for (const ch of l) if (ch === s[i]) i++;
  return i === s.length;
}

/** The same entity written longer, shorter or abbreviated — not a parent and its unit. */
export function sameEntity(a: string, b: string): boolean {
  return a === b || ((a.includes(b) || b.includes(a) || abbreviates(a, b)) && !parentAndUnit(a, b));
}

/** One name is the other with an organisation of its own added: a parent and its unit. */
export function parentAndUnit(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (!l.startsWith(s)) return false;
  const rest = l.slice(s.length);
  return rest.length >= 3 && ORGANISATION.test(s) && ORGANISATION.test(rest);
}

export const hygieneEntityName: Rule = {
  id: 'hygiene.entity-name',
  family: 'hygiene',
  severity: 'warning',
  title: '单位名称前后一致',
  description: '封面上的部门（单位）名称应与各表表头“部门名称/单位名称”一致，情况说明中以“某年（度）+ 单位名称”开头的句子同样核对；同一名称的写全、简写只作提示，但一方是另一方加上下属单位名称（主管部门与所属单位）时给出警告。',
  run(ctx, emit) {
    const entity = ctx.doc.entity;
    if (!entity) return;
    const e = norm(entity);
    const byName = new Map<string, { tables: string[]; line: number }>();
    for (const t of ctx.doc.tables) {
      if (!t.entity || norm(t.entity) === e || LEFTOVER.test(t.entity)) continue;
      const g = byName.get(t.entity) ?? { tables: [], line: t.line };
      g.tables.push(t.key);
      byName.set(t.entity, g);
    }
    // 说明 sentences opening with the year and an organisation (2024年度阳泉市教育局预算收入…): the entity, or
    // a unit of it the tables name.
    const known = new Set([e, ...ctx.doc.tables.flatMap((t) => [...(t.entity ? [norm(t.entity)] : []), ...t.rows.filter((r) => r.kind === 'unit' || r.kind === 'department').map((r) => norm(r.name))])]);
    for (const sec of ctx.doc.sections) {
      for (const sentence of sec.text.split(/[。\n]/)) {
        const m = OPENING.exec(sentence);
        const name = m ? norm(m[1]!) : '';
        if (!name || /^(本|我|全|各)/.test(name) || !ORGANISATION.test(name)) continue;
        if ([...known].some((k) => sameEntity(k, name))) continue;
        emit.fact({ table: 'narrative', row: sec.title, column: 'entity', expected: entity, actual: m![1]!, difference: null, unit: null, line: sec.line, params: { where: 'narrative' } });
      }
    }
    for (const [name, g] of byName) {
      const n = norm(name);
      const contained = sameEntity(n, e);
      emit.fact(
        { table: g.tables[0]!, row: null, column: 'entity', expected: entity, actual: name, difference: null, unit: null, line: g.line, params: { tables: g.tables.length } },
        { severity: contained ? 'info' : 'warning' },
      );
    }
  },
};
