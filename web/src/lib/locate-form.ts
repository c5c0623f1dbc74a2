import type { FindingInput } from '../../../src/server/api-types.js';
import type { Indicator } from '../../../src/model/performance.js';
import { fold } from '../../../src/text/fold.js';

// Where a finding about a 绩效目标 form sits on the form: indicator rows (named in the finding's
// expected/actual, as 名称「指标值」 or 名称×次数), a funds line (column annual.total, implementation.central
// …), or a printed field (project, unit, department). Findings are data; this reads their location.

export interface FormSpot {
  /** Indexes into the form's indicator list. */
  indicators: number[];
  /** The period whose indicators to show (the one the marked rows are in). */
  period: Indicator['period'] | null;
  /** A funds line: block (annual, implementation, budget) and source key (total, central …). */
  funds: { block: string; key: string } | null;
  /** A printed field of the form: project, unit, department, department_code. */
  field: string | null;
}

const FIELDS = new Set(['project', 'unit', 'department', 'department_code']);

/** Whether `name` stands in `text` as one item of a 、-separated list (followed by 「value」, ×n, 、 or the end). */
function listed(text: string, name: string, value: string): boolean {
  if (!name) return false;
  if (text.includes(`${name}「${value}」`)) return true;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at === 0 ? '、' : text[at - 1]!;
    const after = text[at + name.length] ?? '、';
    if (before === '、' && (after === '、' || after === '×' || after === '「')) return true;
  }
  return false;
}

export function locateInForm(f: FindingInput, indicators: readonly Indicator[]): FormSpot {
  const spot: FormSpot = { indicators: [], period: null, funds: null, field: null };
  const col = f.column ?? '';
  const funds = /^(annual|implementation|budget)\.(\w+)$/.exec(col);
  if (funds) {
    spot.funds = { block: funds[1]!, key: funds[2]! };
    return spot;
  }
  if (FIELDS.has(col)) {
    spot.field = col;
    return spot;
  }
  const period = col === 'annual' || col === 'implementation' ? col : null;
  const text = fold([f.actual, f.expected].filter(Boolean).join('、'));
  const unnamed = typeof f.params === 'object' && f.params !== null && Number((f.params as Record<string, unknown>).unnamed) > 0;
  indicators.forEach((ind, i) => {
    if (period && ind.period !== period) return;
    const name = fold(ind.name);
    if (listed(text, name, fold(ind.value)) || (unnamed && name === '')) spot.indicators.push(i);
  });
  // Shown: the period most of the named rows are in (a finding may name rows of both).
  const count = (p: Indicator['period']) => spot.indicators.filter((i) => indicators[i]!.period === p).length;
  spot.period = period ?? (spot.indicators.length === 0 ? null : count('annual') >= count('implementation') ? 'annual' : 'implementation');
  return spot;
}
