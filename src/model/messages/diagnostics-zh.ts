import type { Diagnostic } from '../diagnostic.js';

// Chinese messages for parse diagnostics, rendered from the data (the reader never writes prose).

const TEMPLATES: Record<Diagnostic['code'], (d: Diagnostic) => string> = {
  'line.unplaced': (d) => `含数字的行未归入任何表格或文字：「${d.text}」`,
  'line.repeated': (d) => `同一行内容连续重复（提取错误），已忽略 ${d.detail?.dropped ?? ''} 次重复：「${d.text}」`,
  'line.markup': (d) => `去除了残留的 HTML 标记：「${d.text}」`,
  'table.no-header': (d) => `表格「${d.text}」未识别出表头，按位置读取`,
  'table.unknown-column': (d) => `表 ${d.table} 的列「${d.text}」没有对应的标准列名`,
  'table.row-shape': (d) => (d.detail?.realigned !== undefined ? `表 ${d.table} 的一行整体错位 ${d.detail.realigned} 列，已对齐：「${d.text}」` : `表 ${d.table} 中的数字「${d.text}」不在任何金额列（第${d.detail?.cell ?? '?'}格）`),
  'table.cell-text': (d) => `表 ${d.table ?? ''} 的金额位置出现非数字内容「${d.text}」`,
  'table.code-malformed': (d) => `表 ${d.table ?? ''} 的编码列出现 ${d.text?.length ?? '?'} 位数字「${d.text}」，不是 3、5、7 位的科目编码；按编码读取`,
  'table.unrecognised': (d) => `未能识别的表格「${d.text}」，暂记为 ${d.table}`,
  'table.duplicate': (d) => `表 ${d.table} 重复出现：「${d.text}」`,
  'amount.inexact': (d) => `金额「${d.text}」精度超过 1 分，已四舍五入`,
  'form.field-missing': (d) => `绩效目标表缺少「${d.text}」`,
  'form.indicator-shape': (d) => `绩效指标行有无法归位的单元格：「${d.text}」`,
  'form.unterminated': (d) => `绩效目标表「${d.text}」在指标之前中断`,
  'document.year-mismatch': (d) => `标题年度与预算年度不一致：「${d.text}」`,
  'document.no-title': () => '未找到封面标题（如“2024年度部门预算公开”）',
  'input.encoding': (d) => `文本编码为 ${d.text}，已转换`,
};

export function diagnosticMessage(d: Diagnostic): string {
  return TEMPLATES[d.code](d);
}
