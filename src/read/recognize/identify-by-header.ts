import type { Table } from '../../model/disclosure.js';
import { fold } from '../../text/fold.js';
import { catalogCode } from './row-meaning.js';
import type { Template } from '../templates/registry.js';

// A table whose title is missing or unrecognised is identified by what it prints: its column keys,
// sides, row labels and codes — and by where it stands among the tables that were recognised (templates
// print their tables in a fixed order). The result carries a confidence below that of a title match.

export interface HeaderMatch {
  key: string;
  confidence: number;
}

interface Evidence {
  cols: Set<string>;
  twoSided: boolean;
  headers: string;
  functionCodes: number;
  econNames: number;
  rows: number;
  names: string;
}

function evidence(t: Table): Evidence {
  const cols = new Set(t.columns.map((c) => c.key).filter((k) => !/^col\d/.test(k)));
  let functionCodes = 0;
  let econNames = 0;
  for (const r of t.rows) {
    if (r.code && /^2\d{2}(\d{2}){0,2}$/.test(r.code) && r.code_source === 'printed') functionCodes++;
    if (catalogCode(r.name, 'econ')) econNames++;
  }
  return {
    cols,
    twoSided: t.columns.some((c) => c.side),
    headers: fold(t.columns.map((c) => c.header.join('')).join('|')),
    functionCodes,
    econNames,
    rows: t.rows.length,
    names: fold(t.rows.map((r) => r.name).join('|')),
  };
}

/** How well a table's evidence fits each key (0–1); keys absent here are not candidates. */
function fit(e: Evidence): Record<string, number> {
  const f: Record<string, number> = {};
  const has = (...k: string[]) => k.filter((x) => e.cols.has(x)).length / k.length;
  if (e.twoSided) {
    if (/国有资本/.test(e.headers)) f['soe'] = 0.8;
    f['summary'] = 0.4 + 0.4 * has('current_year', 'carryover');
    f['fiscal_summary'] = 0.4 + 0.4 * has('general_public', 'gov_fund');
    return f;
  }
  if (/因公出国|公务接待/.test(e.names)) f['three_public'] = 0.85;
  if (/部门合计|单位合计/.test(e.names) || /单位名称/.test(e.headers)) f['admin_running'] = 0.6;
  if (e.econNames * 2 >= e.rows && e.rows > 0) {
    f['gpb_basic_econ'] = 0.5 + 0.3 * has('personnel', 'public_use');
    f['fiscal_basic_econ'] = f['gpb_basic_econ'] - 0.05;
  }
  if (e.functionCodes > 0) {
    f['income'] = 0.3 + 0.5 * has('general_public', 'gov_fund', 'carryover');
    for (const k of ['expense', 'gpb_expense', 'gf_expense', 'fiscal_expense']) f[k] = 0.3 + 0.4 * has('basic', 'project');
    if (/政府性基金/.test(e.headers)) f['gf_income'] = 0.5;
  } else if (/项目名称|项目$/.test(e.headers.split('|')[0] ?? '') || e.cols.has('general_public')) {
    f['projects'] = 0.4 + 0.3 * has('general_public', 'special_account', 'unit_funds');
    f['projects_carryover'] = 0.4 + 0.3 * has('general_public') - 0.1 * has('special_account', 'unit_funds');
  }
  return f;
}

/**
 * The key of an untitled table, or null. `order` is the template's table order; `before` and `after`
 * the keys of the recognised tables printed around it.
 */
export function identifyByHeader(
  t: Table,
  present: ReadonlySet<string>,
  template: Template | undefined,
  before: string | null,
  after: string | null,
): HeaderMatch | null {
  const scores = fit(evidence(t));
  const order = template?.required ?? [];
  const lo = before ? order.indexOf(before) : -1;
  const hi = after ? order.indexOf(after) : order.length;
  let best: HeaderMatch | null = null;
  for (const [key, s] of Object.entries(scores)) {
    if (present.has(key)) continue;
    const at = order.indexOf(key);
    // Where it stands: between its recognised neighbours in the template's order.
    const placed = at >= 0 && at > lo && (hi < 0 || at < hi) ? 0.15 : at < 0 ? -0.2 : -0.1;
    const c = Math.min(0.9, s + placed);
    if (!best || c > best.confidence) best = { key, confidence: Math.round(c * 100) / 100 };
  }
  return best && best.confidence >= 0.5 ? best : null;
}
