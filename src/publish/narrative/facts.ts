import type { Assets, Performance, PriorYear, Procurement, PublishInput, Reasons, UnitInfo } from '../atomic-input.js';

// What the 情况说明 needs beyond the tables: last year's figures and the reasons for changes, 政府采购,
// 国有资产, 绩效 counts, and notes. From an input they are entered; from a published document they are
// recovered from its text where possible (from-published.ts), and a section the tables cannot supply
// may be carried over verbatim.

export interface CategoryCount {
  category: string;
  count: number;
  fen: number;
}

export interface NarrativeFacts {
  prior: PriorYear;
  reasons: Reasons;
  procurement: Procurement | null;
  assets: Assets | null;
  performance: Performance;
  units: UnitInfo[];
  /** Projects of this year by 项目类别 (null: categories not known). */
  categories: CategoryCount[] | null;
  purchaseServices: string | null;
  otherNotes: string | null;
  /** Published text kept for sections that cannot be computed, by section number (九, 十 …). */
  verbatim: Partial<Record<string, string>>;
}

export function emptyFacts(): NarrativeFacts {
  return {
    prior: { income_total: null, expense_total: null, gpb_current: null, three_public: {}, admin_running: null },
    reasons: { income: null, expense: null, gpb: null, three_public: null, admin_running: null },
    procurement: null,
    assets: null,
    performance: { units_with_overall_targets: null, units_total: null },
    units: [],
    categories: null,
    purchaseServices: null,
    otherNotes: null,
    verbatim: {},
  };
}

export function factsOf(input: PublishInput): NarrativeFacts {
  const current = input.projects.filter((p) => !p.carryover);
  let categories: CategoryCount[] | null = null;
  if (current.length > 0 && current.every((p) => p.category)) {
    const by = new Map<string, CategoryCount>();
    for (const p of current) {
      const c = by.get(p.category!) ?? { category: p.category!, count: 0, fen: 0 };
      c.count++;
      for (const v of Object.values(p.amounts)) c.fen += v ?? 0;
      by.set(c.category, c);
    }
    categories = [...by.values()];
  }
  return {
    prior: input.prior,
    reasons: input.reasons,
    procurement: input.procurement,
    assets: input.assets,
    performance: input.performance,
    units: input.units,
    categories,
    purchaseServices: input.notes.purchase_services,
    otherNotes: input.notes.other,
    verbatim: {},
  };
}
