import type { Rule } from '../rule.js';

// Placeholders of a template left in the published text ("XX", "××", "待填写", "（此处填写…）").

export const LEFTOVER = /(?<![A-Za-z])(?:XX+|xx+|××+|ＸＸ+|○○+)(?![A-Za-z])|待填写|待补充|请填写|请输入|此处填写|此处输入|\{\{[^}]*\}\}/;

export const hygieneTemplateLeftover: Rule = {
  id: 'hygiene.template-leftover',
  family: 'hygiene',
  severity: 'warning',
  title: '模板占位符未替换',
  description: '标题、表头单位名称、表格、情况说明和绩效目标表中残留模板占位内容，如“XX”“××”“待填写”“请填写”。',
  run(ctx, emit) {
    const doc = ctx.doc;
    const report = (table: string, row: string | null, text: string, line: number | null) => {
      const m = LEFTOVER.exec(text);
      if (!m) return;
      const at = Math.max(0, m.index - 12);
      emit.fact({ table, row, column: null, expected: null, actual: text.slice(at, m.index + m[0].length + 12), difference: null, unit: null, line, params: { placeholder: m[0] } });
    };
    report('document', null, doc.title ?? '', null);
    for (const s of [...doc.overview, ...doc.sections]) report('narrative', s.title, `${s.title}\n${s.text}`, s.line);
    for (const t of doc.tables) {
      report(t.key, null, t.title, t.line);
      if (t.entity) report(t.key, null, t.entity, t.line);
      for (const r of t.rows) report(t.key, r.code ?? r.path.join(' / '), r.name, r.line);
    }
    for (const f of doc.forms) {
      const name = f.kind === 'project' ? f.project : (f.department ?? f.title);
      const texts = f.kind === 'project' ? [f.project, f.unit ?? '', ...Object.values(f.texts), f.goals.implementation, f.goals.annual] : [f.duties, f.strategy, f.annual_goal];
      for (const x of texts) if (x) report('performance', name, x, f.line);
      for (const ind of f.indicators) report('performance', name, `${ind.name} ${ind.value}`, ind.line);
    }
  },
};
