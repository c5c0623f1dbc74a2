import type { Diagnostic } from '../../model/diagnostic.js';
import { detectUnit, parseAmount, type MoneyUnit } from '../../model/money.js';
import type { FormAmount, FundBlock, FundSourceKey, ProjectForm } from '../../model/performance.js';
import { foldedCells, type SourceLine } from '../source-line.js';
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
  const cells = line.cells;
  const folded = foldedCells(line);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]!;
    if (v.length === 0) continue;
    const field = v.length > 40 ? null : fieldOfFolded(folded[i]!);
    if (field) { out.push({ col: i, text: v, field }); continue; }
    const lv = splitLabelValue(v);
    if (lv) {
      // The value printed in its label's cell stands in the label's column: columns are only ever
      // compared with the columns of labels.
      out.push({ col: i, text: v, field: lv.field });
      out.push({ col: i, text: lv.value, field: null });
      continue;
    }
    out.push({ col: i, text: v, field: null });
  }
  return out;
}

const TEXT_FIELDS: ReadonlySet<FieldKey> = new Set(['overview', 'basis', 'necessity', 'safeguards', 'plan']);
type TextField = 'overview' | 'basis' | 'necessity' | 'safeguards' | 'plan';
const YEAR_LINE = /^[(（]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$/;
const SIGNATURE = /^(负责人|经办人|联系电话|填报日期|财务负责人)/;

/**
 * What reading a form carries from line to line. The reading is split into small functions over this
 * state (rather than one long loop body) so that each is compiled quickly and on its own.
 */
interface FormState {
  form: ProjectForm;
  diagnostics: Diagnostic[];
  unit: MoneyUnit;
  /** Grid column where the 年度 half starts (from the totals line). */
  annualCol: number;
  goalsAnnualCol: number;
  last: FieldKey | null;
  layout: IndicatorLayout | null;
  indicators: IndicatorState | null;
  /** The signature line was read. */
  ended: boolean;
}

export function readProjectForm(title: SourceLine, body: readonly SourceLine[]): FormResult<ProjectForm> {
  const form: ProjectForm = {
    kind: 'project', title: title.text.replace(/^#+\s*/, ''), fiscal_year: yearOf(title.text), project: '',
    department: { code: null, name: null }, unit: null, attribute: null, category: null, term: null,
    start_date: null, end_date: null, funds_unit: '元',
    funds: { implementation: { total: null, sources: {} }, annual: { total: null, sources: {} } },
    texts: { overview: null, basis: null, necessity: null, safeguards: null, plan: null },
    goals: { implementation: null, annual: null }, indicators: [], filled_at: null,
    line: title.no, end_line: body[body.length - 1]?.no ?? title.no,
  };
  const st: FormState = {
    form, diagnostics: [], unit: '元', annualCol: Infinity, goalsAnnualCol: Infinity, last: null,
    layout: null, indicators: null, ended: false,
  };
  for (let i = 0; i < body.length; i++) readLine(st, body[i]!);
  const diagnostics = st.diagnostics;
  // Forms without a signature line (上海) end at the next form; a form is cut off when it never
  // reached its indicators.
  if (!st.ended && form.indicators.length === 0) diagnostics.push(diag('form.unterminated', 'warning', title, null, form.project || title.text));
  if (!form.project) diagnostics.push(diag('form.field-missing', 'warning', title, null, '项目名称'));
  return { form, diagnostics };
}

function readLine(st: FormState, line: SourceLine): void {
  const form = st.form;
  // Raw text: the patterns below allow both widths, and folding every form line would cost a
  // fifth of the form reading.
  const f = line.text;
  const y = YEAR_LINE.exec(f);
  if (y) { form.fiscal_year = Number(y[1]); return; }
  if (st.ended && /^\d{8,14}$/.test(f)) {
    form.filled_at ??= f; // the date wrapped onto the line after the signature
    return;
  }
  if (SIGNATURE.test(f)) {
    form.filled_at = filledAt(line);
    st.ended = true;
    return;
  }
  if (/一级指标/.test(f) && /(三级指标|指标值)/.test(f)) {
    st.layout = layoutFromHeader(line);
    st.indicators = newIndicatorState(st.layout);
    return;
  }
  // Once the indicator header is seen, every row up to the signature is an indicator row.
  if (st.layout) { readIndicators(st, line); return; }
  const tokens = tokenize(line);
  if (hasField(tokens, 'indicators') && /(产出|效益|满意度)指标/.test(f)) {
    st.layout = layoutFromHeader(null);
    st.indicators = newIndicatorState(st.layout);
    readIndicators(st, line);
    return;
  }
  // Goals: "总体目标 | 实施期 text | 年度 text", or (上海) a line of texts under "项目总目标 | 年度总体目标".
  if (hasField(tokens, 'goals_header') || hasField(tokens, 'goals_column') || hasField(tokens, 'annual_goal')) {
    for (const t of tokens) {
      if (t.field === 'goals_column' || t.field === 'annual_goal') { st.goalsAnnualCol = t.col; break; }
    }
    st.last = 'goals_header';
    return;
  }
  if (tokens.length && !hasLabel(tokens) && (st.last === 'goals_header' || st.last === 'goals')) {
    assignGoals(form, tokens, st.goalsAnnualCol);
    st.last = 'goals';
    return;
  }
  readFields(st, tokens, line);
}

/** The date on the signature line: after 填报日期, or a cell of digits alone. */
function filledAt(line: SourceLine): string | null {
  const m = /填报日期[:：]?\s*(\S+)?/.exec(line.text.replace(/\t/g, ' '));
  let after = m?.[1] ?? null;
  if (after === null) {
    for (const c of line.cells) {
      if (/^\d{8,14}$/.test(c)) { after = c; break; }
    }
  }
  return after && /\d/.test(after) ? after : null;
}

function readIndicators(st: FormState, line: SourceLine): void {
  const r = readIndicatorRow(line, st.layout!, st.indicators!);
  for (const ind of r.indicators) st.form.indicators.push(ind);
  if (r.unplaced.length) st.diagnostics.push(diag('form.indicator-shape', 'info', line, null, r.unplaced.join(' | ')));
}

function hasField(tokens: readonly Token[], field: FieldKey): boolean {
  for (const t of tokens) if (t.field === field) return true;
  return false;
}

function hasLabel(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.field !== null) return true;
  return false;
}

/** Labels and the values after them; text without a label continues the field before it. */
function readFields(st: FormState, tokens: readonly Token[], line: SourceLine): void {
  const form = st.form;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.field === null) {
      if (st.last && TEXT_FIELDS.has(st.last)) appendText(form, st.last as TextField, t.text);
      else if (st.last === 'project') form.project = form.project ? `${form.project}${t.text}` : t.text;
      continue;
    }
    const at = k;
    const values: Token[] = [];
    while (k + 1 < tokens.length && tokens[k + 1]!.field === null) values.push(tokens[++k]!);
    st.last = t.field;
    setField(st, tokens, at, values, line);
  }
}

function setField(st: FormState, tokens: readonly Token[], at: number, values: Token[], line: SourceLine): void {
  const form = st.form;
  const t = tokens[at]!;
  const field = t.field!;
  let text = '';
  for (const v of values) text += v.text;
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
      if (u) { st.unit = u; form.funds_unit = u; }
      // The funds label may share its line with the first totals.
      break;
    }
    case 'impl_total':
      form.funds.implementation.total = amount(values, st.unit, line, st.diagnostics);
      break;
    case 'annual_total':
      st.annualCol = Math.min(st.annualCol, t.col);
      form.funds.annual.total = amount(values, st.unit, line, st.diagnostics);
      break;
    case 'goals':
      assignGoals(form, values, st.goalsAnnualCol);
      break;
    case 'overview': case 'basis': case 'necessity': case 'safeguards': case 'plan':
      if (text) appendText(form, field, text);
      break;
    case 'filled_at': form.filled_at = text || null; break;
    default:
      if (field.startsWith('source:')) {
        const key = field.slice(7) as FundSourceKey;
        // A source printed twice on a line (实施期 | 年度) is told by order, a single one by its column.
        const twice = countField(tokens, field, tokens.length) > 1;
        const annual = twice ? countField(tokens, field, at + 1) > 1 : t.col >= st.annualCol || key === 'current_year' || key === 'carryover';
        const block: FundBlock = annual ? form.funds.annual : form.funds.implementation;
        block.sources[key] = amount(values, st.unit, line, st.diagnostics);
      }
  }
}

/** Tokens labelled `field` among the first `end`. */
function countField(tokens: readonly Token[], field: FieldKey, end: number): number {
  let n = 0;
  for (let k = 0; k < end; k++) if (tokens[k]!.field === field) n++;
  return n;
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

function appendText(form: ProjectForm, key: TextField, text: string): void {
  const cur = form.texts[key];
  form.texts[key] = cur ? `${cur}${text}` : text;
}

function assignGoals(form: ProjectForm, tokens: readonly Token[], annualCol: number): void {
  const texts: Token[] = [];
  for (const t of tokens) if (t.field === null) texts.push(t);
  if (texts.length >= 2) {
    form.goals.implementation = join(form.goals.implementation, texts[0]!.text);
    let rest = '';
    for (let k = 1; k < texts.length; k++) rest += texts[k]!.text;
    form.goals.annual = join(form.goals.annual, rest);
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
