import type { Rule } from './rule.js';
import { crossSummaryIncome } from './rules/cross-summary-income.js';
import { crossSummaryExpense } from './rules/cross-summary-expense.js';
import { crossIncomeExpense } from './rules/cross-income-expense.js';
import { crossGpbIncome } from './rules/cross-gpb-income.js';
import { crossGpbExpense } from './rules/cross-gpb-expense.js';
import { crossGpbBasicEcon } from './rules/cross-gpb-basic-econ.js';
import { crossGpbProjects } from './rules/cross-gpb-projects.js';
import { crossExpenseProjects } from './rules/cross-expense-projects.js';
import { crossCarryoverProjects } from './rules/cross-carryover-projects.js';
import { crossFiscalSummary } from './rules/cross-fiscal-summary.js';
import { crossFiscalFunds } from './rules/cross-fiscal-funds.js';
import { crossThreePublicEcon } from './rules/cross-three-public-econ.js';
import { crossAdminRunning } from './rules/cross-admin-running.js';
import { documentMissingTable } from './rules/document-missing-table.js';
import { documentEmptyTable } from './rules/document-empty-table.js';
import { documentYear } from './rules/document-year.js';
import { documentUnit } from './rules/document-unit.js';
import { codeStructure } from './rules/code-structure.js';
import { codeNames } from './rules/code-names.js';
import { narrativeAmount } from './rules/narrative-amount.js';
import { narrativeShare } from './rules/narrative-share.js';
import { narrativeCount } from './rules/narrative-count.js';
import { narrativeBreakdown } from './rules/narrative-breakdown.js';
import { narrativeProcurement } from './rules/narrative-procurement.js';
import { narrativeYoy } from './rules/narrative-yoy.js';
import { narrativeYoyReason } from './rules/narrative-yoy-reason.js';
import { narrativeProjectAmount } from './rules/narrative-project-amount.js';
import { hygieneEntityName } from './rules/hygiene-entity-name.js';
import { hygieneTemplateLeftover } from './rules/hygiene-template-leftover.js';
import { hygieneDecimals } from './rules/hygiene-decimals.js';
import { performanceMatch } from './rules/performance-match.js';
import { performanceFundsTable } from './rules/performance-funds-table.js';
import { performanceFundsSources } from './rules/performance-funds-sources.js';
import { performanceFundsPeriods } from './rules/performance-funds-periods.js';
import { performanceFormsCount } from './rules/performance-forms-count.js';
import { performanceFormEntity } from './rules/performance-form-entity.js';
import { performanceDepartmentForm } from './rules/performance-department-form.js';
import { performanceLevels } from './rules/performance-levels.js';
import { performanceIndicatorValues } from './rules/performance-indicator-values.js';
import { performanceIndicatorDuplicates } from './rules/performance-indicator-duplicates.js';
import { performancePeriodSets } from './rules/performance-period-sets.js';
import { tableBalance } from './rules/table-balance.js';
import { tableBasicProject } from './rules/table-basic-project.js';
import { tableColumnSum } from './rules/table-column-sum.js';
import { tableHierarchySum } from './rules/table-hierarchy-sum.js';
import { tablePersonnelPublic } from './rules/table-personnel-public.js';
import { tableProjectTree } from './rules/table-project-tree.js';
import { tableThreePublic } from './rules/table-three-public.js';
import { tableTotalRow } from './rules/table-total-row.js';

// Every rule, in priority order: when one figure fails several rules, the finding carries the first.

export const RULES: readonly Rule[] = [
  tableHierarchySum,
  tableProjectTree,
  tableTotalRow,
  tableColumnSum,
  tableBasicProject,
  tablePersonnelPublic,
  tableThreePublic,
  tableBalance,
  crossSummaryIncome,
  crossSummaryExpense,
  crossIncomeExpense,
  crossGpbIncome,
  crossGpbExpense,
  crossGpbBasicEcon,
  crossGpbProjects,
  crossExpenseProjects,
  crossCarryoverProjects,
  crossFiscalSummary,
  crossFiscalFunds,
  crossThreePublicEcon,
  crossAdminRunning,
  documentMissingTable,
  documentEmptyTable,
  documentYear,
  documentUnit,
  codeStructure,
  codeNames,
  narrativeAmount,
  narrativeShare,
  narrativeCount,
  narrativeBreakdown,
  narrativeProcurement,
  narrativeYoy,
  narrativeYoyReason,
  narrativeProjectAmount,
  performanceMatch,
  performanceFundsTable,
  performanceFundsSources,
  performanceFundsPeriods,
  performanceFormsCount,
  performanceFormEntity,
  performanceDepartmentForm,
  performanceLevels,
  performanceIndicatorValues,
  performanceIndicatorDuplicates,
  performancePeriodSets,
  hygieneEntityName,
  hygieneTemplateLeftover,
  hygieneDecimals,
];

/** Rules by id or id prefix ("table", "cross.", "narrative.amount"); unknown selectors are returned. */
export function selectRules(selectors: readonly string[]): { rules: Rule[]; unknown: string[] } {
  const unknown: string[] = [];
  const picked = new Set<Rule>();
  for (const raw of selectors) {
    const s = raw.trim();
    if (!s) continue;
    const prefix = s.endsWith('.') ? s : `${s}.`;
    const hits = RULES.filter((r) => r.id === s || r.id.startsWith(prefix));
    if (!hits.length) unknown.push(s);
    for (const r of hits) picked.add(r);
  }
  return { rules: RULES.filter((r) => picked.has(r)), unknown };
}
