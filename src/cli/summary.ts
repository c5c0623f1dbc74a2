import type { Disclosure, Table } from '../model/disclosure.js';
import { formatFen } from '../model/money.js';
import { tableZh } from '../model/table-keys.js';
import { diagnosticMessage } from '../model/messages/diagnostics-zh.js';

// The human summary printed by `yusuan parse`.

const KIND_ZH = { budget: '预算公开', final: '决算公开', performance: '绩效目标' } as const;
const LEVEL_ZH = { department: '部门', unit: '单位' } as const;

/** The figure that sums the table up: its total row (grand total on two-sided tables). */
export function tableTotal(t: Table): { label: string; fen: number } | null {
  const pick =
    t.rows.find((r) => r.role === 'income_grand_total') ??
    t.rows.find((r) => r.kind === 'total') ??
    t.rows.find((r) => r.kind === 'department') ??
    null;
  if (!pick) return null;
  const col = t.columns.find((c) => c.side === pick.side && pick.cells[c.key]);
  if (!col) return null;
  return { label: pick.name, fen: pick.cells[col.key]!.fen };
}

export function summaryText(doc: Disclosure, maxDiagnostics = 20): string {
  const out: string[] = [];
  out.push(`${doc.source.name}`);
  out.push(
    `  ${doc.entity ?? '（未识别单位）'} · ${doc.fiscal_year ?? '？'}年 · ${LEVEL_ZH[doc.level]} · ${KIND_ZH[doc.kind]} · 模板 ${doc.template} · id ${doc.id}`,
  );
  if (doc.tables.length) {
    out.push(`  表格 ${doc.tables.length}:`);
    for (const t of doc.tables) {
      const total = tableTotal(t);
      const status = t.status === 'empty' ? '空表（本表无数据）' : `${t.rows.length} 行`;
      const tot = total ? `  ${total.label} ${formatFen(total.fen, t.unit ?? '万元', 2)} ${t.unit ?? ''}` : '';
      out.push(`    ${(t.number ?? '').padEnd(8)} ${t.key.padEnd(20)} ${tableZh(t.key).padEnd(16)} ${status}${tot}  (置信度 ${t.confidence.toFixed(2)})`);
    }
  }
  const projectForms = doc.forms.filter((f) => f.kind === 'project').length;
  const deptForms = doc.forms.length - projectForms;
  const indicators = doc.forms.reduce((s, f) => s + f.indicators.length, 0);
  if (doc.forms.length) out.push(`  绩效目标表 ${projectForms} 个项目${deptForms ? ` + ${deptForms} 个部门整体` : ''}，指标 ${indicators} 条`);
  if (doc.sections.length || doc.glossary.length) out.push(`  情况说明 ${doc.sections.length} 节 · 名词解释 ${doc.glossary.length} 条 · 概况 ${doc.overview.length} 节`);
  const diags = doc.diagnostics.filter((d) => d.severity !== 'info');
  out.push(`  诊断 ${doc.diagnostics.length} 条（警告 ${diags.length}）`);
  for (const d of diags.slice(0, maxDiagnostics)) out.push(`    ${d.line !== null ? `第${d.line}行 ` : ''}${diagnosticMessage(d)}`);
  if (diags.length > maxDiagnostics) out.push(`    … 另有 ${diags.length - maxDiagnostics} 条（--json 查看全部）`);
  return `${out.join('\n')}\n`;
}
