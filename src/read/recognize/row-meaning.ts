import { fold, stripOrdinal } from '../../text/fold.js';
import { functionClassCode } from '../../model/catalog/function-classes.js';
import { departmentEconCode, governmentEconCode } from '../../model/catalog/economic-codes.js';

// What a row means beyond its figures: total rows, the summary's named lines (本年收入合计, 上年结转 …),
// the fund-source lines, 三公 items. Roles are template-independent names the checker relies on.

const ROLE_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(本年收入合计|当年收入小计|本年收入小计|收入本年合计|本年收入)$/, 'current_income_total'],
  [/^(本年支出合计|当年支出小计|本年支出小计|支出本年合计|本年支出)$/, 'current_expense_total'],
  [/^(上年结转|上年结转资金|上年结转结余|上年财政拨款结转|上年结转和结余|上年结转结余资金|用事业基金弥补收支差额|上年结转和结余资金)$/, 'carryover'],
  [/^(年终结转|结转下年|结转下年资金|年末结转和结余|年终结转结余)$/, 'carry_forward'],
  [/^(收入总计|收入合计)$/, 'income_grand_total'],
  [/^(支出总计|支出合计)$/, 'expense_grand_total'],
  [/^(合计|总计|部门合计|单位合计)$/, 'total'],
  [/^(财政拨款|财政拨款收入|财政拨款资金)(\(补助\))?$/, 'fiscal'],
  [/^(一般公共预算|一般公共预算拨款|一般公共预算拨款收入|一般公共预算资金|公共财政预算|公共财政拨款)$/, 'general_public'],
  [/^(政府性基金预算|政府性基金预算拨款|政府性基金预算拨款收入|政府性基金|政府性基金拨款)$/, 'gov_fund'],
  [/^(国有资本经营预算|国有资本经营预算拨款|国有资本经营预算拨款收入)$/, 'soe_capital'],
  [/^(财政专户管理资金|财政专户管理资金收入|财政专户管理资金拨款)$/, 'special_account'],
  [/^(单位资金|单位资金收入)$/, 'unit_funds'],
  [/^其他资金$/, 'other_funds'],
  [/^其他收入$/, 'other_income'],
  [/^(事业收入)$/, 'business_income'],
  [/^(事业单位)?经营收入$/, 'operating_income'],
  [/^基本支出$/, 'basic'],
  [/^项目支出$/, 'project'],
  [/^单位预留机动经费$/, 'reserve'],
  [/^因公出国\(境\)费(用)?$/, 'abroad'],
  [/^公务接待费$/, 'reception'],
  [/^公务用车购置及运行(维护)?费$/, 'vehicle'],
  [/^公务用车购置费$/, 'vehicle_purchase'],
  [/^公务用车运行(维护)?费$/, 'vehicle_operation'],
  [/^机关运行经费$/, 'admin_running'],
  [/^(政府采购(预算)?(总额)?)$/, 'procurement_total'],
  [/^(货物|政府采购货物(预算)?)$/, 'goods'],
  [/^(工程|政府采购工程(预算)?)$/, 'works'],
  [/^(服务|政府采购服务(预算)?)$/, 'services'],
];

/** Folded name without ordinal ("十、卫生健康支出" → "卫生健康支出"). */
export function coreName(name: string): string {
  // Circled ordinals (①) fold to plain digits, so strip before and after folding.
  return stripOrdinal(fold(stripOrdinal(name.trim()))).replace(/^其中[:：]?/, '');
}

export function rowRole(name: string): string | null {
  // Row names repeat across a document's tables (the same 科目 in 收入, 支出, 一般公共预算 …).
  const hit = ROLES.get(name);
  if (hit !== undefined) return hit;
  const n = coreName(name);
  let role: string | null = null;
  if (n.length <= 16) for (const [re, r] of ROLE_PATTERNS) if (re.test(n)) { role = r; break; }
  if (ROLES.size > 20_000) ROLES.clear();
  ROLES.set(name, role);
  return role;
}
const ROLES = new Map<string, string | null>();

export function isTotalName(name: string): boolean {
  return rowRole(name) === 'total';
}

/** Catalogue code for a row printed without one: function class names, economic names. */
export function catalogCode(name: string, shape: 'function' | 'econ' | 'econ-gov'): string | null {
  if (shape === 'function') return functionClassCode(coreName(name));
  if (shape === 'econ') return departmentEconCode(coreName(name));
  return governmentEconCode(coreName(name));
}

/** 类 1, 款 2, 项 3 from a function code; economic 3 → 1, 5 → 2. */
export function codeLevel(code: string): number {
  return code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3;
}
