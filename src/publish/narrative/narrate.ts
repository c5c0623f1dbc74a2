import type { Disclosure, Section } from '../../model/disclosure.js';
import { figuresOf } from './figures.js';
import type { NarrativeFacts } from './facts.js';
import type { NarrativeContext, NarrativeWarning } from './context.js';
import { sectionExpense, sectionFiscal, sectionIncome, sectionOverall } from './sections-budget.js';
import { sectionBasic, sectionGpb } from './sections-gpb.js';
import { sectionAdminRunning, sectionProcurement, sectionThreePublic } from './sections-costs.js';
import { sectionAssets, sectionOther, sectionPerformance } from './sections-other.js';

// 情况说明 一 to 十二, every figure taken from the disclosure's tables. Pure: the same tables and facts
// always give the same text, and whatever the author still owes is both marked in the text and listed.

export interface Narrative {
  sections: Section[];
  warnings: NarrativeWarning[];
}

export function narrate(doc: Disclosure, facts: NarrativeFacts): Narrative {
  const ctx: NarrativeContext = {
    year: doc.fiscal_year ?? new Date().getFullYear(),
    entity: doc.entity ?? '',
    level: doc.level,
    fig: figuresOf(doc),
    facts,
    warnings: [],
  };
  const formCount = doc.forms.filter((f) => f.kind === 'project').length;
  const texts = [
    sectionOverall(ctx),
    sectionIncome(ctx),
    sectionExpense(ctx),
    sectionFiscal(ctx),
    sectionGpb(ctx),
    sectionBasic(ctx),
    sectionThreePublic(ctx),
    sectionAdminRunning(ctx),
    sectionProcurement(ctx),
    sectionPerformance(ctx, formCount),
    sectionAssets(ctx),
    sectionOther(ctx),
  ];
  return {
    sections: texts.map((s) => ({ number: s.number, title: s.title, text: s.text, line: 0, page: null })),
    warnings: ctx.warnings,
  };
}
