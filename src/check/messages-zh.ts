import { columnZh, tableZh } from '../model/table-keys.js';
import type { FindingData } from './finding.js';

// Chinese messages rendered from finding data only (rules never write prose): where, what was expected
// and why, what was found, the difference, and a short hint what to fix.

const SPECIAL_TABLE: Record<string, string> = { narrative: '情况说明', performance: '绩效目标表', document: '文档' };

const FIELD_ZH: Record<string, string> = {
  share: '占比', count: '数量', change_rate: '增减率', reason: '原因', title: '标题', toc: '目录', text: '正文',
  entity: '单位名称', indicators: '绩效指标', project: '项目名称', unit: '实施单位', department: '主管部门',
  department_code: '主管部门代码', fiscal_year: '年度', funds: '项目资金',
  'annual.total': '年度资金总额', 'implementation.total': '实施期资金总额', 'budget.total': '年度预算总额',
  central: '中央财政资金', provincial: '省级财政资金', city_county: '市县（区）财政资金', self_raised: '单位自筹',
  other: '其他资金', fiscal: '财政资金', fiscal_appropriation: '财政拨款', implementation: '实施期', annual: '年度',
};

/** A column of a printed table by its column name; a field of a form or statement by the field's name. */
function fieldZh(key: string, table: string | null = null): string {
  if (table !== null && !SPECIAL_TABLE[table] && columnZh(key) !== key) return columnZh(key);
  if (FIELD_ZH[key]) return FIELD_ZH[key];
  const dot = key.indexOf('.');
  if (dot > 0) return `${FIELD_ZH[key.slice(0, dot)] ?? key.slice(0, dot)}${FIELD_ZH[key.slice(dot + 1)] ?? columnZh(key.slice(dot + 1))}`;
  return columnZh(key);
}

const p = (f: FindingData, k: string): string => {
  const v = f.params?.[k];
  return v === undefined ? '' : String(v);
};

export function locationZh(f: FindingData): string {
  const table = f.table ?? 'document';
  const parts: string[] = [SPECIAL_TABLE[table] ?? tableZh(table)];
  const name = p(f, 'name');
  if (table === 'performance') {
    if (f.row) parts.push(`「${f.row}」${p(f, 'unit_name') ? `（${p(f, 'unit_name')}）` : ''}`);
  } else if (f.row) {
    parts.push(/^\d+$/.test(f.row) && name ? `${f.row}「${name}」` : `「${f.row}」`);
  }
  if (f.column) parts.push(`「${fieldZh(f.column, table)}」`);
  return parts.join(' ');
}

const PARTS_ZH = (list: string, table: string | null) => list.split(/[+,]/).filter(Boolean).map((k) => fieldZh(k, table)).join(' + ');

/** Why the expected figure is what it is. */
function basis(f: FindingData): string {
  const other = p(f, 'other') ? tableZh(p(f, 'other')) : '';
  const otherRow = p(f, 'other_row');
  switch (f.rule) {
    case 'table.hierarchy-sum': return '下级科目之和';
    case 'table.project-tree': return p(f, 'level') === 'department' ? '各单位之和' : '各项目之和';
    case 'table.total-row': return '各项之和';
    case 'table.column-sum':
    case 'table.basic-project':
    case 'table.personnel-public': return PARTS_ZH(p(f, 'parts'), f.table);
    case 'table.three-public': return p(f, 'relation_kind') === 'vehicle' ? '公务用车购置费 + 公务用车运行维护费' : '因公出国（境）费 + 公务接待费 + 公务用车购置及运行费';
    case 'table.balance': return ({ 'income-current': '各项收入之和', 'income-grand': '本年收入合计 + 上年结转', 'carryover-kinds': '上年结转各项之和', 'expense-current': '各功能类支出之和', 'expense-grand': '本年支出合计 + 年终结转', balance: '支出总计' } as Record<string, string>)[p(f, 'relation_kind')] ?? '';
    case 'cross.income-expense': return '收入总表同科目的合计 + 上年结转';
    case 'cross.gpb-income': return `收入总表同科目的${columnZh(p(f, 'fund') || 'general_public')}`;
    case 'cross.gpb-expense': return '支出总表同科目同列';
    case 'cross.expense-projects': return '项目支出表（本年预算）合计 + 项目支出表（上年结转）合计';
    case 'cross.carryover-projects': return '收支总表的上年结转';
    case 'cross.gpb-basic-econ': return '一般公共预算支出表合计行的基本支出';
    case 'cross.gpb-projects': return '一般公共预算支出表合计行的项目支出';
    case 'cross.fiscal-funds': return p(f, 'other') === 'fiscal_summary' && f.column !== null && !/income/.test(f.table ?? '') ? `${other}中该类资金的数` : `${other}中该类资金的数`;
    case 'cross.three-public-econ': return p(f, 'more') ? '基本支出经济科目表中的对应科目与同名项目之和；多出部分可能是其他名称项目中的该项支出' : '基本支出经济科目表中的对应科目与同名项目之和';
    case 'cross.admin-running': return '一般公共预算基本支出的公用经费合计';
    case 'narrative.amount': return `表中的数：${other}${otherRow ? `「${otherRow}」` : ''}`;
    case 'narrative.breakdown': return p(f, 'kind') === 'restated' ? `同一小节另一处所述「${otherRow}」` : `所列 ${p(f, 'parts')} 个分项之和`;
    case 'narrative.procurement': return '货物、工程、服务采购预算之和';
    case 'narrative.project-amount': return '项目支出表中同名项目的金额';
    case 'performance.funds-table': return `${other}「${p(f, 'row_name')}」${p(f, 'row_amount')} 万元`;
    case 'performance.funds-sources': return PARTS_ZH(p(f, 'parts'), f.table);
    case 'performance.funds-periods': return '实施期资金';
    case 'performance.department-form': return '收支总表的本年收入合计';
    default: return other ? `${other}${otherRow ? `「${otherRow}」` : ''}的对应数` : '';
  }
}

const HINT: Record<string, string> = {
  'table.hierarchy-sum': '核对该科目与其下级科目的金额，改正录错的一方。',
  'table.project-tree': '核对该行与其下各行的金额。',
  'table.total-row': '核对合计行与各项金额。',
  'table.column-sum': '核对该行合计与各资金来源列。',
  'table.basic-project': '核对该行的基本支出、项目支出与合计。',
  'table.personnel-public': '核对该行的人员经费、公用经费与合计。',
  'table.three-public': '核对“三公”经费各项与合计。',
  'table.balance': '核对收支总表的合计、总计和上年结转。',
  'cross.summary-income': '两表应印同一个数，核对后统一。',
  'cross.summary-expense': '两表应印同一个数，核对后统一。',
  'cross.income-expense': '核对该科目在收入总表和支出总表中的金额。',
  'cross.gpb-income': '核对该科目的同一类资金在两表中是否一致。',
  'cross.gpb-expense': '一般公共预算是支出总表的一部分，核对该科目的分列。',
  'cross.gpb-basic-econ': '两表是同一笔基本支出的两种分类，合计应相同。',
  'cross.gpb-projects': '两表是同一批项目支出，核对项目表或支出表。',
  'cross.expense-projects': '核对两张项目支出表是否完整、支出总表项目支出是否正确。',
  'cross.carryover-projects': '上年结转项目应逐项列入上年结转项目支出表。',
  'cross.fiscal-summary': '核对财政拨款收支总表与收支总表的对应数。',
  'cross.fiscal-funds': '核对各类预算表与财政拨款收支总表。',
  'cross.three-public-econ': '核对“三公”经费与经济科目表、相关项目。',
  'cross.admin-running': '机关运行经费属于公用经费，核对两表。',
  'document.missing-table': '按模板补充公开该表；确无数据的表也应印出并注明“本表无数据”。',
  'document.empty-table': '补充该表的内容，或更正其他表中的数字。',
  'document.year': '统一为预算年度。',
  'document.unit': '注明金额单位并统一各表单位。',
  'code.structure': '核对科目编码及其上级科目。',
  'code.names': '同一编码应使用同一（现行）科目名称。',
  'narrative.amount': '更正说明中的金额或表中的数。',
  'narrative.share': '按表中数字重新计算占比。',
  'narrative.count': '核对说明中的数量与表格。',
  'narrative.breakdown': '核对总数与各分项。',
  'narrative.procurement': '核对政府采购总额与货物、工程、服务三项。',
  'narrative.yoy': '核对增减额与增减率。',
  'narrative.yoy-reason': '补充说明增减变动的原因。',
  'narrative.project-amount': '核对说明中点名项目的金额。',
  'performance.match': '统一绩效目标表与项目支出表中的项目名称和单位名称。',
  'performance.funds-table': '核对绩效目标表年度资金与项目支出表。',
  'performance.funds-sources': '核对资金总额与各资金来源。',
  'performance.funds-periods': '年度资金是实施期资金的一部分，核对两者。',
  'performance.forms-count': '附齐公开的项目绩效目标表，或更正说明中的个数。',
  'performance.form-entity': '核对绩效目标表的主管部门、实施单位。',
  'performance.department-form': '核对部门整体绩效目标表的年度预算。',
  'performance.levels': '按指标体系补齐缺少的指标层级。',
  'performance.indicator-values': '改为可衡量的指标值（数值、时间节点或明确标准）。',
  'performance.indicator-duplicates': '删除重复的指标行，补全指标名称。',
  'performance.period-sets': '两期指标不同时说明理由。',
  'hygiene.entity-name': '统一单位名称。',
  'hygiene.template-leftover': '替换模板占位内容。',
  'hygiene.decimals': '金额保留两位小数。',
};

export function hintZh(f: FindingData): string {
  if (p(f, 'kind') === 'rounding') return '';
  return HINT[f.rule] ?? '';
}

function unitText(f: FindingData): string {
  return f.unit ? ` ${f.unit}` : '';
}

/** Where another table or the 说明 shows the money an absent table would list. */
function evidenceZh(f: FindingData): string {
  const t = p(f, 'evidence_table');
  const amount = p(f, 'evidence_amount');
  const unit = /[元]$/.test(amount) ? '' : unitText(f);
  return `${SPECIAL_TABLE[t] ?? tableZh(t)}「${p(f, 'evidence_row')}」为 ${amount}${unit}`;
}

/** The finding itself, without location and hint. */
export function detailZh(f: FindingData): string {
  const kind = p(f, 'kind');
  const b = basis(f);
  const because = b ? `（${b}）` : '';
  if (kind === 'rounding') return `与${b || '对应数'}相差 ${f.difference}${unitText(f)}，在四舍五入允许的尾差范围内（应为 ${f.expected}，实为 ${f.actual}）`;
  if (kind === 'culprit') {
    const n = p(f, 'checks');
    const cols = p(f, 'columns') ? `（同一行 ${p(f, 'columns').split(',').map((k) => fieldZh(k, f.table)).join('、')} 各列）` : '';
    const group = p(f, 'figures') ? `（本表另有 ${Number(p(f, 'figures')) - 1} 个数与之一致，同样与其他表不符）` : '';
    const chain = p(f, 'chain') ? '；本表下级各行随之相差同一数额，表内自身平衡而与其他表不符' : '';
    const what = n === '1' && p(f, 'rule_title') ? `这一个数使「${p(f, 'rule_title')}」不成立，相关的其他数彼此一致` : `这一个数使 ${n} 项核对不符`;
    const also = p(f, 'corroborated') ? '；两项核对各自指向同一个数' : '';
    return `应为 ${f.expected}${unitText(f)}，实为 ${f.actual}${unitText(f)}，差额 ${f.difference}${unitText(f)}${cols}${group}${chain}；${what}${also}${f.related?.length ? `（另见 ${f.related.join('、')}）` : ''}`;
  }
  switch (f.rule) {
    case 'document.missing-table': return `缺少「${tableZh(f.table ?? '')}」（${p(f, 'template')}要求公开）${p(f, 'evidence_table') ? `，而${evidenceZh(f)}` : ''}`;
    case 'document.empty-table': return `${p(f, 'status') === 'missing' ? '未公开' : '印为空表（本表无数据）'}，但${evidenceZh(f)}`;
    case 'document.year': return `${p(f, 'where')}${Number(p(f, 'entries')) > 1 ? `（${p(f, 'entries')} 条）` : ''}的年度为 ${f.actual} 年，预算年度为 ${f.expected} 年`;
    case 'document.unit': return p(f, 'kind') === 'missing' ? `未注明金额单位（其他表为 ${f.expected}）` : `金额单位为 ${f.actual}，其他表为 ${f.expected}`;
    case 'code.structure': {
      const k = p(f, 'kind');
      if (k === 'length') return `编码 ${f.row} 为 ${p(f, 'length') || f.actual} 位，功能分类编码应为 3、5 或 7 位${/^\d+$/.test(f.expected ?? '') ? `；其他表中同名科目「${p(f, 'name')}」的编码为 ${f.expected}` : ''}`;
      if (k === 'tables') return `${p(f, 'other')}中同名科目「${p(f, 'name')}」的编码为 ${f.expected}，本表为 ${f.actual}`;
      if (k === 'letters') return `编码「${f.actual}」含字母，应为 ${f.expected}`;
      if (k === 'prefix') {
        const around = [p(f, 'parent') ? `上级科目为 ${p(f, 'parent')}` : '', Number(p(f, 'children')) ? `其下 ${p(f, 'children')} 个科目以 ${f.expected} 开头` : ''].filter(Boolean).join('，');
        const also = p(f, 'also') ? `；${p(f, 'also')}中同样印为 ${f.actual}` : '';
        return `编码 ${f.actual} 与上下级科目不符（${around}），应为 ${f.expected}${also}`;
      }
      if (k === 'level-skipped') return `表中没有款级（5 位）科目，项级科目直接列在类级之下`;
      if (k === 'parent-missing') return `编码 ${f.row} 的上级科目 ${f.expected} 未列出`;
      return `编码 ${f.row} 未列在其上级科目 ${f.expected} 之下（前一上级为 ${f.actual ?? '无'}）`;
    }
    case 'code.names': return p(f, 'kind') === 'catalog' ? `编码 ${f.row} 的名称为「${f.actual}」，科目表中该编码为「${f.expected}」（「${f.actual}」是 ${p(f, 'other_code')} 的名称）` : `编码 ${f.row} 名为「${f.actual}」，${tableZh(p(f, 'other'))}中为「${f.expected}」`;
    case 'hygiene.entity-name': return p(f, 'where') === 'narrative' ? `说明中的单位名称为「${f.actual}」，封面为「${f.expected}」` : `${p(f, 'tables')} 张表的表头单位名称为「${f.actual}」，封面为「${f.expected}」`;
    case 'hygiene.template-leftover': return `残留模板占位内容「${p(f, 'placeholder')}」：…${f.actual}…`;
    case 'hygiene.decimals': return `金额「${f.actual}」超过两位小数`;
    case 'narrative.share': {
      const amb = p(f, 'ambiguous_whole') ? '；单位公开中“部门（单位）”的总额可能指未在本文件列出的主管部门总额，无法确认' : '';
      return `说明为 ${f.actual}%，按 ${p(f, 'numerator')} ÷ ${p(f, 'denominator')}（${tableZh(p(f, 'denominator_table'))}${p(f, 'denominator_name') ? `「${p(f, 'denominator_name')}」` : ''}）四舍五入应为 ${f.expected}%${amb}`;
    }
    case 'narrative.count': return `说明为 ${f.actual} ${f.unit}，${tableZh(p(f, 'other'))}中为 ${f.expected} ${f.unit}`;
    case 'narrative.yoy': return `增减额 ${p(f, 'change')}（本年 ${p(f, 'subject')}）对应的增减率应为 ${f.expected}%，说明为 ${f.actual}%`;
    case 'narrative.yoy-reason': return `说明了与上年相比的增减（${f.actual}），但未说明原因`;
    case 'performance.match': {
      const k = p(f, 'kind');
      if (k === 'unmatched') return `项目支出表中找不到该项目（实施单位「${p(f, 'form_unit')}」）`;
      if (k === 'unit') return `实施单位「${f.actual}」与项目支出表中的单位「${f.expected}」不同（项目「${p(f, 'row_name')}」，第 ${p(f, 'row_line')} 行）`;
      return `项目名称与项目支出表「${f.expected}」（${p(f, 'row_unit')}，第 ${p(f, 'row_line')} 行）相差 ${f.difference} 个字，按同单位同金额对应${p(f, 'unit_differs') ? '，且实施单位名称不同' : ''}`;
    }
    case 'performance.forms-count': return `说明公开项目绩效目标 ${f.expected} ${f.unit}，文档附 ${f.actual} 张（合计年度资金 ${p(f, 'forms_amount')} 万元）`;
    case 'performance.form-entity': return `为「${f.actual}」，本公开为「${f.expected}」`;
    case 'performance.levels': return `缺少 ${f.actual}`;
    case 'performance.indicator-values': return `${Number(p(f, 'vague')) + Number(p(f, 'blank'))} 项指标值无法衡量或为空：${f.actual}`;
    case 'performance.indicator-duplicates': {
      const dup = Number(p(f, 'duplicates'));
      const un = Number(p(f, 'unnamed'));
      return [dup ? `重复指标 ${dup} 行${f.actual ? `：${f.actual}` : ''}` : '', un ? `无名称指标 ${un} 行` : ''].filter(Boolean).join('；');
    }
    case 'performance.period-sets': return `实施期独有指标 ${p(f, 'only_implementation')} 项${f.expected ? `（${f.expected}）` : ''}，年度独有指标 ${p(f, 'only_annual')} 项${f.actual ? `（${f.actual}）` : ''}`;
    default: break;
  }
  const rel = p(f, 'relation');
  if (f.expected !== null && f.actual !== null) {
    if (rel === 'le') return `应不超过 ${f.expected}${unitText(f)}${because}，实为 ${f.actual}${unitText(f)}，超出 ${f.difference}${unitText(f)}`;
    if (rel === 'ge') return `应不少于 ${f.expected}${unitText(f)}${because}，实为 ${f.actual}${unitText(f)}，相差 ${f.difference}${unitText(f)}`;
    return `应为 ${f.expected}${unitText(f)}${because}，实为 ${f.actual}${unitText(f)}，差额 ${f.difference}${unitText(f)}`;
  }
  return f.actual ?? '';
}

export function renderMessage(f: FindingData): string {
  const hint = hintZh(f);
  return `${locationZh(f)}：${detailZh(f)}。${hint}`.trim();
}
