import type { FundBlock } from '../../model/performance.js';
import { formFigure, type AnyForm } from '../performance/form-figures.js';
import type { CheckContext } from '../context.js';
import type { Emitter, Rule } from '../rule.js';

// A funds block's total = Σ its printed sources (中央 + 省级 + 市县 + 单位自筹 + 其他; 财政资金 + 其他;
// 当年财政拨款 + 上年结转 + 其他). Department-wide forms print two breakdowns of one budget (by source and
// by 基本/项目) and a 财政拨款 subtotal; each is checked on its own.

const FISCAL_KINDS = ['general_public', 'gov_fund', 'soe_capital'] as const;
const BY_PURPOSE = ['basic', 'project'] as const;

function block(ctx: CheckContext, emit: Emitter, f: AnyForm, name: string, b: FundBlock): void {
  if (!b.total) return;
  const total = formFigure(ctx, f, `${name}.total`, b.total);
  const src = b.sources;
  const keys = Object.keys(src).filter((k) => src[k as keyof typeof src]);
  const part = (k: string) => formFigure(ctx, f, `${name}.${k}`, src[k as keyof typeof src]);
  const purpose = keys.filter((k) => (BY_PURPOSE as readonly string[]).includes(k));
  const kinds = keys.filter((k) => (FISCAL_KINDS as readonly string[]).includes(k));
  let sources = keys.filter((k) => !purpose.includes(k));
  if (keys.includes('fiscal_appropriation') && kinds.length) {
    emit.sum(part('fiscal_appropriation'), kinds.map(part), { params: { block: name, parts: kinds.join('+') } });
    sources = sources.filter((k) => !kinds.includes(k));
  }
  if (sources.length) emit.sum(total, sources.map(part), { params: { block: name, parts: sources.join('+') } });
  if (purpose.length === 2) emit.sum(total, purpose.map(part), { params: { block: name, parts: purpose.join('+') } });
}

export const performanceFundsSources: Rule = {
  id: 'performance.funds-sources',
  family: 'performance',
  severity: 'error',
  title: '绩效目标表资金来源之和等于总额',
  description: '绩效目标表中实施期和年度的资金总额，应分别等于所列各资金来源之和；部门整体绩效目标表的年度预算还应等于基本支出与项目支出之和，财政拨款应等于其三类之和。',
  run(ctx, emit) {
    for (const f of ctx.doc.forms) {
      if (f.kind === 'project') {
        block(ctx, emit, f, 'implementation', f.funds.implementation);
        block(ctx, emit, f, 'annual', f.funds.annual);
      } else block(ctx, emit, f, 'budget', f.budget);
    }
  },
};
