import { departmentEconCode } from '../model/catalog/economic-codes.js';
import { functionClassName } from '../model/catalog/function-classes.js';
import { formatFen } from '../model/money.js';
import type { Finding } from '../check/finding.js';
import { econKind } from './derive/basic-econ.js';
import { FISCAL_SOURCES, SOURCE_KEYS, sumSources, type PublishInput, type SourceKey } from './atomic-input.js';

// The entered figures must agree where two tables will show the same money: 基本支出 by function code
// and by economic item, 项目支出 by function code and by project, fund income and its spending. These
// are the input's own contradictions, found before any table is drawn (rule ids `input.*`), in the
// checker's finding format. Amounts are exact, in 元.

const SOURCE_ZH: Record<SourceKey, string> = {
  general_public: '一般公共预算',
  gov_fund: '政府性基金预算',
  soe_capital: '国有资本经营预算',
  special_account: '财政专户管理资金',
  unit_funds: '单位资金',
};

const yuan = (fen: number): string => formatFen(fen, '元', 2);

function issue(rule: string, severity: Finding['severity'], row: string | null, message: string, expected?: number, actual?: number): Finding {
  const money = expected !== undefined && actual !== undefined;
  return {
    rule,
    severity,
    table: 'input',
    row,
    column: null,
    expected: money ? yuan(expected) : null,
    actual: money ? yuan(actual) : null,
    difference: money ? yuan(actual - expected) : null,
    unit: money ? '元' : null,
    message,
    line: null,
  };
}

function functionIssues(input: PublishInput, out: Finding[]): void {
  const codes = input.functions.map((f) => f.code);
  for (const code of new Set(codes)) {
    if (codes.some((c) => c !== code && c.startsWith(code))) {
      out.push(issue('input.function-nesting', 'error', code, `功能科目 ${code} 既填了金额，又有下级科目 ${codes.find((c) => c !== code && c.startsWith(code))} 填了金额：金额只能填在最末级科目上`));
    }
    for (const len of [5, 7]) {
      if (code.length < len) continue;
      const c = code.slice(0, len);
      if (!input.function_names[c]) out.push(issue('input.function-name', 'error', c, `功能科目 ${c} 没有名称：请在科目名称表中填写`));
    }
    if (!functionClassName(code.slice(0, 3)) && !input.function_names[code.slice(0, 3)]) {
      out.push(issue('input.function-name', 'error', code.slice(0, 3), `功能分类“类”级科目 ${code.slice(0, 3)} 不在科目目录中，也没有填写名称`));
    }
  }
}

function sumBy(lines: ReadonlyArray<Partial<Record<SourceKey, number>>>, s: SourceKey): number {
  let t = 0;
  for (const l of lines) t += l[s] ?? 0;
  return t;
}

export function validateInput(input: PublishInput): Finding[] {
  const out: Finding[] = [];
  functionIssues(input, out);
  const fx = input.functions;
  // 基本支出 (一般公共预算): by function code = by economic item.
  const basicGp = sumBy(fx.map((f) => f.basic), 'general_public');
  const econ = input.basic_econ.reduce((s, e) => s + e.amount, 0);
  if (econ !== basicGp) {
    out.push(issue('input.basic-econ', 'error', 'general_public', `一般公共预算基本支出按功能科目合计 ${yuan(basicGp)} 元，按经济科目合计 ${yuan(econ)} 元，两者应相等`, basicGp, econ));
  }
  for (const e of input.basic_econ) {
    if (!departmentEconCode(e.department)) out.push(issue('input.econ-name', 'warning', e.department, `部门经济科目“${e.department}”不在经济分类目录中，请核对名称`));
  }
  // 项目支出: by function code = by project, per fund source; this year's and carried over.
  const current = input.projects.filter((p) => !p.carryover);
  const carried = input.projects.filter((p) => p.carryover);
  for (const s of SOURCE_KEYS) {
    const byCode = sumBy(fx.map((f) => f.project), s);
    const byProject = sumBy(current.map((p) => p.amounts), s);
    if (byCode !== byProject) {
      out.push(issue('input.projects', 'error', s, `${SOURCE_ZH[s]}项目支出按功能科目合计 ${yuan(byCode)} 元，按项目合计 ${yuan(byProject)} 元，两者应相等`, byCode, byProject));
    }
  }
  for (const s of FISCAL_SOURCES) {
    const byCode = sumBy(fx.map((f) => f.carryover_project), s);
    const byProject = sumBy(carried.map((p) => p.amounts), s);
    if (byCode !== byProject) {
      out.push(issue('input.carryover-projects', 'error', s, `${SOURCE_ZH[s]}上年结转项目支出按功能科目合计 ${yuan(byCode)} 元，按结转项目合计 ${yuan(byProject)} 元，两者应相等`, byCode, byProject));
    }
  }
  // Where every project names its function code, the split must hold code by code.
  if (input.projects.length && input.projects.every((p) => p.function_code)) {
    for (const f of fx) {
      const mine = current.filter((p) => p.function_code === f.code);
      const a = sumSources(f.project);
      const b = mine.reduce((s, p) => s + sumSources(p.amounts), 0);
      if (a !== b) out.push(issue('input.project-code', 'error', f.code, `功能科目 ${f.code} 的项目支出 ${yuan(a)} 元，与归入该科目的项目合计 ${yuan(b)} 元不等`, a, b));
    }
  }
  for (const p of input.projects) {
    for (const [s, v] of Object.entries(p.amounts)) if ((v ?? 0) < 0) out.push(issue('input.negative', 'error', p.name, `项目“${p.name}”的${SOURCE_ZH[s as SourceKey]}金额为负数`));
  }
  // Fund income = what the fund pays out this year.
  const revenue = (lines: PublishInput['gov_fund_income'], s: SourceKey, rule: string, what: string): void => {
    const spent = sumBy(fx.map((f) => f.basic), s) + sumBy(fx.map((f) => f.project), s);
    const income = lines.reduce((t, l) => t + l.amount, 0);
    if (income !== spent && (income !== 0 || lines.length > 0 || spent !== 0)) {
      out.push(issue(rule, 'error', s, `${what}收入合计 ${yuan(income)} 元，与其当年支出 ${yuan(spent)} 元不等`, spent, income));
    }
  };
  revenue(input.gov_fund_income, 'gov_fund', 'input.gov-fund-income', '政府性基金预算');
  revenue(input.soe_income, 'soe_capital', 'input.soe-income', '国有资本经营预算');
  // 机关运行经费 is part of the 公用经费 of administrative units.
  const admin = input.admin_running.reduce((s, a) => s + (a.amounts.general_public ?? 0), 0);
  const publicUse = input.basic_econ.filter((e) => econKind(e, departmentEconCode(e.department)) === 'public_use').reduce((s, e) => s + e.amount, 0);
  if (admin > publicUse) {
    out.push(issue('input.admin-running', 'warning', 'general_public', `机关运行经费（一般公共预算）${yuan(admin)} 元超过公用经费 ${yuan(publicUse)} 元`, publicUse, admin));
  }
  if (input.level === 'department' && input.units.length) {
    const names = new Set(input.units.map((u) => u.name));
    for (const a of input.admin_running) if (!names.has(a.unit)) out.push(issue('input.unit', 'warning', a.unit, `机关运行经费中的单位“${a.unit}”不在所属单位名单中`));
    for (const p of input.projects) if (p.unit && !names.has(p.unit)) out.push(issue('input.unit', 'warning', p.unit, `项目“${p.name}”的实施单位“${p.unit}”不在所属单位名单中`));
  }
  return out;
}
