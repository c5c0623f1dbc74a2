import type { Diagnostic } from '../../model/diagnostic.js';
import { detectUnit, parseAmount, type MoneyUnit } from '../../model/money.js';
import type { FormAmount, FundBlock, FundSourceKey, ProjectForm } from '../../model/performance.js';
import { filled, foldedCells, type SourceLine } from '../source-line.js';
import { diag } from '../recognize/rows.js';
import { layoutFromHeader, newIndicatorState, readIndicatorRow, type IndicatorLayout, type IndicatorState } from './indicators.js';
import { fieldOfFolded, splitLabelValue, type FieldKey } from './labels.js';

// A project 绩效目标 form (山西 项目支出绩效目标表, 上海 财政项目支出绩效目标申报表) → ProjectForm.
// Fields are found by their printed labels wherever they sit in the line; values are the cells that
// follow a label up to the next label. Labels printed twice on one line (实施期 | 年度) are told apart
// by order, and single ones by which side of the 年度 column they stand.

export interface FormResult<T> {
  form: T;
  diagnostics: Diagnostic[];
}

type Token = { col: number; text: string; field: FieldKey | null };

export function tokenize(line: SourceLine): Token[] {
  const out: Token[] = [];
  const folded = foldedCells(line);
  for (const { i, v } of filled(line)) {
    const field = v.length > 40 ? null : fieldOfFolded(folded[i]!);
    if (field) { out.push({ col: i, text: v, field }); continue; }
    const lv = splitLabelValue(v);
    if (lv) {
      out.push({ col: i, text: v, field: lv.field });
      out.push({ col: i + 0.5, text: lv.value, field: null });
      continue;
    }
    out.push({ col: i, text: v, field: null });
  }
  return out;
}

const TEXT_FIELDS = ['overview', 'basis', 'necessity', 'safeguards', 'plan'] as const;
const YEAR_LINE = /^[(（]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$/;
const SIGNATURE = /^(负责人|经办人|联系电话|填报日期|财务负责人)/;

export function readProjectForm(title: SourceLine, body: readonly SourceLine[]): FormResult<ProjectForm> {
  const diagnostics: Diagnostic[] = [];
  const form: ProjectForm = {
    kind: 'project', title: title.text.replace(/^#+\s*/, ''), fiscal_year: yearOf(title.text), project: '',
    department: { code: null, name: null }, unit: null, attribute: null, category: null, term: null,
    start_date: null, end_date: null, funds_unit: '元',
    funds: { implementation: { total: null, sources: {} }, annual: { total: null, sources: {} } },
    texts: { overview: null, basis: null, necessity: null, safeguards: null, plan: null },
    goals: { implementation: null, annual: null }, indicators: [], filled_at: null,
    line: title.no, end_line: body[body.length - 1]?.no ?? title.no,
  };
  let unit: MoneyUnit = '元';
  let annualCol = Infinity; // grid column where the 年度 half starts (from the totals line)
  let goalsAnnualCol = Infinity;
  let last: FieldKey | null = null;
  let layout: IndicatorLayout | null = null;
  let state: IndicatorState | null = null;
  let ended = false;
  for (const line of body) {
    // Raw text: the patterns below allow both widths, and folding every form line would cost a
    // fifth of the form reading.
    const f = line.text;
    const y = YEAR_LINE.exec(f);
    if (y) { form.fiscal_year = Number(y[1]); continue; }
    if (ended && /^\d{8,14}$/.test(f)) {
      form.filled_at ??= f; // the date wrapped onto the line after the signature
      continue;
    }
    if (SIGNATURE.test(f)) {
      const m = /填报日期[:：]?\s*(\S+)?/.exec(line.text.replace(/\t/g, ' '));
      const after = m?.[1] ?? filled(line).map((c) => c.v).find((v) => /^\d{8,14}$/.test(v)) ?? null;
      form.filled_at = after && /\d/.test(after) ? after : null;
      ended = true;
      continue;
    }
    if (/一级指标/.test(f) && /(三级指标|指标值)/.test(f)) {
      layout = layoutFromHeader(line);
      state = newIndicatorState(layout);
      continue;
    }
    // Once the indicator header is seen, every row up to the signature is an indicator row.
    const tokens = layout ? [] : tokenize(line);
    if (layout || (tokens.some((t) => t.field === 'indicators') && /(产出|效益|满意度)指标/.test(f))) {
      if (!layout) { layout = layoutFromHeader(null); state = newIndicatorState(layout); }
      const r = readIndicatorRow(line, layout, state!);
      form.indicators.push(...r.indicators);
      if (r.unplaced.length) diagnostics.push(diag('form.indicator-shape', 'info', line, null, r.unplaced.join(' | ')));
      continue;
    }
    // Goals: "总体目标 | 实施期 text | 年度 text", or (上海) a line of texts under "项目总目标 | 年度总体目标".
    if (tokens.some((t) => t.field === 'goals_header' || t.field === 'goals_column' || t.field === 'annual_goal')) {
      const g = tokens.find((t) => t.field === 'goals_column' || t.field === 'annual_goal');
      if (g) goalsAnnualCol = g.col;
      last = 'goals_header';
      continue;
    }
    if (tokens.length && tokens.every((t) => t.field === null) && (last === 'goals_header' || last === 'goals')) {
      assignGoals(form, tokens, goalsAnnualCol);
      last = 'goals';
      continue;
    }
    let seen = new Map<FieldKey, number>();
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.field === null) {
        if (last && TEXT_FIELDS.includes(last as (typeof TEXT_FIELDS)[number])) appendText(form, last as (typeof TEXT_FIELDS)[number], t.text);
        else if (last === 'project') form.project = form.project ? `${form.project}${t.text}` : t.text;
        continue;
      }
      const field = t.field;
      const values: Token[] = [];
      while (k + 1 < tokens.length && tokens[k + 1]!.field === null) values.push(tokens[++k]!);
      const occurrence = (seen.get(field) ?? 0) + 1;
      seen.set(field, occurrence);
      last = field;
      const text = values.map((v) => v.text).join('');
      switch (field) {
        case 'project': form.project = form.project ? form.project : text; break;
        case 'department': {
          const m = /^(\d+)\s*[-－—–]\s*(.+)$/.exec(text);
          form.department = m ? { code: m[1]!, name: m[2]!.trim() } : { code: null, name: text || null };
          break;
        }
        case 'unit': form.unit = text || null; break;
        case 'attribute': form.attribute = text || null; break;
        case 'category': form.category = text || null; break;
        case 'term': form.term = text || null; break;
        case 'start_date': form.start_date = text || null; break;
        case 'end_date': form.end_date = text || null; break;
        case 'funds': {
          const u = detectUnit(t.text + text);
          if (u) { unit = u; form.funds_unit = u; }
          // The funds label may share its line with the first totals.
          break;
        }
        case 'impl_total':
          form.funds.implementation.total = amount(values, unit, line, diagnostics);
          break;
        case 'annual_total':
          annualCol = Math.min(annualCol, t.col);
          form.funds.annual.total = amount(values, unit, line, diagnostics);
          break;
        case 'goals':
          assignGoals(form, values, goalsAnnualCol);
          break;
        case 'overview': case 'basis': case 'necessity': case 'safeguards': case 'plan':
          if (text) appendText(form, field, text);
          break;
        case 'filled_at': form.filled_at = text || null; break;
        default:
          if (field.startsWith('source:')) {
            const key = field.slice(7) as FundSourceKey;
            const twice = tokens.filter((x) => x.field === field).length > 1;
            const annual = twice ? occurrence > 1 : t.col >= annualCol || key === 'current_year' || key === 'carryover';
            const block: FundBlock = annual ? form.funds.annual : form.funds.implementation;
            block.sources[key] = amount(values, unit, line, diagnostics);
          }
      }
    }
    seen = new Map();
  }
  // Forms without a signature line (上海) end at the next form; a form is cut off when it never
  // reached its indicators.
  if (!ended && form.indicators.length === 0) diagnostics.push(diag('form.unterminated', 'warning', title, null, form.project || title.text));
  if (!form.project) diagnostics.push(diag('form.field-missing', 'warning', title, null, '项目名称'));
  return { form, diagnostics };
}

function amount(values: Token[], unit: MoneyUnit, line: SourceLine, diagnostics: Diagnostic[]): FormAmount | null {
  const v = values[0];
  if (!v) return null;
  const a = parseAmount(v.text, unit);
  if (!a) {
    diagnostics.push(diag('table.cell-text', 'warning', line, null, v.text));
    return null;
  }
  return { fen: a.fen, text: v.text };
}

function appendText(form: ProjectForm, key: (typeof TEXT_FIELDS)[number], text: string): void {
  const cur = form.texts[key];
  form.texts[key] = cur ? `${cur}${text}` : text;
}

function assignGoals(form: ProjectForm, tokens: Token[], annualCol: number): void {
  const texts = tokens.filter((t) => t.field === null);
  if (texts.length >= 2) {
    form.goals.implementation = join(form.goals.implementation, texts[0]!.text);
    form.goals.annual = join(form.goals.annual, texts.slice(1).map((t) => t.text).join(''));
  } else if (texts.length === 1) {
    const t = texts[0]!;
    if (t.col >= annualCol) form.goals.annual = join(form.goals.annual, t.text);
    else form.goals.implementation = join(form.goals.implementation, t.text);
  }
}

function join(a: string | null, b: string): string {
  return a ? `${a}${b}` : b;
}

export function yearOf(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}
