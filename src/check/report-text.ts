import type { CheckResult, Finding, Severity } from './finding.js';
import { detailZh, hintZh, locationZh } from './messages-zh.js';

// Human report of `yusuan check`, like a compiler's: FILE:LINE, severity and rule, where (table, row,
// column), what (expected, actual, difference) and a hint; grouped by severity, a summary line per file.
// Colour only when asked (the CLI asks on a TTY).

export interface TextOptions {
  color?: boolean;
}

const ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const COLOR: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

export function summaryLineZh(name: string, r: CheckResult): string {
  const s = r.summary;
  return `${name}: ${s.error} 个错误，${s.warning} 个警告，${s.info} 条提示`;
}

export function findingText(file: string, f: Finding, color = false): string {
  const paint = (code: string, s: string) => (color ? `${code}${s}${RESET}` : s);
  const head = `${file}${f.line !== null ? `:${f.line}` : ''}: ${paint(COLOR[f.severity] + BOLD, ZH[f.severity])}[${f.rule}] ${locationZh(f)}`;
  const lines = [head, `    ${detailZh(f)}`];
  const hint = hintZh(f);
  if (hint) lines.push(paint(DIM, `    提示：${hint}`));
  return lines.join('\n');
}

export function reportText(file: string, r: CheckResult, opts: TextOptions = {}): string {
  const color = opts.color === true;
  const out: string[] = [];
  for (const sev of ['error', 'warning', 'info'] as const) {
    const list = r.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    const title = `${ZH[sev]}（${list.length}）`;
    out.push(color ? `${COLOR[sev]}${BOLD}${title}${RESET}` : title);
    for (const f of list) out.push(findingText(file, f, color));
    out.push('');
  }
  out.push(summaryLineZh(file, r));
  return `${out.join('\n')}\n`;
}

export function totalLineZh(results: readonly CheckResult[], unreadable: number): string {
  const t = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const k of ['error', 'warning', 'info'] as const) t[k] += r.summary[k];
  const bad = unreadable ? `，${unreadable} 个文件无法读取` : '';
  return `合计 ${results.length + unreadable} 个文件：${t.error} 个错误，${t.warning} 个警告，${t.info} 条提示${bad}`;
}
