import { tableTotal } from '../cli/summary.js';
import type { Disclosure } from '../model/disclosure.js';

// The one figure the library shows per document: the 收支总表's grand total when there is one, else
// the first table's total, else (绩效目标 documents) the sum of the forms' annual funds.

export interface DocumentTotal {
  label: string;
  fen: number;
  unit: string;
}

export function documentTotal(doc: Disclosure): DocumentTotal | null {
  const first = doc.tables.find((t) => t.key === 'summary' && t.status === 'present') ?? doc.tables.find((t) => t.status === 'present');
  if (first) {
    const t = tableTotal(first);
    if (t) return { label: `${first.key === 'summary' ? '' : `${first.title} `}${t.label}`, fen: t.fen, unit: first.unit ?? '万元' };
  }
  const annual = doc.forms.map((f) => (f.kind === 'project' ? f.funds.annual.total : f.budget.total)).filter((a) => a !== null);
  if (annual.length) return { label: '绩效目标年度资金合计', fen: annual.reduce((s, a) => s + a.fen, 0), unit: '元' };
  return null;
}
