import type { Disclosure } from '../model/disclosure.js';
import { FEN_PER_UNIT, formatFen, type MoneyUnit } from '../model/money.js';
import { printedDecimals } from './tolerance.js';
import { evaluate, impliedValue, type Check, type FactCheck, type Place, type RoundCheck, type SumCheck } from './checks.js';
import { CheckContext } from './context.js';
import type { Figure } from './figure.js';
import { SEVERITY_RANK, summarize, type CheckResult, type Finding, type FindingData, type Severity } from './finding.js';
import { findCulprits, type Culprit } from './localise.js';
import { renderMessage } from './messages-zh.js';
import { RULES, selectRules } from './registry.js';
import { Emitter } from './rule.js';

// check(doc) → every contradiction, located. Pure: rules emit checks, the engine evaluates them under
// the rounding model, lets a finding that covers others stand for them (a missing or empty table for the
// failures reading it, a misprinted code for the comparisons by code it breaks), reports a figure — or
// one table's figures shifted alike — that explains failures once (with the other rules it fails as
// `related`), and renders the Chinese messages.

export interface CheckOptions {
  /** Rule ids or id prefixes (`table`, `cross.`); all rules when absent. */
  rules?: readonly string[];
}

export function check(doc: Disclosure, opts: CheckOptions = {}): CheckResult {
  const rules = opts.rules ? selectRules(opts.rules).rules : RULES;
  const ctx = new CheckContext(doc);
  const checks: Check[] = [];
  for (const rule of rules) {
    const emit = new Emitter(rule);
    rule.run(ctx, emit);
    for (const c of emit.checks) checks.push(c);
  }
  const findings = nameCodes(evaluateAll(checks), doc);
  const rendered: Finding[] = findings.map((f) => ({ ...f, message: renderMessage(f) }));
  sortFindings(rendered, doc);
  return {
    document: {
      id: doc.id,
      name: doc.source.name,
      entity: doc.entity,
      fiscal_year: ctx.fiscalYear,
      kind: doc.kind,
      level: doc.level,
      template: doc.template,
      title: doc.title,
    },
    summary: summarize(rendered),
    findings: rendered,
  };
}

function evaluateAll(emitted: readonly Check[]): FindingData[] {
  // A relation reading a column the template does not print cannot be checked.
  const checks = emitted.filter((c) => c.kind === 'fact' || !readsMissingColumn(c));
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const priority = (id: string) => order.get(id) ?? RULES.length;
  const out: FindingData[] = [];
  const failing: number[] = [];
  const evaluations = new Map<number, ReturnType<typeof evaluate>>();
  checks.forEach((c, i) => {
    if (c.kind === 'fact') {
      if (c.severity !== 'info') failing.push(i);
      return;
    }
    const e = evaluate(c);
    evaluations.set(i, e);
    if (e.outcome === 'beyond') failing.push(i);
    else if (e.outcome === 'rounding') out.push({ ...fromEvaluation(c, e.expected, e.actual), severity: 'info', params: { ...(c.params ?? {}), kind: 'rounding' } });
  });
  const explained = new Map<number, string>(); // failing check → rule of the finding that stands for it
  // 1. Findings that stand for others: an absent table for the failures reading it, a misprinted code
  // for the comparisons by code it breaks.
  const coverers: FactCheck[] = [];
  for (const i of failing) {
    const c = checks[i]!;
    if (c.kind === 'fact' && c.covers) coverers.push(c);
  }
  const relatedOf = new Map<Check, Set<string>>();
  if (coverers.length) {
    for (const i of failing) {
      const c = checks[i]!;
      if (c.kind === 'fact' && c.covers) continue;
      const places: Place[] = c.kind === 'fact' ? [...c.figures, { loc: { table: c.data.table ?? '', row: c.data.row } }] : figs(c);
      const owner = coverers.find((o) => places.some((pl) => o.covers!(pl)));
      if (!owner) continue;
      explained.set(i, owner.rule);
      addRelated(relatedOf, owner, c.rule);
    }
  }
  // 2. One figure behind several failures.
  const open = failing.filter((i) => !explained.has(i));
  const culprits = findCulprits(checks, open, priority);
  for (const cu of culprits) {
    // A single failing sum found wrong at its own total is reported as that sum, with its reasons.
    if (cu.explains.length === 1 && isLeft(checks[cu.explains[0]!]!, cu.figures[0]!)) continue;
    const explainedChecks = cu.explains.map((i) => checks[i]!);
    explainedChecks.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || priority(a.rule) - priority(b.rule));
    const primary = explainedChecks[0]!;
    for (const i of cu.explains) explained.set(i, primary.rule);
    const rules = new Set(explainedChecks.slice(1).map((c) => c.rule));
    // An absent table's finding explained by the culprit takes the failures it stood for along.
    for (const c of explainedChecks) for (const r of relatedOf.get(c) ?? []) rules.add(r);
    rules.delete(primary.rule);
    out.push(culpritFinding(cu, primary, [...rules], explainedChecks));
  }
  // 3. The rest, where they are.
  for (const i of failing) {
    if (explained.has(i)) continue;
    const c = checks[i]!;
    if (c.kind === 'fact') {
      const data: FindingData = { rule: c.rule, severity: c.severity, ...c.data };
      const rel = relatedOf.get(c);
      if (rel?.size) data.related = [...rel].filter((r) => r !== c.rule);
      if (c.params) data.params = { ...(data.params ?? {}), ...c.params };
      if (data.related && data.related.length === 0) delete data.related;
      out.push(data);
    } else {
      const e = evaluations.get(i)!;
      out.push(fromEvaluation(c, e.expected, e.actual));
    }
  }
  for (const c of checks) if (c.kind === 'fact' && c.severity === 'info') out.push({ rule: c.rule, severity: 'info', ...c.data, ...(c.params ? { params: { ...(c.data.params ?? {}), ...c.params } } : {}) });
  return dedupe(out);
}

/**
 * The finding for a culprit. Relations that each only warn (a label read from its sentence, a 其中 list
 * that may be incomplete) but put the figure at the same other value independently make an error.
 */
function culpritFinding(cu: Culprit, primary: Check, related: string[], explainedChecks: readonly Check[]): FindingData {
  const f = cu.figures[0]!;
  const expected = cu.expected[0]!;
  const params: Record<string, string | number> = { kind: 'culprit', checks: cu.explains.length };
  if (f.loc.name) params.name = f.loc.name;
  const rows = new Set(cu.figures.map((x) => x.loc.row));
  if (cu.figures.length > 1 && rows.size === 1) params.columns = cu.figures.map((x) => x.loc.column ?? '').join(',');
  else if (cu.figures.length > 1) params.figures = cu.figures.length;
  if (cu.chain) params.chain = 1;
  if (cu.explains.length === 1) params.rule_title = RULES.find((r) => r.id === primary.rule)?.title ?? primary.rule;
  let severity = primary.severity;
  if (severity === 'warning' && cu.figures.length === 1) {
    const agreeing = new Set(explainedChecks.filter((c) => impliedValue(c, f.key) === expected).map((c) => c.rule));
    if (agreeing.size >= 2) {
      severity = 'error';
      params.corroborated = agreeing.size;
    }
  }
  const data: FindingData = {
    rule: primary.rule,
    severity,
    ...located(f),
    expected: show(expected, f),
    actual: show(f.fen, f),
    difference: show(f.fen - expected, f),
    unit: f.loc.count ?? f.loc.unit,
    params,
  };
  if (related.length) data.related = related;
  return data;
}

/** Is the figure the one a check's finding is located at (a sum's total, a rounded figure)? */
function isLeft(c: Check, f: Figure): boolean {
  if (c.kind === 'sum') return c.lhs.key === f.key;
  if (c.kind === 'round') return c.fine.key === f.key;
  return false;
}

/**
 * A finding located at a bare code (a row another table prints, a code a rule names) carries the
 * subject's name, from the same table where it prints it, else from any table: 收入总表 20805「行政事业单位养老支出」.
 */
function nameCodes(findings: FindingData[], doc: Disclosure): FindingData[] {
  let names: Map<string, string> | null = null;
  const nameIn = (table: string | null, code: string): string | undefined => {
    const own = doc.tables.find((t) => t.key === table)?.rows.find((r) => r.code === code)?.name;
    if (own) return own;
    if (!names) {
      names = new Map();
      for (const t of doc.tables) for (const r of t.rows) if (r.code && r.name && !names.has(r.code)) names.set(r.code, r.name);
    }
    return names.get(code);
  };
  for (const f of findings) {
    if (!f.row || !/^\d{3,}$/.test(f.row) || f.params?.name !== undefined) continue;
    const name = nameIn(f.table, f.row);
    if (name) f.params = { ...(f.params ?? {}), name };
  }
  return findings;
}

function readsMissingColumn(c: SumCheck | RoundCheck): boolean {
  if (c.kind === 'round') return c.fine.noColumn === true || c.coarse.noColumn === true;
  if (c.lhs.noColumn) return true;
  for (const t of c.terms) if (t.figure.noColumn) return true;
  return false;
}

function figs(c: Check): Figure[] {
  if (c.kind === 'sum') return [c.lhs, ...c.terms.map((t) => t.figure)];
  if (c.kind === 'round') return [c.fine, c.coarse];
  return c.figures;
}

function addRelated(m: Map<Check, Set<string>>, owner: Check, rule: string): void {
  let s = m.get(owner);
  if (!s) m.set(owner, (s = new Set()));
  s.add(rule);
}

function located(f: Figure): Pick<FindingData, 'table' | 'row' | 'column' | 'line'> {
  return { table: f.loc.table, row: f.loc.row, column: f.loc.column, line: f.loc.line };
}

function money(fen: number, unit: MoneyUnit | null, decimals = 2): string {
  return formatFen(fen, unit ?? '元', decimals);
}

/**
 * A figure's value as printed in findings: money to the 分 of its unit (or to the finer digit it was
 * printed with: 70.004万元 against 70.00 must not read 70.00 both), counts as integers.
 */
function show(fen: number, f: Figure): string {
  if (f.loc.count) return String(fen);
  const printed = f.text ? printedDecimals(f.text) : 0;
  const unit = f.loc.unit ?? '元';
  const finest = Math.round(Math.log10(FEN_PER_UNIT[unit]));
  return money(fen, f.loc.unit, Math.min(Math.max(2, printed), Math.max(2, finest)));
}

function fromEvaluation(c: SumCheck | RoundCheck, expected: number, actual: number): FindingData {
  const lhs = c.kind === 'sum' ? c.lhs : c.fine;
  const data: FindingData = {
    rule: c.rule,
    severity: c.severity as Severity,
    ...located(lhs),
    expected: show(expected, lhs),
    actual: show(actual, lhs),
    difference: show(actual - expected, lhs),
    unit: lhs.loc.count ?? lhs.loc.unit,
  };
  const params: Record<string, string | number> = { ...(c.params ?? {}) };
  if (lhs.loc.name) params.name = lhs.loc.name;
  if (c.kind === 'sum' && c.relation !== 'eq') params.relation = c.relation;
  if (Object.keys(params).length) data.params = params;
  return data;
}

function dedupe(list: FindingData[]): FindingData[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const k = [f.rule, f.severity, f.table, f.row, f.column, f.expected, f.actual].join('\u0000');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const SPECIAL_ORDER: Record<string, number> = { document: -1, narrative: 1000, performance: 2000 };

function sortFindings(list: Finding[], doc: Disclosure): void {
  const tableOrder = new Map<string, number>();
  doc.tables.forEach((t, i) => {
    if (!tableOrder.has(t.key)) tableOrder.set(t.key, i);
  });
  const pos = (t: string | null) => (t === null ? -1 : (tableOrder.get(t) ?? SPECIAL_ORDER[t] ?? 500));
  list.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      pos(a.table) - pos(b.table) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.rule.localeCompare(b.rule) ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
}
