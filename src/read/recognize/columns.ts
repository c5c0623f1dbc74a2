import { fold } from '../../text/fold.js';

// Header labels → semantic column keys. Tables of every template print the same few concepts under
// many labels ("2024年合计", "小计", "本年收入 › 合计", "国有资本经营 预算"); the key is decided from
// the folded header path, leaf first, with the year and "预算数" noise removed.

/** `attr`: a text attribute of the row (采购组织形式), neither its name nor a figure. */
export type LabelRole = 'code' | 'name' | 'name2' | 'code_class' | 'code_item' | 'code_sub' | 'attr';

/** Label columns: the row's identity, not an amount. */
export function labelRole(path: readonly string[]): LabelRole | null {
  return pathMemo(ROLE_MEMO, path, labelRoleOf);
}

function labelRoleOf(path: readonly string[]): LabelRole | null {
  const leaf = fold(path[path.length - 1] ?? '');
  if (/^类$/.test(leaf)) return 'code_class';
  if (/^款$/.test(leaf)) return 'code_item';
  if (/^项$/.test(leaf)) return 'code_sub';
  if (/(科目)?编码$|^(功能|经济)?科目代码$|^代码$|^编码$/.test(leaf)) return 'code';
  if (/^政府(预算)?(支出)?经济(分类)?(科目)?(名称)?$/.test(leaf)) return 'name2';
  if (/^(采购)?组织形式$|^采购方式$/.test(leaf)) return 'attr';
  if (
    /(科目|项目|单位|部门|专项|物品|品目)名称$|^(采购)?品目(大类)?$|^项目$|^科目$|^名称$|^单位$|^项目\(?类别\)?$|^功能科目$|^经济科目$|^支出项目$|^收入项目$|^部门(预算)?(支出)?经济(分类)?(科目)?(名称)?$/.test(
      leaf,
    )
  )
    return 'name';
  if (/^(项目|科目名称)$/.test(foldedPath(path))) return 'name';
  return null;
}

/** The folded labels of a path joined by ›. Built in a loop: paths come as arrays of several kinds. */
function foldedPath(path: readonly string[]): string {
  let all = '';
  for (let i = 0; i < path.length; i++) all += i ? `›${fold(path[i]!)}` : fold(path[i]!);
  return all;
}

const YEARISH = /(?:19|20)\d{2}年?度?/g;

/** Semantic key of an amount column from its header path (outermost → leaf). */
export function columnKey(path: readonly string[]): string | null {
  return pathMemo(KEY_MEMO, path, columnKeyOf);
}

// Header paths repeat from table to table and document to document (every 山西 table prints 合计 |
// 基本支出 | 项目支出): their roles and keys are remembered, keyed by the labels joined.
const ROLE_MEMO = new Map<string, LabelRole | null>();
const KEY_MEMO = new Map<string, string | null>();

function pathMemo<T>(m: Map<string, T>, path: readonly string[], f: (path: readonly string[]) => T): T {
  let key = '';
  for (let i = 0; i < path.length; i++) key += i ? `\u0001${path[i]!}` : path[i]!;
  return memo(m, key, () => f(path));
}

function columnKeyOf(path: readonly string[]): string | null {
  // Pushed, not mapped: paths come as arrays of several elements kinds.
  const parts: string[] = [];
  for (const p of path) parts.push(fold(p).replace(YEARISH, '').replace(/(预算数|预算|金额|安排)$/, (m) => (m === '预算' ? m : '')));
  const leaf = parts[parts.length - 1] ?? '';
  const all = parts.join('›');
  const byLabel = keyOf(leaf);
  if (byLabel) {
    // A 合计/小计 under a group means the group: "财政拨款 › 小计" is fiscal, "上年结转 › 合计" the
    // carry-over; "本年收入 › 合计" stays the (current-year) total.
    if (byLabel === 'total') {
      for (let i = parts.length - 2; i >= 0; i--) {
        const k = keyOf(parts[i]!);
        if (k && k !== 'total') return k;
      }
    }
    return byLabel;
  }
  // Leaf says nothing (empty, "金额", "预算数"): fall back to the parent.
  for (let i = parts.length - 2; i >= 0; i--) {
    const k = keyOf(parts[i]!);
    if (k) return k;
  }
  if (/^(|金额|预算数|预算|本年|合计)$/.test(leaf) && !all.includes('结转')) return 'amount';
  return null;
}

/**
 * Items some templates print as columns and others as rows (江苏 prints the 三公 items across, 山西 down):
 * a column of that name gets the item's key, but the label alone does not make a line a header row.
 */
const ITEM_COLUMNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^"?三公"?经费/, 'three_public'],
  [/^因公出国\(境\)(费用?)?/, 'abroad'],
  [/^公务用车购置及运行(维护)?费/, 'vehicle'],
  [/^公务用车购置费/, 'vehicle_purchase'],
  [/^公务用车运行(维护)?费/, 'vehicle_operation'],
  // Under 公务用车购置及运行费 the two parts are printed short (上海: 小计 | 购置费 | 运行费).
  [/^购置费$/, 'vehicle_purchase'],
  [/^运行(维护)?费$/, 'vehicle_operation'],
  [/^公务接待费/, 'reception'],
  [/^会议费$/, 'meeting'],
  [/^培训费$/, 'training'],
  [/^机关运行经费(支出)?$/, 'admin_running'],
];
const ITEM_KEYS = new Set(ITEM_COLUMNS.map(([, k]) => k));

function keyOf(label: string): string | null {
  if (label.length === 0) return null;
  for (const [re, key] of ITEM_COLUMNS) if (re.test(label)) return key;
  if (/上年结转|上年结余|结转和结余/.test(label)) return 'carryover';
  if (/结转下年|年终结转/.test(label)) return 'carry_forward';
  if (/^(合计|小计|总计|支出合计|收入合计|本年合计|预算合计|金额合计)$/.test(label)) return 'total';
  if (/^(当年预算安排|当年安排|本年预算安排|本年预算|当年预算|本年安排|当年财政拨款|本年财政拨款)$/.test(label)) return 'current_year';
  if (/一般公共预算|公共财政/.test(label)) return 'general_public';
  if (/政府性基金/.test(label)) return 'gov_fund';
  if (/国有资本经营/.test(label)) return 'soe_capital';
  if (/财政专户/.test(label)) return 'special_account';
  if (/^单位资金$/.test(label)) return 'unit_funds';
  if (/^事业收入/.test(label)) return 'business_income';
  if (/^(事业单位)?经营收入/.test(label)) return 'operating_income';
  if (/附属单位上缴/.test(label)) return 'subordinate_income';
  if (/上级补助/.test(label)) return 'superior_subsidy';
  if (/^其他收入/.test(label)) return 'other_income';
  if (/^其他资金/.test(label)) return 'other_funds';
  if (/^财政拨款(收入)?(合计|小计)?$/.test(label)) return 'fiscal';
  if (/^基本支出/.test(label)) return 'basic';
  if (/^项目支出/.test(label)) return 'project';
  if (/^人员(经费|支出)/.test(label)) return 'personnel';
  if (/^(日常)?公用(经费|支出)/.test(label)) return 'public_use';
  if (/预留机动/.test(label)) return 'reserve';
  if (/^货物/.test(label)) return 'goods';
  if (/^工程/.test(label)) return 'works';
  if (/^服务/.test(label)) return 'services';
  if (/^(\d+年)?(合计|总计)$/.test(label)) return 'total';
  return null;
}

/** A column label naming an item (三公 items, 机关运行经费): a header word only beside real header words. */
export function isItemLabel(cell: string): boolean {
  return memo(ITEM_MEMO, cell, () => {
    const key = columnKey([fold(cell)]);
    return key !== null && ITEM_KEYS.has(key);
  });
}

// Every data row is asked whether it is a header (repeated on a new page, or another table's):
// cells repeat across rows and documents, so the answers are remembered.
const ITEM_MEMO = new Map<string, boolean>();
const WORD_MEMO = new Map<string, boolean>();

function memo<T>(m: Map<string, T>, key: string, f: () => T): T {
  const hit = m.get(key);
  // A remembered null (no role, no key) is an answer too.
  if (hit !== undefined || m.has(key)) return hit as T;
  const v = f();
  if (m.size > 50_000) m.clear();
  m.set(key, v);
  return v;
}

/** Words that only appear in header rows (a row made only of these, with no figure, is a header row). */
export function isHeaderWord(cell: string): boolean {
  return memo(WORD_MEMO, cell, () => headerWord(cell));
}

function headerWord(cell: string): boolean {
  const f = fold(cell);
  if (f.length === 0) return false;
  if (labelRole([f]) !== null) return true;
  const key = columnKey([f]);
  if (key !== null && key !== 'amount' && !ITEM_KEYS.has(key)) return true;
  return /^(收入|支出|本年收入|本年支出|财政拨款支出|收入预算|支出预算|功能分类|支出用途|经济分类|金额|预算数|(19|20)\d{2}年?度?(预算数?|财政拨款|合计|预算安排)?|本年|当年|本年预算数|合计|小计|一级指标|二级指标|三级指标|指标值|其中:?.*|支出功能分类科目|支出经济分类科目|功能科目编码|项目单位|科目编码|科目名称|国有资本经营预算(收入|支出)|政府性基金收入预算|政府性基金预算收入|国有资本经营收入预算)$/.test(
    f,
  );
}
