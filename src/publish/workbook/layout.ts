import { SOURCE_KEYS, type SourceKey } from '../atomic-input.js';

// The data-entry workbook's layout, shared by the template writer and the reader: sheet names, the
// labels of key–value rows, and the column of every figure. Amounts are entered in 元.

export const SHEET = {
  guide: '填表说明',
  info: '基本信息',
  codes: '功能科目',
  functions: '支出功能分类',
  econ: '基本支出经济分类',
  units: '所属单位',
  projects: '项目',
  threePublic: '三公经费',
  adminRunning: '机关运行经费',
  revenue: '基金收入',
  prior: '上年数与变动原因',
  other: '采购资产绩效',
  forms: '绩效目标',
  indicators: '绩效指标',
  lists: '目录',
} as const;

export const SOURCE_LABELS: Record<SourceKey, string> = {
  general_public: '一般公共预算',
  gov_fund: '政府性基金预算',
  soe_capital: '国有资本经营预算',
  special_account: '财政专户管理资金',
  unit_funds: '单位资金',
};

/** 基本信息: label in column A, value in column B. */
export const INFO = {
  year: '预算年度',
  level: '公开层级（部门/单位）',
  entity: '部门（单位）名称',
  code: '部门（单位）编码',
  unit: '金额单位',
  duties: '部门（单位）职责',
  organisation: '机构设置情况',
} as const;

/** 支出功能分类: A 科目编码, B 科目名称 (looked up), then four groups of the five sources. */
export const FUNCTION_GROUPS = ['basic', 'project', 'carryover_basic', 'carryover_project'] as const;
export const FUNCTION_GROUP_LABELS: Record<(typeof FUNCTION_GROUPS)[number], string> = {
  basic: '基本支出（当年）',
  project: '项目支出（当年）',
  carryover_basic: '上年结转·基本支出',
  carryover_project: '上年结转·项目支出',
};
/** 1-based column of a group × source on 支出功能分类. */
export function functionColumn(group: (typeof FUNCTION_GROUPS)[number], source: SourceKey): number {
  return 3 + FUNCTION_GROUPS.indexOf(group) * SOURCE_KEYS.length + SOURCE_KEYS.indexOf(source);
}

/** First data row of the sheets with a two-row header. */
export const DATA_ROW = 3;
export const MAX_ROWS = 600;

/** 项目: columns. */
export const PROJECT_COLS = { unit: 1, name: 2, category: 3, code: 4, carryover: 5, firstAmount: 6 } as const;
export const PROJECT_CATEGORIES = ['其他运转类', '特定目标类'] as const;
export const YES_NO = ['是', '否'] as const;

export const UNIT_KINDS: Record<string, 'administrative' | 'civil_service_managed' | 'institution'> = {
  行政单位: 'administrative',
  参照公务员法管理事业单位: 'civil_service_managed',
  事业单位: 'institution',
};

/** 三公经费: fixed rows, three fiscal sources, then last year's budget of the item. */
export const THREE_PUBLIC_ROWS = [
  ['abroad', '因公出国（境）费'],
  ['reception', '公务接待费'],
  ['vehicle_purchase', '公务用车购置费'],
  ['vehicle_operation', '公务用车运行维护费'],
] as const;

/** 上年数与变动原因: label, last year's figure (B), reason (C). */
export const PRIOR = {
  total: '收支预算总计',
  gpb: '一般公共预算当年支出',
  threePublic: '“三公”经费',
  adminRunning: '机关运行经费',
} as const;

/** 采购资产绩效: label in A, value in B. */
export const OTHER = {
  goods: '政府采购预算·货物（元）',
  works: '政府采购预算·工程（元）',
  services: '政府采购预算·服务（元）',
  asOf: '资产情况截至日期（如2023年12月31日）',
  vehicleQuota: '公务用车编制数（辆）',
  vehicles: '公务用车实有数（辆）',
  officeArea: '办公用房建筑面积（平方米）',
  equipment50: '单位价值50万元以上通用设备（台套）',
  equipment100: '单位价值100万元以上通用设备（台套）',
  overallTargets: '编报整体绩效目标的预算单位数',
  unitsTotal: '预算单位总数',
  purchaseServices: '政府购买服务指导性目录（无则留空）',
  otherNotes: '其他说明（无则留空）',
} as const;

export const VEHICLE_USES = ['领导用车', '机要通信用车', '应急保障用车', '执法执勤用车', '特种专业技术用车', '事业单位业务用车', '其他公务用车'] as const;
export const vehicleLabel = (use: string): string => `公务用车·${use}（辆）`;

/** 绩效目标: one row a project. */
export const FORM_COLS = [
  ['project', '项目名称'],
  ['attribute', '项目属性'],
  ['term', '项目期'],
  ['implementation_total', '实施期资金总额（元）'],
  ['central', '年度资金·中央财政（元）'],
  ['provincial', '年度资金·省级财政（元）'],
  ['city_county', '年度资金·市县财政（元）'],
  ['self_raised', '年度资金·单位自筹（元）'],
  ['other', '年度资金·其他（元）'],
  ['overview', '项目概况'],
  ['basis', '立项依据'],
  ['necessity', '项目设立必要性'],
  ['safeguards', '保证项目实施的制度、措施'],
  ['plan', '项目实施计划'],
  ['goal_implementation', '实施期目标'],
  ['goal_annual', '年度目标'],
] as const;

export const INDICATOR_COLS = ['项目名称', '一级指标', '二级指标', '三级指标', '实施期指标值', '年度指标值'] as const;
export const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;
export const LEVEL2 = ['数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'] as const;
