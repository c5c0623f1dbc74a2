import type ExcelJS from 'exceljs';
import { formatFen } from '../../model/money.js';
import type { FormAmount, FundBlock, Indicator, IndicatorPeriod, ProjectForm } from '../../model/performance.js';
import { parseIndicatorValue } from '../../read/forms/indicator-value.js';
import type { PublishInputDraft } from '../atomic-input.js';
import type { CellReader } from './cells.js';
import { FORM_COLS, SHEET } from './layout.js';

// 绩效目标 and 绩效指标 sheets → project forms as the model holds them (amounts in 元, the indicator
// values parsed as the reader parses printed ones).

const col = (key: (typeof FORM_COLS)[number][0]): number => FORM_COLS.findIndex(([k]) => k === key) + 1;
const money = (fen: number): FormAmount => ({ fen, text: formatFen(fen, '元', fen % 100 === 0 ? 0 : 2, true) });

interface FormContext {
  year: number;
  entity: string;
  code: string | null;
  projects: NonNullable<PublishInputDraft['projects']>;
}

function indicatorsOf(ws: ExcelJS.Worksheet | undefined, cr: CellReader, project: string): Indicator[] {
  const out: Indicator[] = [];
  if (!ws) return out;
  for (let r = 2; r <= ws.rowCount; r++) {
    if (cr.text(ws, r, 1) !== project) continue;
    const base = { level1: cr.text(ws, r, 2) || null, level2: cr.text(ws, r, 3) || null, name: cr.text(ws, r, 4) };
    const periods: Array<[IndicatorPeriod, number]> = [
      ['implementation', 5],
      ['annual', 6],
    ];
    for (const [period, c] of periods) {
      const value = cr.text(ws, r, c);
      if (!value && !base.name) continue;
      out.push({ period, ...base, value, ...parseIndicatorValue(value), line: r });
    }
  }
  return out;
}

export function formsOf(wb: ExcelJS.Workbook, cr: CellReader, ctx: FormContext): ProjectForm[] {
  const ws = wb.getWorksheet(SHEET.forms);
  const ind = wb.getWorksheet(SHEET.indicators);
  const forms: ProjectForm[] = [];
  if (!ws) return forms;
  for (let r = 2; r <= ws.rowCount; r++) {
    const project = cr.text(ws, r, col('project'));
    if (!project) continue;
    const sources: FundBlock['sources'] = {};
    let annualTotal = 0;
    for (const k of ['central', 'provincial', 'city_county', 'self_raised', 'other'] as const) {
      const v = cr.amount(ws, r, col(k));
      sources[k] = v === null ? null : money(v);
      annualTotal += v ?? 0;
    }
    const impl = cr.amount(ws, r, col('implementation_total'));
    const text = (k: (typeof FORM_COLS)[number][0]): string | null => cr.text(ws, r, col(k)) || null;
    const p = ctx.projects.find((x) => x.name === project && !x.carryover);
    forms.push({
      kind: 'project',
      title: '项目支出绩效目标表',
      fiscal_year: ctx.year,
      project,
      department: { code: ctx.code, name: ctx.entity },
      unit: p?.unit ?? ctx.entity,
      attribute: text('attribute'),
      category: p?.category ?? null,
      term: text('term'),
      start_date: null,
      end_date: null,
      funds_unit: '元',
      funds: {
        implementation: { total: money(impl ?? annualTotal), sources: impl === null || impl === annualTotal ? sources : {} },
        annual: { total: money(annualTotal), sources },
      },
      texts: { overview: text('overview'), basis: text('basis'), necessity: text('necessity'), safeguards: text('safeguards'), plan: text('plan') },
      goals: { implementation: text('goal_implementation'), annual: text('goal_annual') },
      indicators: indicatorsOf(ind, cr, project),
      filled_at: null,
      line: r,
      end_line: r,
    });
  }
  return forms;
}
