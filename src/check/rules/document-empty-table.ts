import { formatFen } from '../../model/money.js';
import type { Figure } from '../figure.js';
import type { Rule } from '../rule.js';
import { EVIDENCE_TABLES, tableEvidence } from '../table-evidence.js';

// A table printed empty ("本表无数据") while other tables or the 情况说明 show the money it would list: the
// 上年结转 project table empty while the totals show 上年结转, 收支总表 empty while 收入总表 has a 合计, the
// 机关运行经费 table empty while the 说明 states 93.28万元 … A table not printed at all is
// document.missing-table's when the template requires it, this rule's otherwise. The finding stands for
// every failure reading the absent table's figures (they are 0 only because it is absent).

export const documentEmptyTable: Rule = {
  id: 'document.empty-table',
  family: 'document',
  severity: 'error',
  title: '空表与其他表的数字矛盾',
  description:
    '某表印为“本表无数据”（或没有印出而模板并不要求），而其他表或情况说明显示了它应列示的资金：如收支总表有上年结转而上年结转项目表为空，' +
    '收入总表、支出总表有合计而收支总表为空，情况说明列出机关运行经费而机关运行经费表为空。没有印出而模板要求公开的表由“缺少必须公开的表”报告，不重复报告。',
  run(ctx, emit) {
    const keys = ctx.template ? ctx.template.tables.map((s) => s.key) : [...ctx.doc.tables.map((t) => t.key), ...EVIDENCE_TABLES];
    for (const key of new Set(keys)) {
      if (ctx.present(key)) continue;
      const t = ctx.table(key);
      if (!t && (ctx.doc.kind !== 'budget' || ctx.requires(key))) continue;
      const found = tableEvidence(ctx, key);
      const f = found[0];
      if (!f) continue;
      emit.fact(
        { ...absenceData(key, f), line: t?.line ?? null, params: { status: t ? 'empty' : 'missing', ...evidenceParams(f) } },
        { figures: found, holds: (value) => found.every((e) => value(e) <= 0), covers: (p) => p.absentTable === key },
      );
    }
  },
};

/** Location and figures of a finding about an absent table, from the first piece of evidence. */
export function absenceData(key: string, f: Figure) {
  const unit = f.loc.unit ?? '万元';
  return { table: key, row: null, column: 'total', expected: formatFen(f.fen, unit, 2), actual: formatFen(0, unit, 2), difference: formatFen(-f.fen, unit, 2), unit: f.loc.unit };
}

export function evidenceParams(f: Figure): Record<string, string> {
  return { evidence_table: f.loc.table, evidence_row: f.loc.name ?? f.loc.row ?? '', evidence_column: f.loc.column ?? '', evidence_amount: f.text ?? '' };
}
