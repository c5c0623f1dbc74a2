import { z } from 'zod';

// Findings are data (spec §7): a rule id, a severity and a location, with expected / actual / difference
// as printed amounts. The Chinese message is rendered from this data (messages-zh.ts), never written by
// the rules, in the way zod keeps issues apart from their locale messages.

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  /** A table key (spec §2), or `narrative`, `performance`, `document`. */
  table: z.string().nullable(),
  /** Function or economic code, a role, or the printed name path joined with " / ". */
  row: z.string().nullable(),
  /** Semantic column key (total, general_public, …) or a field of a form or statement. */
  column: z.string().nullable(),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  /** actual − expected, in `unit`. */
  difference: z.string().nullable(),
  unit: z.string().nullable(),
  message: z.string(),
  /** Source line of the located figure (1-based), where known. */
  line: z.number().int().nullable(),
  /** Further rules the same figure fails (one wrong figure is reported once, see engine). */
  related: z.array(z.string()).optional(),
  /** Names and figures the message needs beyond the fields above (row name, other table, …). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** What rules produce: everything but the rendered message. */
export type FindingData = Omit<Finding, 'message'>;

export const CheckSummary = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });
export type CheckSummary = z.infer<typeof CheckSummary>;

export const CheckedDocument = z.object({
  id: z.string(),
  name: z.string(),
  entity: z.string().nullable(),
  fiscal_year: z.number().int().nullable(),
  kind: z.string(),
  level: z.string(),
  template: z.string(),
  title: z.string().nullable(),
});
export type CheckedDocument = z.infer<typeof CheckedDocument>;

export const CheckResult = z.object({ document: CheckedDocument, summary: CheckSummary, findings: z.array(Finding) });
export type CheckResult = z.infer<typeof CheckResult>;

export function summarize(findings: readonly { severity: Severity }[]): CheckSummary {
  const s: CheckSummary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}
