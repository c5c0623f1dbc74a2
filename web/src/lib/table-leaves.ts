import { attrHeadings } from '../../../src/model/row-attrs.js';
import type { TableResponse } from '../../../src/server/api-types.js';
import { cleanHeader, type PathColumns } from './label-columns.js';

// The leaf columns of a table as printed, left to right: the code and label columns, then the figures;
// a two-sided table (收入 | 支出) gets a name column on each side.

export interface Leaf {
  kind: 'code' | 'name' | 'label' | 'attr' | 'data';
  key: string;
  side: string | null;
  header: string[];
  /** Label columns: the position in the row's name path. */
  index?: number;
}

export function leaves(t: TableResponse, paths: PathColumns | null): { leaves: Leaf[]; sides: Array<string | null> } {
  const sides: Array<string | null> = [];
  for (const c of t.columns) if (!sides.includes(c.side)) sides.push(c.side);
  const twoSided = sides.some((s) => s !== null);
  const out: Leaf[] = [];
  const data = (c: TableResponse['columns'][number], side: string | null): Leaf => ({ kind: 'data', key: c.key, side, header: c.header.map(cleanHeader) });
  if (!twoSided) {
    if (t.rows.some((r) => r.code)) out.push({ kind: 'code', key: '', side: null, header: ['科目编码'] });
    if (paths) paths.headers.forEach((h, index) => out.push({ kind: 'label', key: `label${index}`, side: null, header: [h], index }));
    // A table printed without a label column (江苏 三公: one row of totals under its column heads) gets none.
    else if (t.rows.length === 0 || t.rows.some((r) => r.name || r.code)) out.push({ kind: 'name', key: '', side: null, header: [t.rows.some((r) => r.kind === 'project') ? '单位（项目）名称' : '科目名称'] });
    // Text columns (采购组织形式) stand between the labels and the figures, as printed.
    for (const k of attrHeadings(t.rows)) out.push({ kind: 'attr', key: k, side: null, header: [k] });
    for (const c of t.columns) out.push(data(c, null));
    return { leaves: out, sides: [null] };
  }
  for (const s of sides) {
    const cols = t.columns.filter((c) => c.side === s);
    const top = cols[0]?.header[0];
    out.push({ kind: 'name', key: '', side: s, header: cols.every((c) => c.header.length > 1 && c.header[0] === top) && top ? [top, '项目'] : ['项目'] });
    for (const c of cols) out.push(data(c, s));
  }
  return { leaves: out, sides };
}
