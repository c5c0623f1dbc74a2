// Canonical table keys (spec §2) and the semantic column keys tables use. Titles per template live in
// the template registry (src/read/templates); this is the template-independent vocabulary.

export interface TableKeyInfo {
  key: string;
  /** Short Chinese name used in messages and the UI. */
  zh: string;
}

export const TABLE_KEYS: readonly TableKeyInfo[] = [
  { key: 'summary', zh: '收支总表' },
  { key: 'income', zh: '收入总表' },
  { key: 'expense', zh: '支出总表' },
  { key: 'fiscal_summary', zh: '财政拨款收支总表' },
  { key: 'gpb_expense', zh: '一般公共预算支出表' },
  { key: 'gpb_basic_econ', zh: '一般公共预算基本支出经济分类表' },
  { key: 'gf_income', zh: '政府性基金预算收入表' },
  { key: 'gf_expense', zh: '政府性基金预算支出表' },
  { key: 'soe', zh: '国有资本经营预算收支表' },
  { key: 'soe_expense', zh: '国有资本经营预算支出表' },
  { key: 'three_public', zh: '“三公”经费支出表' },
  { key: 'admin_running', zh: '机关运行经费表' },
  { key: 'three_public_admin', zh: '“三公”经费和机关运行经费表' },
  { key: 'projects', zh: '项目支出表（本年预算）' },
  { key: 'projects_carryover', zh: '项目支出表（上年结转）' },
  { key: 'fiscal_expense', zh: '财政拨款支出表' },
  { key: 'fiscal_basic_econ', zh: '财政拨款基本支出表' },
  { key: 'procurement', zh: '政府采购支出表' },
  { key: 'expense_econ', zh: '支出经济分类表' },
];

const ZH = new Map(TABLE_KEYS.map((t) => [t.key, t.zh]));

export function tableZh(key: string): string {
  return ZH.get(key) ?? key;
}

/** Column keys and their Chinese labels (the documented list per table is in docs/model.md). */
export const COLUMN_LABELS: Record<string, string> = {
  amount: '金额',
  total: '合计',
  current_year: '当年预算',
  carryover: '上年结转',
  general_public: '一般公共预算',
  gov_fund: '政府性基金预算',
  soe_capital: '国有资本经营预算',
  special_account: '财政专户管理资金',
  unit_funds: '单位资金',
  other_funds: '其他资金',
  fiscal: '财政拨款',
  business_income: '事业收入',
  operating_income: '经营收入',
  subordinate_income: '附属单位上缴收入',
  superior_subsidy: '上级补助收入',
  other_income: '其他收入',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public_use: '公用经费',
  reserve: '单位预留机动经费',
  carry_forward: '结转下年',
  goods: '货物',
  works: '工程',
  services: '服务',
};

/** Chinese label of a column key (三公 items printed as columns carry row-role keys). */
export function columnZh(key: string): string {
  return COLUMN_LABELS[key] ?? ROLE_LABELS[key] ?? key;
}

/** Row roles (docs/model.md) in Chinese, for messages that locate a row by its role. */
export const ROLE_LABELS: Record<string, string> = {
  total: '合计',
  current_income_total: '本年收入合计',
  current_expense_total: '本年支出合计',
  carryover: '上年结转',
  carry_forward: '年终结转',
  income_grand_total: '收入总计',
  expense_grand_total: '支出总计',
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehicle: '公务用车购置及运行费',
  vehicle_purchase: '公务用车购置费',
  vehicle_operation: '公务用车运行维护费',
  admin_running: '机关运行经费',
  procurement_total: '政府采购',
  reserve: '单位预留机动经费',
};

export function roleZh(role: string): string | null {
  return ROLE_LABELS[role] ?? null;
}
