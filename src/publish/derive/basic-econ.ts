import { departmentEconCode, governmentEconCode } from '../../model/catalog/economic-codes.js';
import type { Table } from '../../model/disclosure.js';
import type { EconLine } from '../atomic-input.js';
import { column, row, table } from './build.js';
import type { DeriveContext } from './coded-tables.js';

// 一般公共预算基本支出分经济科目表: 部门经济科目 classes (工资福利支出 …) with their items, each item
// split by 政府经济科目, amounts in 人员经费 or 公用经费.

/** The 部门经济科目 classes that carry basic expenditure. */
export const ECON_CLASSES: Readonly<Record<string, string>> = {
  '301': '工资福利支出',
  '302': '商品和服务支出',
  '303': '对个人和家庭的补助',
  '310': '资本性支出',
};

/** 工资福利支出 and 对个人和家庭的补助 are 人员经费; the rest 公用经费. */
export function econKind(line: EconLine, code: string | null): 'personnel' | 'public_use' {
  if (line.kind) return line.kind;
  return code !== null && (code.startsWith('301') || code.startsWith('303')) ? 'personnel' : 'public_use';
}

interface Item {
  deptCode: string;
  govCode: string | null;
  department: string;
  government: string | null;
  personnel: number;
  public_use: number;
}

/** Entered lines merged by (部门, 政府) 科目 and sorted by code; names the catalogue lacks sort last. */
export function econItems(lines: readonly EconLine[]): Item[] {
  const items = new Map<string, Item>();
  for (const l of lines) {
    const deptCode = departmentEconCode(l.department) ?? '399';
    const government = l.government && l.government.trim() !== '' ? l.government : null;
    const key = `${l.department}\u0000${government ?? ''}`;
    let it = items.get(key);
    if (!it) {
      it = { deptCode, govCode: government ? governmentEconCode(government) : null, department: l.department, government, personnel: 0, public_use: 0 };
      items.set(key, it);
    }
    it[econKind(l, deptCode)] += l.amount;
  }
  const order = (it: Item): string => `${it.deptCode.padEnd(5, '9')}${(it.govCode ?? '99999').padEnd(5, '9')}`;
  return [...items.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

export function basicEconTable(ctx: DeriveContext, lines: readonly EconLine[]): Table {
  const g = `${ctx.year}年预算数`;
  const items = econItems(lines);
  const sum = (list: Item[]): Record<string, number> => {
    let personnel = 0;
    let publicUse = 0;
    for (const it of list) {
      personnel += it.personnel;
      publicUse += it.public_use;
    }
    return { total: personnel + publicUse, personnel, public_use: publicUse };
  };
  const rows = [row({ kind: 'total', name: '合计', level: 0, role: 'total', values: sum(items) }, ctx.unit, ctx.lines.next())];
  const classes = [...new Set(items.map((it) => it.deptCode.slice(0, 3)))];
  for (const cls of classes) {
    const members = items.filter((it) => it.deptCode.startsWith(cls));
    const name = ECON_CLASSES[cls] ?? '其他支出';
    rows.push(row({ code: cls, codeSource: 'catalog', name, level: 1, values: sum(members) }, ctx.unit, ctx.lines.next()));
    for (const it of members) {
      rows.push(
        row(
          {
            code: it.deptCode === '399' ? null : it.deptCode,
            codeSource: 'catalog',
            name: it.department,
            path: it.government ? [it.department, it.government] : [it.department],
            level: 2,
            role: it.deptCode === '30231' ? 'vehicle_operation' : null,
            values: { total: it.personnel + it.public_use, personnel: it.personnel, public_use: it.public_use },
          },
          ctx.unit,
          ctx.lines.next(),
        ),
      );
    }
  }
  return table({
    key: 'gpb_basic_econ',
    title: `${ctx.year}年一般公共预算安排基本支出分经济科目表（不含上年结转）`,
    unit: ctx.unit,
    entity: ctx.entity,
    columns: [column('total', [g, '合计']), column('personnel', [g, '人员经费']), column('public_use', [g, '公用经费'])],
    rows,
  });
}
