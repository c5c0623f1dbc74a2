import type { Diagnostic } from '../../model/diagnostic.js';
import { detectUnit, parseAmount, type MoneyUnit } from '../../model/money.js';
import type { DepartmentForm, FormAmount, FundSourceKey } from '../../model/performance.js';
import { fold } from '../../text/fold.js';
import { filled, type SourceLine } from '../source-line.js';
import { diag } from '../recognize/rows.js';
import { layoutFromHeader, newIndicatorState, readIndicatorRow, type IndicatorLayout, type IndicatorState } from './indicators.js';
import { tokenize, yearOf, type FormResult } from './project-form.js';
import type { FieldKey } from './labels.js';

// 部门整体支出绩效目标申报表 (山西 county variant, spec §4): department facts, 年度预算 by source and by
// 基本/项目, 年度重点任务 rows, 年度绩效目标 and indicator rows. Same label mechanism as project forms.

const YEAR_LINE = /^[(（]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$/;
const SIGNATURE = /^(负责人|经办人|联系电话|填报日期|财务负责人|填报人|部门负责人)/;

export function readDepartmentForm(title: SourceLine, body: readonly SourceLine[]): FormResult<DepartmentForm> {
  const diagnostics: Diagnostic[] = [];
  const form: DepartmentForm = {
    kind: 'department', title: title.text.replace(/^#+\s*/, ''), fiscal_year: yearOf(title.text), department: null,
    internal_divisions: null, budget_units: null, staffing: null, staff: null, duties: null, strategy: null,
    funds_unit: '万元', budget: { total: null, sources: {} }, tasks: [], annual_goal: null, indicators: [],
    line: title.no, end_line: body[body.length - 1]?.no ?? title.no,
  };
  let unit: MoneyUnit = '万元';
  let last: FieldKey | null = null;
  let layout: IndicatorLayout | null = null;
  let state: IndicatorState | null = null;
  for (const line of body) {
    // Raw text: the patterns below allow both widths, and folding every form line would cost a
    // fifth of the form reading.
    const f = line.text;
    const y = YEAR_LINE.exec(f);
    if (y) { form.fiscal_year = Number(y[1]); continue; }
    if (SIGNATURE.test(f)) break;
    const u = /[(（](万元|元)[)）]/.exec(line.text);
    if (u && last !== 'tasks') { unit = u[1] as MoneyUnit; form.funds_unit = unit; }
    if (/一级指标/.test(f) && /(三级指标|指标值)/.test(f)) {
      layout = layoutFromHeader(line);
      state = newIndicatorState(layout);
      continue;
    }
    if (layout) {
      const r = readIndicatorRow(line, layout, state!);
      form.indicators.push(...r.indicators);
      continue;
    }
    const tokens = tokenize(line);
    if (last === 'tasks' && tokens.every((t) => t.field === null || t.field === 'tasks')) {
      readTask(form, line, unit);
      continue;
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.field === null) {
        if (last === 'duties') form.duties = `${form.duties ?? ''}${t.text}`;
        else if (last === 'strategy') form.strategy = `${form.strategy ?? ''}${t.text}`;
        else if (last === 'annual_goal') form.annual_goal = `${form.annual_goal ?? ''}${t.text}`;
        continue;
      }
      const values: string[] = [];
      while (k + 1 < tokens.length && tokens[k + 1]!.field === null) values.push(tokens[++k]!.text);
      const text = values.join('');
      last = t.field;
      switch (t.field) {
        case 'dept_name': form.department = text || null; break;
        case 'internal_divisions': form.internal_divisions = int(text); break;
        case 'budget_units': form.budget_units = int(text); break;
        case 'staffing': form.staffing = int(text); break;
        case 'staff': form.staff = int(text); break;
        case 'staffing_staff': {
          const m = /(\d+)\D+(\d+)/.exec(text);
          if (m) { form.staffing = Number(m[1]); form.staff = Number(m[2]); }
          break;
        }
        case 'duties': if (text) form.duties = text; break;
        case 'strategy': if (text) form.strategy = text; break;
        case 'budget': {
          const du = detectUnit(t.text);
          if (du) { unit = du; form.funds_unit = du; }
          break;
        }
        case 'budget_total': case 'impl_total': case 'annual_total':
          form.budget.total = money(values[0], unit, line, diagnostics);
          break;
        case 'tasks':
          if (values.length && !/任务名称|主要内容|实施内容/.test(text)) readTask(form, line, unit);
          break;
        case 'annual_goal': case 'goals': if (text) form.annual_goal = text; break;
        default:
          if (t.field.startsWith('source:')) {
            const key = t.field.slice(7) as FundSourceKey;
            form.budget.sources[key] = money(values[0], unit, line, diagnostics);
          }
      }
    }
  }
  if (!form.department) diagnostics.push(diag('form.field-missing', 'warning', title, null, '部门名称'));
  return { form, diagnostics };
}

function int(text: string): number | null {
  const m = /\d+/.exec(text);
  return m ? Number(m[0]) : null;
}

function money(text: string | undefined, unit: MoneyUnit, line: SourceLine, diagnostics: Diagnostic[]): FormAmount | null {
  if (!text) return null;
  const a = parseAmount(text, unit);
  if (!a) {
    diagnostics.push(diag('table.cell-text', 'warning', line, null, text));
    return null;
  }
  return { fen: a.fen, text };
}

/** A 年度重点任务 row: name, description, and an amount where one is printed. */
function readTask(form: DepartmentForm, line: SourceLine, unit: MoneyUnit): void {
  const cells = filled(line).map((c) => c.v).filter((v) => !/^(年度重点任务|年度主要任务|重点工作任务)$/.test(fold(v)));
  if (cells.length === 0 || cells.every((v) => /任务名称|主要(实施)?内容|预算金额|绩效目标|资金|序号/.test(v))) return;
  let amountCell: FormAmount | null = null;
  const texts: string[] = [];
  for (const v of cells) {
    const a = parseAmount(v, unit);
    if (a && amountCell === null && texts.length > 0) amountCell = { fen: a.fen, text: v };
    else if (!/^\d{1,2}$/.test(v)) texts.push(v);
  }
  if (texts.length === 0) return;
  form.tasks.push({ name: texts[0]!, description: texts.slice(1).join('') || null, amount: amountCell, line: line.no });
}
