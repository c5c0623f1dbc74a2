import type { Check, Condition, FactCheck, Params, Term } from './checks.js';
import type { CheckContext } from './context.js';
import type { Severity } from './finding.js';
import type { Figure } from './figure.js';

// A rule: a stable id, a default severity, a Chinese title and description (docs/rules.md is generated
// from them) and the checks it makes. Rules only emit; the engine evaluates, applies the rounding model,
// locates the figure behind several failures and renders messages.

export type RuleFamily = 'table' | 'cross' | 'document' | 'code' | 'narrative' | 'performance' | 'hygiene';

export interface RuleInfo {
  id: string;
  family: RuleFamily;
  severity: Severity;
  title: string;
  description: string;
}

export interface Rule extends RuleInfo {
  run(ctx: CheckContext, emit: Emitter): void;
}

export interface CheckOptions {
  severity?: Severity;
  params?: Params;
  /** Sums only: the relation applies only when this holds. */
  when?: Condition;
}

export class Emitter {
  readonly checks: Check[] = [];
  constructor(private readonly rule: RuleInfo) {}

  /** lhs = Σ parts (a part given as [figure, -1] is subtracted). */
  sum(lhs: Figure, parts: ReadonlyArray<Figure | readonly [Figure, -1]>, opts: CheckOptions = {}): void {
    this.push(lhs, parts, 'eq', opts);
  }

  /** lhs ≤ Σ parts (beyond rounding). */
  atMost(lhs: Figure, parts: ReadonlyArray<Figure | readonly [Figure, -1]>, opts: CheckOptions = {}): void {
    this.push(lhs, parts, 'le', opts);
  }

  /** lhs ≥ Σ parts (beyond rounding). */
  atLeast(lhs: Figure, parts: ReadonlyArray<Figure | readonly [Figure, -1]>, opts: CheckOptions = {}): void {
    this.push(lhs, parts, 'ge', opts);
  }

  /** fine, rounded to coarse's printed precision, gives coarse. */
  rounds(fine: Figure, coarse: Figure, opts: CheckOptions = {}): void {
    this.checks.push({ kind: 'round', rule: this.rule.id, severity: opts.severity ?? this.rule.severity, fine, coarse, ...(opts.params ? { params: opts.params } : {}) });
  }

  /** An established finding. */
  fact(data: FactCheck['data'], opts: CheckOptions & { figures?: Figure[]; holds?: FactCheck['holds']; covers?: FactCheck['covers'] } = {}): void {
    const c: FactCheck = { kind: 'fact', rule: this.rule.id, severity: opts.severity ?? this.rule.severity, data, figures: opts.figures ?? [] };
    if (opts.holds) c.holds = opts.holds;
    if (opts.covers) c.covers = opts.covers;
    if (opts.params) c.params = opts.params;
    this.checks.push(c);
  }

  private push(lhs: Figure, parts: ReadonlyArray<Figure | readonly [Figure, -1]>, relation: 'eq' | 'le' | 'ge', opts: CheckOptions): void {
    const terms: Term[] = parts.map((p) => (Array.isArray(p) ? { figure: (p as readonly [Figure, -1])[0], coef: -1 as const } : { figure: p as Figure, coef: 1 as const }));
    this.checks.push({ kind: 'sum', rule: this.rule.id, severity: opts.severity ?? this.rule.severity, lhs, terms, relation, ...(opts.params ? { params: opts.params } : {}), ...(opts.when ? { when: opts.when } : {}) });
  }
}
