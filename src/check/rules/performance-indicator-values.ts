import { formName } from '../performance/form-figures.js';
import type { Rule } from '../rule.js';

// An indicator value a reviewer can measure against: a number with its comparison (≥90%, ≤2次, 2024年11月
// 底前), or a stated standard. Vague words (有效提高, 显著提升, 逐步改善, 长期) and blank values cannot be
// measured. Reported once per form, with the first few.

const VAGUE =
  /^(有效|显著|明显|大幅度?|逐步|逐年|进一步|持续|稳步|不断|切实|有力|较大|一定|基本|全面|积极|有限|充分|有所|普遍)?(提高|提升|改善|增强|加强|保障|落实|确保|维护|促进|推进|发挥|完善|降低|减少|好转|规范|下降|上升|改进|满足|实现|有序|及时有序)$|^(良好|较好|好|优|优良|高|较高|长期|及时|是|达标|合格|显著|明显|有效|完成|正常|稳定|提高|提升)$/;

export function isVague(value: string): boolean {
  const v = value.replace(/\s+/g, '');
  return !/\d/.test(v) && VAGUE.test(v);
}

export const performanceIndicatorValues: Rule = {
  id: 'performance.indicator-values',
  family: 'performance',
  severity: 'warning',
  title: '绩效指标值可衡量',
  description: '绩效指标值应可衡量（数值及比较符号、时间节点或明确标准）；“有效提高”“显著提升”“长期”之类的表述和空白指标值无法衡量。每张表汇总报告一次。',
  run(ctx, emit) {
    for (const f of ctx.doc.forms) {
      const vague: string[] = [];
      const blank: string[] = [];
      const seen = new Set<string>();
      for (const i of f.indicators) {
        if (!i.name.trim()) continue;
        // The two periods usually repeat an indicator (the 年度 name cut short): report it once.
        const key = `${i.name.slice(0, 6)}\u0000${i.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!i.value.trim()) blank.push(i.name);
        else if (isVague(i.value) || (i.op !== null && i.number === null)) vague.push(`${i.name}「${i.value}」`);
      }
      if (!vague.length && !blank.length) continue;
      emit.fact({
        table: 'performance',
        row: formName(f),
        column: 'indicators',
        expected: null,
        actual: [...vague, ...blank.map((b) => `${b}「」`)].slice(0, 4).join('、'),
        difference: null,
        unit: null,
        line: f.line,
        params: { vague: vague.length, blank: blank.length, unit_name: f.kind === 'project' ? (f.unit ?? '') : '' },
      });
    }
  },
};
