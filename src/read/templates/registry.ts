import type { MoneyUnit } from '../../model/money.js';
import { fold, similarity } from '../../text/fold.js';
import { SHANXI } from './shanxi.js';
import { JIANGSU } from './jiangsu.js';
import { SHANGHAI } from './shanghai.js';

// Template registry: per template, the printed titles of each canonical table and the unit its tables
// use. Recognition never depends on one template: a title is matched against every template's aliases
// by similarity, and the document's template is the one whose titles it matched best.

export type TableShape =
  | 'coded' // function-coded rows (科目编码 × amounts)
  | 'two-sided' // 收入 | 支出 side by side
  | 'econ' // economic classification rows (names or codes)
  | 'projects' // department › unit › project names
  | 'by-unit' // one row a unit (机关运行经费)
  | 'items' // named rows (三公经费, 政府采购)
  | 'list'; // anything else with a name column and amounts

export interface TableSpec {
  key: string;
  shape: TableShape;
  /** Printed titles, without year, number or entity prefix. */
  titles: readonly string[];
}

export interface Template {
  id: string;
  name: string;
  unit: MoneyUnit;
  tables: readonly TableSpec[];
  /** Tables a complete disclosure of this template prints (missing → finding). */
  required: readonly string[];
}

export const TEMPLATES: readonly Template[] = [SHANXI, JIANGSU, SHANGHAI];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export interface TitleMatch {
  key: string;
  shape: TableShape;
  template: string;
  /** Similarity of the printed title to the best alias (0–1). */
  confidence: number;
  alias: string;
}

// Table numbers as printed: "表1", "公开表一", "附表3", "公开 01 表：", and a bare ordinal "十二、".
const NUMBER_PREFIX =
  /^(?:(?:(?:预算|部门|单位)?公开表|附表|表)\s*(?:\d{1,2}(?!\d)|[一二三四五六七八九十]+)|公开\s*\d{1,2}\s*表|[一二三四五六七八九十]+(?=[、.．]))[、.．:：\s-]*/;
const NUMBER_LABEL = /^(?:(?:(?:预算|部门|单位)?公开表|附表|表)\s*[0-9一二三四五六七八九十]+|公开\s*\d{1,2}\s*表)$/;

/** A line that is only a table number ("公开表一", "表3", "公开01表"): folded text. */
export function isNumberLabel(folded: string): boolean {
  return NUMBER_LABEL.test(folded);
}
const NUMBER_SUFFIX = /(?:(?:预算|部门|单位)?公开表|附表)\s*[0-9一二三四五六七八九十]+$/;
const YEAR = /^(?:.*?)?(?:19|20)\d{2}\s*年度?/;

/** Title text reduced to what aliases are written in: no number, year or entity prefix, folded. */
export function titleCore(printed: string): string {
  // Numbers are stripped before folding removes the space in "表1 2024年…".
  let s = fold(printed.normalize('NFKC').trim().replace(/^#+\s*/, '').replace(NUMBER_PREFIX, ''));
  // …预算表（2024年）: the year printed after the title.
  s = s.replace(NUMBER_SUFFIX, '').replace(/\((?:19|20)\d{2}年?度?\)$/, '');
  const y = YEAR.exec(s);
  if (y && y.index === 0 && y[0].length < s.length) s = s.slice(y[0].length);
  return s;
}

interface Alias {
  core: string;
  spec: TableSpec;
  template: string;
}
const ALIASES: Alias[] = [];
for (const t of TEMPLATES) for (const spec of t.tables) for (const title of spec.titles) {
  ALIASES.push({ core: fold(title), spec, template: t.id });
}

const MEMO = new Map<string, TitleMatch | null>();

/** Best table match for a printed title, or null below `threshold`. */
export function matchTitle(printed: string, threshold = 0.72): TitleMatch | null {
  const key = `${threshold}\u0000${printed}`;
  const hit = MEMO.get(key);
  if (hit !== undefined) return hit;
  const out = matchTitleUncached(printed, threshold);
  if (MEMO.size > 5000) MEMO.clear();
  MEMO.set(key, out);
  return out;
}

function matchTitleUncached(printed: string, threshold: number, among?: (a: Alias) => boolean): TitleMatch | null {
  const core = titleCore(printed);
  if (core.length < 3) return null;
  let best: TitleMatch | null = null;
  for (const a of ALIASES) {
    if (among && !among(a)) continue;
    let score = similarity(core, a.core);
    // A printed title may carry an entity or department prefix: accept an alias it ends with.
    if (score < 1 && core.endsWith(a.core) && a.core.length >= 5) score = Math.max(score, 0.97);
    // Equal scores (a title ending in two aliases): the longer alias says more.
    if (!best || score > best.confidence || (score === best.confidence && a.core.length > best.alias.length)) {
      best = { key: a.spec.key, shape: a.spec.shape, template: a.template, confidence: score, alias: a.core };
    }
  }
  return best && best.confidence >= threshold ? best : null;
}

/**
 * The best match of a printed title among some tables of one template: where the title's own key is
 * taken by another title, its siblings are tried (two tables printed under one title, 项目支出预算表 for
 * both the current-year and the carried-over projects).
 */
export function matchTitleAmong(printed: string, template: string, keys: ReadonlySet<string>, threshold = 0.6): TitleMatch | null {
  return matchTitleUncached(printed, threshold, (a) => a.template === template && keys.has(a.spec.key));
}

/** The table number printed in a title ("表1 2024年…" → "表1", "…总表 公开表一" → "公开表一"), or null. */
export function titleNumber(printed: string): string | null {
  const t = printed.normalize('NFKC').trim().replace(/^#+\s*/, '');
  const m = NUMBER_PREFIX.exec(t) ?? NUMBER_SUFFIX.exec(fold(t));
  return m ? fold(m[0]).replace(/[、.．:：-]+$/, '') : null;
}

/** Shape of a table key in any template (first found), for tables recognised without a title. */
export function shapeOf(key: string): TableShape {
  for (const t of TEMPLATES) for (const s of t.tables) if (s.key === key) return s.shape;
  return 'list';
}
