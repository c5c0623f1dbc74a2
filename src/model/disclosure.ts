import { z } from 'zod';
import { Diagnostic } from './diagnostic.js';
import { DepartmentForm, ProjectForm } from './performance.js';

// The canonical model of one published disclosure (spec §1–5). These schemas are the source of truth:
// the TypeScript types are inferred from them and schema/disclosure.schema.json is generated from them.

export const MoneyUnitSchema = z.enum(['元', '千元', '万元', '亿元']);

/** A printed amount: exact 分 and the text as printed. A blank cell is absent, not zero. */
export const Cell = z.object({ fen: z.number().int(), text: z.string() });
export type Cell = z.infer<typeof Cell>;

export const Column = z.object({
  /** Stable semantic key (total, general_public, basic, …); unique within its side. */
  key: z.string(),
  /** Header labels from the outermost to the leaf, as printed. */
  header: z.array(z.string()),
  /** For two-sided tables: which side (income / expense / expense_by_purpose). */
  side: z.string().nullable(),
});
export type Column = z.infer<typeof Column>;

export const RowKind = z.enum([
  'total', // 合计 / 总计 / 部门合计 and the summary's totals
  'item', // an ordinary coded or named row
  'department', // project tree: the department
  'unit', // project tree: a budget unit
  'project', // project tree: a project
]);

export const Row = z.object({
  kind: RowKind,
  /** Function (3/5/7 digits) or economic code; printed, or from the catalogue when only the name is printed. */
  code: z.string().nullable(),
  code_source: z.enum(['printed', 'catalog']).nullable(),
  /** Name as printed (ordinal prefixes such as "一、" kept). */
  name: z.string(),
  /** Name path: department › unit › project, or 部门经济科目 › 政府经济科目. */
  path: z.array(z.string()),
  /** Hierarchy depth: 类 1, 款 2, 项 3; project tree: department 1, unit 2, project 3. */
  level: z.number().int(),
  /** Semantic role of special rows (current_income_total, carryover, income_grand_total, …). */
  role: z.string().nullable(),
  side: z.string().nullable(),
  cells: z.record(z.string(), Cell),
  /**
   * Text columns printed beside the figures, by their printed heading: 采购组织形式 → 分散自行组织. Only
   * on rows that print one.
   */
  attrs: z.record(z.string(), z.string()).optional(),
  line: z.number().int(),
  page: z.number().int().nullable(),
});
export type Row = z.infer<typeof Row>;

export const Table = z.object({
  /** Canonical key (spec §2): summary, income, expense, … */
  key: z.string(),
  /** Number as printed: "1", "表一", "公开表一". */
  number: z.string().nullable(),
  /** Title as printed. */
  title: z.string(),
  /** The unit the figures were printed in (the template's when the table does not say). */
  unit: MoneyUnitSchema.nullable(),
  /** Whether the table states its unit ("单位：万元"); false when the template's default was assumed. */
  unit_stated: z.boolean().optional(),
  /** present: has figures or rows; empty: printed with "本表无数据" or without any figure. */
  status: z.enum(['present', 'empty']),
  /** 部门名称 / 单位名称 printed above the table. */
  entity: z.string().nullable(),
  columns: z.array(Column),
  rows: z.array(Row),
  /** Printed notes ("注：本表无数据"). */
  notes: z.array(z.string()),
  /** How sure the title recognition is (0–1). */
  confidence: z.number(),
  line: z.number().int(),
  end_line: z.number().int(),
  page: z.number().int().nullable(),
});
export type Table = z.infer<typeof Table>;

export const Section = z.object({
  /** Ordinal as printed: 一, 二 … */
  number: z.string().nullable(),
  title: z.string(),
  text: z.string(),
  line: z.number().int(),
  page: z.number().int().nullable(),
});
export type Section = z.infer<typeof Section>;

export const TocEntry = z.object({ title: z.string(), page: z.number().int().nullable(), line: z.number().int() });
export type TocEntry = z.infer<typeof TocEntry>;

export const GlossaryEntry = z.object({ term: z.string(), definition: z.string(), line: z.number().int() });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const SourceInfo = z.object({
  name: z.string(),
  format: z.enum(['text', 'pdf', 'xlsx', 'json']),
  sha256: z.string(),
  bytes: z.number().int(),
  pages: z.number().int().nullable(),
  /** Further files read as part of the same disclosure (tables and text published separately). */
  parts: z.array(z.object({ name: z.string(), sha256: z.string(), bytes: z.number().int() })).optional(),
});

export const Disclosure = z.object({
  /** Stable id: the first 16 hex digits of the source's SHA-256. */
  id: z.string(),
  kind: z.enum(['budget', 'final', 'performance']),
  level: z.enum(['department', 'unit']),
  fiscal_year: z.number().int().nullable(),
  entity: z.string().nullable(),
  entity_code: z.string().nullable(),
  /** Template id from the registry (shanxi, jiangsu, shanghai, unknown). */
  template: z.string(),
  title: z.string().nullable(),
  source: SourceInfo,
  toc: z.array(TocEntry),
  /** 第一部分 概况: 职责 and 机构设置 (and any further overview sections). */
  overview: z.array(Section),
  tables: z.array(Table),
  /** 情况说明 sections. */
  sections: z.array(Section),
  glossary: z.array(GlossaryEntry),
  forms: z.array(z.discriminatedUnion('kind', [ProjectForm, DepartmentForm])),
  diagnostics: z.array(Diagnostic),
});
export type Disclosure = z.infer<typeof Disclosure>;
