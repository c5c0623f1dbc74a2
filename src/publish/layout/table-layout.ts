import type { Row, Table } from '../../model/disclosure.js';
import { attrHeadings } from '../../model/row-attrs.js';

// How a canonical table is laid out in print: the label columns left of the figures (科目编码 / 科目名称,
// 项目, 单位名称 …) and, for two-sided tables, the group heading of each side. The figures' own headers
// come from the model's columns; only what the model keeps implicit is decided here.

/** `attr:…`: a text column printed beside the figures (Row.attrs, by heading: 采购组织形式). */
export type LabelSource = 'code' | 'name' | 'path0' | 'path1' | `attr:${string}`;

export interface LabelColumn {
  source: LabelSource;
  header: string[];
  /** Relative width (characters at the body font size). */
  width: number;
}

const CODED: LabelColumn[] = [
  { source: 'code', header: ['项目', '科目编码'], width: 9 },
  { source: 'name', header: ['项目', '科目名称'], width: 22 },
];
const NAMED = (header: string, width = 26): LabelColumn[] => [{ source: 'name', header: [header], width }];

const LABELS: Record<string, Record<string, LabelColumn[]>> = {
  summary: { income: NAMED('项目', 18), expense: NAMED('项目', 22) },
  fiscal_summary: { income: NAMED('项目', 18), expense: NAMED('项目', 22) },
  soe: {
    income: [
      { source: 'code', header: ['项目', '收入科目编码'], width: 8 },
      { source: 'name', header: ['项目', '科目名称'], width: 14 },
    ],
    expense: [
      { source: 'code', header: ['科目编码'], width: 8 },
      { source: 'name', header: ['科目名称'], width: 14 },
    ],
  },
  gpb_basic_econ: {
    '': [
      { source: 'path0', header: ['部门预算支出经济科目名称'], width: 22 },
      { source: 'path1', header: ['政府预算支出经济科目名称'], width: 22 },
    ],
  },
  gf_income: {
    '': [
      { source: 'code', header: ['项目', '收入科目编码'], width: 10 },
      { source: 'name', header: ['项目', '科目名称'], width: 24 },
    ],
  },
  three_public: { '': NAMED('项目', 24) },
  admin_running: { '': NAMED('单位名称', 30) },
  projects: { '': NAMED('项目名称', 44) },
  projects_carryover: { '': NAMED('项目名称', 44) },
};

const SIDE_LABELS: Record<string, Record<string, string>> = {
  soe: { income: '国有资本经营预算收入', expense: '国有资本经营预算支出' },
};
const DEFAULT_SIDE_LABELS: Record<string, string> = { income: '收入', expense: '支出', expense_by_purpose: '支出（按用途）' };

/** Sides of a table in printed order ('' for a one-sided table). */
export function tableSides(t: Table): string[] {
  const sides: string[] = [];
  for (const c of t.columns) {
    const s = c.side ?? '';
    if (!sides.includes(s)) sides.push(s);
  }
  return sides.length ? sides : [''];
}

export function sideLabel(tableKey: string, side: string): string | null {
  if (side === '') return null;
  return SIDE_LABELS[tableKey]?.[side] ?? DEFAULT_SIDE_LABELS[side] ?? side;
}

/** Label columns of one side: the registry's, else 科目编码 + 科目名称 when rows carry printed codes, else 项目. */
export function labelColumns(t: Table, side: string): LabelColumn[] {
  const rows = t.rows.filter((r) => (r.side ?? '') === side);
  const known = LABELS[t.key]?.[side];
  const labels = known ?? (rows.some((r) => r.code !== null && r.code_source === 'printed') ? CODED : NAMED('项目', 26));
  // Text columns (采购组织形式) follow the labels, as printed.
  const attrs = attrHeadings(rows);
  return attrs.length ? [...labels, ...attrs.map((k): LabelColumn => ({ source: `attr:${k}`, header: [k], width: 12 }))] : labels;
}

/** The text of a label column for a row. */
export function labelText(row: Row, source: LabelSource): string {
  switch (source) {
    case 'code':
      return row.code !== null && row.code_source === 'printed' ? row.code : '';
    case 'name':
      return row.name;
    case 'path0':
      return row.path[0] ?? row.name;
    case 'path1':
      return row.path.length > 1 ? (row.path[row.path.length - 1] ?? '') : '';
    default:
      return row.attrs?.[source.slice('attr:'.length)] ?? '';
  }
}
