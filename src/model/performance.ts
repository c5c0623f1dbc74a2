import { z } from 'zod';

// 绩效目标 forms (spec §5). Money on forms is printed in 元 (山西, 上海); kept as exact 分 with the text.

export const FormAmount = z.object({ fen: z.number().int(), text: z.string() });
export type FormAmount = z.infer<typeof FormAmount>;

/** Fund sources printed on forms. 山西: 中央/省级/市县 财政, 单位自筹, 其他; 上海: 财政资金, 当年财政拨款, 上年结转. */
export const FundSourceKey = z.enum([
  'central', // 中央财政资金
  'provincial', // 省级财政资金
  'city_county', // 市县（区）财政资金
  'self_raised', // 单位自筹
  'other', // 其他资金
  'fiscal', // 财政资金 (上海)
  'current_year', // 当年财政拨款 (上海)
  'carryover', // 上年结转资金 (上海)
  'fiscal_appropriation', // 财政拨款 (部门整体)
  'general_public', // 一般公共预算 (部门整体)
  'gov_fund', // 政府性基金预算 (部门整体)
  'soe_capital', // 国有资本经营预算 (部门整体)
  'special_account', // 财政专户管理资金 (部门整体)
  'unit_funds', // 单位资金 (部门整体)
  'basic', // 基本支出 (部门整体)
  'project', // 项目支出 (部门整体)
]);
export type FundSourceKey = z.infer<typeof FundSourceKey>;

export const FundBlock = z.object({
  total: FormAmount.nullable(),
  sources: z.partialRecord(FundSourceKey, FormAmount.nullable()),
});
export type FundBlock = z.infer<typeof FundBlock>;

export const IndicatorPeriod = z.enum(['implementation', 'annual']);
export type IndicatorPeriod = z.infer<typeof IndicatorPeriod>;

export const ComparisonOp = z.enum(['≥', '≤', '=', '>', '<']);
export type ComparisonOp = z.infer<typeof ComparisonOp>;

export const Indicator = z.object({
  period: IndicatorPeriod,
  /** 产出指标 / 效益指标 / 满意度指标 (成本指标 in newer frameworks), normalised. */
  level1: z.string().nullable(),
  /** 数量指标 … 服务对象满意度指标, normalised (truncated prints completed). */
  level2: z.string().nullable(),
  /** 三级指标 as printed. */
  name: z.string(),
  /** 指标值 as printed ("≥90%", "按季度发放"). */
  value: z.string(),
  op: ComparisonOp.nullable(),
  number: z.number().nullable(),
  unit: z.string().nullable(),
  line: z.number().int(),
});
export type Indicator = z.infer<typeof Indicator>;

export const FormTexts = z.object({
  overview: z.string().nullable(), // 项目概况
  basis: z.string().nullable(), // 立项依据
  necessity: z.string().nullable(), // 项目设立必要性
  safeguards: z.string().nullable(), // 保证项目实施的制度、措施
  plan: z.string().nullable(), // 项目实施计划
});

export const ProjectForm = z.object({
  kind: z.literal('project'),
  /** Printed title, e.g. 阳泉市市级预算部门（单位）项目支出绩效目标表. */
  title: z.string(),
  fiscal_year: z.number().int().nullable(),
  project: z.string(),
  department: z.object({ code: z.string().nullable(), name: z.string().nullable() }),
  unit: z.string().nullable(), // 实施单位
  attribute: z.string().nullable(), // 项目属性 / 项目性质
  category: z.string().nullable(), // 项目类别
  term: z.string().nullable(), // 项目期
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  /** Printed unit of the funds block (元 on every known template). */
  funds_unit: z.string(),
  funds: z.object({ implementation: FundBlock, annual: FundBlock }),
  texts: FormTexts,
  goals: z.object({ implementation: z.string().nullable(), annual: z.string().nullable() }),
  indicators: z.array(Indicator),
  filled_at: z.string().nullable(), // 填报日期
  line: z.number().int(),
  end_line: z.number().int(),
});
export type ProjectForm = z.infer<typeof ProjectForm>;

export const DepartmentTask = z.object({
  name: z.string(),
  description: z.string().nullable(),
  amount: FormAmount.nullable(),
  line: z.number().int(),
});

export const DepartmentForm = z.object({
  kind: z.literal('department'),
  title: z.string(),
  fiscal_year: z.number().int().nullable(),
  department: z.string().nullable(), // 部门名称
  internal_divisions: z.number().int().nullable(), // 内设职能部门数
  budget_units: z.number().int().nullable(), // 所属预算单位数
  staffing: z.number().int().nullable(), // 编制数
  staff: z.number().int().nullable(), // 在职人数
  duties: z.string().nullable(), // 部门职责
  strategy: z.string().nullable(), // 战略目标
  funds_unit: z.string(),
  budget: FundBlock, // 年度预算: total, by source and by 基本/项目
  tasks: z.array(DepartmentTask), // 年度重点任务
  annual_goal: z.string().nullable(), // 年度绩效目标
  indicators: z.array(Indicator),
  line: z.number().int(),
  end_line: z.number().int(),
});
export type DepartmentForm = z.infer<typeof DepartmentForm>;
