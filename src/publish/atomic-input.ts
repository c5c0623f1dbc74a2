import { z } from 'zod';
import { MoneyUnitSchema } from '../model/disclosure.js';
import { DepartmentForm, ProjectForm } from '../model/performance.js';

// The figures a budget office enters once. Every table of the disclosure is derived from these
// (src/publish/derive); nothing here is a total of something else here. Amounts are exact 分: the
// printed 万元 figures are roundings of them, made when the tables are drawn.

export const SOURCE_KEYS = ['general_public', 'gov_fund', 'soe_capital', 'special_account', 'unit_funds'] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];
/** 财政拨款: the three budgets the finance bureau appropriates. */
export const FISCAL_SOURCES = ['general_public', 'gov_fund', 'soe_capital'] as const;
export type FiscalSource = (typeof FISCAL_SOURCES)[number];

const Fen = z.number().int();
/** Amounts by fund source; an absent source is zero. */
export const BySource = z.partialRecord(z.enum(SOURCE_KEYS), Fen);
export type BySource = z.infer<typeof BySource>;
export const ByFiscalSource = z.partialRecord(z.enum(FISCAL_SOURCES), Fen);
export type ByFiscalSource = z.infer<typeof ByFiscalSource>;

/** 政府收支分类 function code: 类 (3 digits), 款 (5) or 项 (7). */
export const FunctionCode = z.string().regex(/^\d{3}(\d{2}){0,2}$/);

/** One function code's appropriation, split by fund source, 基本/项目, and 当年/上年结转. */
export const FunctionLine = z.object({
  code: FunctionCode,
  basic: BySource.default({}),
  project: BySource.default({}),
  carryover_basic: BySource.default({}),
  carryover_project: BySource.default({}),
});
export type FunctionLine = z.infer<typeof FunctionLine>;

/** 一般公共预算基本支出 by 部门经济科目 × 政府经济科目 (names as printed; codes come from the catalogue). */
export const EconLine = z.object({
  department: z.string().min(1),
  government: z.string().nullable().default(null),
  /** 人员经费 or 公用经费; by default from the 部门经济科目 class (301, 303 → 人员经费). */
  kind: z.enum(['personnel', 'public_use']).nullable().default(null),
  amount: Fen,
});
export type EconLine = z.infer<typeof EconLine>;

/** A revenue line of 政府性基金 or 国有资本经营 income (收入科目编码). */
export const RevenueLine = z.object({ code: z.string(), name: z.string(), amount: Fen });
export type RevenueLine = z.infer<typeof RevenueLine>;

export const ProjectLine = z.object({
  /** 实施单位 (department inputs); null: the entity itself. */
  unit: z.string().nullable().default(null),
  name: z.string().min(1),
  /** 项目类别 as the budget system names it (其他运转类, 特定目标类 …). */
  category: z.string().nullable().default(null),
  function_code: FunctionCode.nullable().default(null),
  /** 上年结转 project (table 13) rather than this year's (table 12). */
  carryover: z.boolean().default(false),
  amounts: BySource,
});
export type ProjectLine = z.infer<typeof ProjectLine>;

export const UnitInfo = z.object({
  name: z.string().min(1),
  /** 行政 / 参公 (参照公务员法管理) / 事业: 机关运行经费 is reported for the first two. */
  kind: z.enum(['administrative', 'civil_service_managed', 'institution']).default('institution'),
});
export type UnitInfo = z.infer<typeof UnitInfo>;

export const ThreePublic = z.object({
  abroad: ByFiscalSource.default({}),
  reception: ByFiscalSource.default({}),
  vehicle_purchase: ByFiscalSource.default({}),
  vehicle_operation: ByFiscalSource.default({}),
});
export type ThreePublic = z.infer<typeof ThreePublic>;
export const THREE_PUBLIC_ITEMS = ['abroad', 'reception', 'vehicle_purchase', 'vehicle_operation'] as const;
export type ThreePublicItem = (typeof THREE_PUBLIC_ITEMS)[number];

/** Last year's budget figures, for the year-on-year sentences. Null: not entered. */
export const PriorYear = z.object({
  income_total: Fen.nullable().default(null),
  expense_total: Fen.nullable().default(null),
  gpb_current: Fen.nullable().default(null),
  three_public: z.partialRecord(z.enum(THREE_PUBLIC_ITEMS), Fen.nullable()).default({}),
  admin_running: Fen.nullable().default(null),
});
export type PriorYear = z.infer<typeof PriorYear>;

/** Why a figure changed from last year; a change without a reason is left marked in the text. */
export const Reasons = z.object({
  income: z.string().nullable().default(null),
  expense: z.string().nullable().default(null),
  gpb: z.string().nullable().default(null),
  three_public: z.string().nullable().default(null),
  admin_running: z.string().nullable().default(null),
});
export type Reasons = z.infer<typeof Reasons>;

export const Procurement = z.object({ goods: Fen.default(0), works: Fen.default(0), services: Fen.default(0) });
export type Procurement = z.infer<typeof Procurement>;

export const Assets = z.object({
  /** 截至 date as text (2023年12月31日). */
  as_of: z.string().nullable().default(null),
  vehicle_quota: z.number().int().nullable().default(null),
  vehicles: z.number().int().nullable().default(null),
  /** Vehicles by use (领导用车, 执法执勤用车 …). */
  vehicles_by_use: z.array(z.object({ use: z.string(), count: z.number().int() })).default([]),
  /** 办公用房建筑面积, square metres as a decimal text ("81839.32"). */
  office_area: z.string().nullable().default(null),
  /** Equipment counts above an original-value threshold (50万元, 100万元). */
  equipment: z.array(z.object({ threshold: z.string(), kind: z.string().default('通用设备'), count: z.number().int() })).default([]),
});
export type Assets = z.infer<typeof Assets>;

export const Performance = z.object({
  /** Budget units (including the department itself) that set 整体绩效目标. */
  units_with_overall_targets: z.number().int().nullable().default(null),
  units_total: z.number().int().nullable().default(null),
});
export type Performance = z.infer<typeof Performance>;

export const OtherNotes = z.object({
  /** 政府购买服务指导性目录; null: none. */
  purchase_services: z.string().nullable().default(null),
  other: z.string().nullable().default(null),
});

export const INPUT_FORMAT = 'yusuan-publish-input';

export const PublishInput = z.object({
  format: z.literal(INPUT_FORMAT),
  version: z.literal(1),
  fiscal_year: z.number().int(),
  level: z.enum(['department', 'unit']),
  entity: z.string().min(1),
  entity_code: z.string().nullable().default(null),
  print_unit: MoneyUnitSchema.default('万元'),
  /** 第一部分 概况: 职责, 机构设置 … in the entity's own words. */
  overview: z.array(z.object({ title: z.string(), text: z.string() })).default([]),
  /** Names of the 款 and 项 codes used (类 names come from the catalogue). */
  function_names: z.record(z.string(), z.string()).default({}),
  functions: z.array(FunctionLine).default([]),
  basic_econ: z.array(EconLine).default([]),
  gov_fund_income: z.array(RevenueLine).default([]),
  soe_income: z.array(RevenueLine).default([]),
  /** Budget units of a department, in printed order (a unit input: empty or itself). */
  units: z.array(UnitInfo).default([]),
  projects: z.array(ProjectLine).default([]),
  three_public: ThreePublic.default({ abroad: {}, reception: {}, vehicle_purchase: {}, vehicle_operation: {} }),
  /** 机关运行经费 by unit (fiscal sources). */
  admin_running: z.array(z.object({ unit: z.string(), amounts: ByFiscalSource })).default([]),
  procurement: Procurement.nullable().default(null),
  assets: Assets.nullable().default(null),
  performance: Performance.default({ units_with_overall_targets: null, units_total: null }),
  prior: PriorYear.default({ income_total: null, expense_total: null, gpb_current: null, three_public: {}, admin_running: null }),
  reasons: Reasons.default({ income: null, expense: null, gpb: null, three_public: null, admin_running: null }),
  notes: OtherNotes.default({ purchase_services: null, other: null }),
  forms: z.array(z.discriminatedUnion('kind', [ProjectForm, DepartmentForm])).default([]),
});
export type PublishInput = z.infer<typeof PublishInput>;
/** What callers write: defaults may be left out. */
export type PublishInputDraft = z.input<typeof PublishInput>;

export function isPublishInput(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === INPUT_FORMAT;
}

export function sumSources(s: Partial<Record<string, number>>): number {
  let t = 0;
  for (const v of Object.values(s)) t += v ?? 0;
  return t;
}
