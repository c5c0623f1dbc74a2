import { fold } from '../../text/fold.js';
import type { RawRow } from './rows.js';

// Project tables print a name tree without indentation: department, then each unit followed by its
// projects. Which rows are units is inferred from the arithmetic (a unit's amount is the sum of the
// rows below it up to the next unit) and, where the figures do not add up (exactly the documents a
// reviewer cares about), from the names (organisations vs. projects).

export type TreeKind = 'department' | 'unit' | 'project' | 'total';

const ORG_SUFFIX =
  /(委员会|委|局|厅|办公室|办|中心|医院|院|站|所|队|协会|学会|联合会|基金会|会|学校|大学|学院|校|馆|处|部|社|团|公司|集团|政府|法院|检察院|街道|镇|乡|台|园|场|监狱|支队|大队|总队|科|股|署|本级|机关)$/;
const PROJECT_WORD = /(经费|资金|补助|补贴|项目|费用|费|款|工程|建设|购置|维护|专项|保障|申请|奖励|租金|返还|改造|工作|培训|监测|防治|防控|考核|检测|服务|支出|设备|系统|平台|运维|计划|活动|研究|尾款|预拨|剩余)/;

function stripParen(name: string): string {
  let s = fold(name);
  while (/\([^()]*\)$/.test(s)) s = s.replace(/\([^()]*\)$/, '');
  return s;
}

export function looksLikeOrg(name: string, known: ReadonlySet<string>): boolean {
  const f = fold(name);
  if (known.has(f) || known.has(stripParen(name))) return true;
  const s = stripParen(name);
  return ORG_SUFFIX.test(s) && !PROJECT_WORD.test(s);
}

function amountOf(r: RawRow): number {
  const t = r.cells['total'] ?? r.cells['amount'] ?? Object.values(r.cells)[0];
  return t ? t.fen : 0;
}

/** Unit head indices by arithmetic from `start`, or null when the figures do not segment. */
function segment(rows: readonly RawRow[], start: number, known: ReadonlySet<string>): number[] | null {
  const heads: number[] = [];
  let i = start;
  while (i < rows.length) {
    if (!looksLikeOrg(rows[i]!.name, known) && PROJECT_WORD.test(stripParen(rows[i]!.name))) return null;
    const target = amountOf(rows[i]!);
    let sum = 0;
    let j = i + 1;
    let closed = false;
    for (; j < rows.length; j++) {
      sum += amountOf(rows[j]!);
      const next = rows[j + 1];
      if (sum === target && (!next || !PROJECT_WORD.test(stripParen(next.name)) || looksLikeOrg(next.name, known))) {
        closed = true;
        j++;
        break;
      }
    }
    if (!closed || j === i + 1) return null;
    heads.push(i);
    i = j;
  }
  return heads;
}

export interface TreeRow {
  kind: TreeKind;
  path: string[];
  level: number;
}

/** Kinds and name paths for the rows of a project table. */
export function projectTree(rows: readonly RawRow[], docLevel: 'department' | 'unit', known: ReadonlySet<string>): TreeRow[] {
  const n = rows.length;
  // Pushed, not mapped: arrays of one elements kind keep the code reading them monomorphic.
  const out: TreeRow[] = [];
  for (const r of rows) out.push({ kind: 'project', path: [r.name], level: 3 });
  if (n === 0) return out;
  // 合计 rows are totals, outside the tree.
  const body: number[] = [];
  rows.forEach((r, i) => {
    if (/^(合计|总计)$/.test(fold(r.name))) out[i] = { kind: 'total', path: [r.name], level: 0 };
    else body.push(i);
  });
  const sub = body.map((i) => rows[i]!);
  if (sub.length === 0) return out;
  let dept = -1;
  let heads: number[] | null = null;
  const all = sub.reduce((s, r) => s + amountOf(r), 0);
  const first = amountOf(sub[0]!);
  // Department row: a third of the whole column (department = Σ units = Σ projects).
  if (sub.length > 2 && first * 3 === all && looksLikeOrg(sub[0]!.name, known)) {
    heads = segment(sub, 1, known);
    if (heads) dept = 0;
  }
  if (!heads) {
    heads = segment(sub, 0, known);
    if (heads && heads.length === 1 && docLevel === 'department' && sub.length > 1 && looksLikeOrg(sub[1]!.name, known)) {
      heads = null; // a lone head whose first child is an organisation: let the names decide
    }
  }
  if (!heads) {
    // The figures do not segment: names decide.
    const orgs = sub.map((r, i) => (looksLikeOrg(r.name, known) ? i : -1)).filter((i) => i >= 0);
    if (orgs[0] === 0 && orgs[1] === 1) {
      dept = 0;
      heads = orgs.slice(1);
    } else heads = orgs;
  }
  const deptName = dept >= 0 ? sub[dept]!.name : null;
  if (dept >= 0) out[body[dept]!] = { kind: 'department', path: [deptName!], level: 1 };
  // A single head in a unit-level document is the unit; in a department document without unit rows, the department.
  const singleIsDept = dept < 0 && heads.length === 1 && heads[0] === 0 && docLevel === 'department';
  let unit: string | null = null;
  const headSet = new Set(heads);
  for (let k = 0; k < sub.length; k++) {
    if (k === dept) continue;
    const name = sub[k]!.name;
    if (headSet.has(k)) {
      unit = name;
      out[body[k]!] = singleIsDept
        ? { kind: 'department', path: [name], level: 1 }
        : { kind: 'unit', path: deptName ? [deptName, name] : [name], level: 2 };
    } else {
      const path = [...(deptName ? [deptName] : []), ...(unit ? [unit] : []), name];
      out[body[k]!] = { kind: 'project', path, level: 3 };
    }
  }
  return out;
}
