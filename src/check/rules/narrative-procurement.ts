import { narrativeOf } from '../narrative/statements.js';
import type { Rule } from '../rule.js';
import { isProcurement, listChecks } from './narrative-breakdown.js';

// 政府采购预算总额 = 货物 + 工程 + 服务, as the 情况说明 states them: the three kinds of procurement are
// exhaustive, so the parts must add up to the total.

export const narrativeProcurement: Rule = {
  id: 'narrative.procurement',
  family: 'narrative',
  severity: 'error',
  title: '政府采购总额等于货物、工程、服务之和',
  description: '情况说明中政府采购预算总额应等于其中货物、工程、服务三类采购预算之和。',
  run(ctx, emit) {
    for (const ns of narrativeOf(ctx)) for (const list of ns.scan.lists) if (isProcurement(ctx, list)) listChecks(ctx, emit, ns, list, 'error');
  },
};
