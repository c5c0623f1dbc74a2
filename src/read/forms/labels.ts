import { fold } from '../../text/fold.js';
import type { FundSourceKey } from '../../model/performance.js';

// Printed labels of 绩效目标 forms (山西 项目支出绩效目标表, 上海 财政项目支出绩效目标申报表, 部门整体支出
// 绩效目标申报表), folded and without the trailing colon, → the field they introduce.

export type FieldKey =
  | 'project' | 'department' | 'unit' | 'attribute' | 'category' | 'term' | 'start_date' | 'end_date'
  | 'funds' | 'impl_total' | 'annual_total' | `source:${FundSourceKey}`
  | 'overview' | 'basis' | 'necessity' | 'safeguards' | 'plan'
  | 'goals_header' | 'goals' | 'indicators' | 'signature' | 'filled_at'
  // 部门整体
  | 'dept_name' | 'internal_divisions' | 'budget_units' | 'staffing' | 'staff' | 'staffing_staff' | 'duties' | 'strategy'
  | 'budget' | 'budget_total' | 'tasks' | 'annual_goal' | 'goals_column';

const LABELS: ReadonlyArray<readonly [RegExp, FieldKey]> = [
  [/^项目名称$/, 'project'],
  [/^(主管部门及代码|主管部门|主管部门名称|主管部门\(代码\)|主管单位)$/, 'department'],
  [/^(实施单位|项目实施单位|项目单位|实施单位名称)$/, 'unit'],
  [/^(项目属性|项目性质)$/, 'attribute'],
  [/^(项目类别|项目类型)$/, 'category'],
  [/^(项目期|项目周期|实施期限|项目实施期)$/, 'term'],
  [/^(计划开始日期|开始日期|开始时间|起始日期)$/, 'start_date'],
  [/^(计划完成日期|完成日期|结束日期|完成时间)$/, 'end_date'],
  [/^项目资金(\(.*\))?$/, 'funds'],
  [/^(实施期资金总额|实施资金总额|实施财政资金总额|实施期资金|项目资金总额|实施期总额|总额)$/, 'impl_total'],
  [/^(年度资金总额|年度资金申请总额|年度资金|年度总额|本年资金总额)$/, 'annual_total'],
  [/^(其中:?)?中央(财政)?(资金|补助)$/, 'source:central'],
  [/^(其中:?)?省级(财政)?(资金|补助)$/, 'source:provincial'],
  [/^(其中:?)?(市县\(区\)|市县|市级|县级|市\(县\)|县\(区\))(财政)?资金$/, 'source:city_county'],
  [/^(其中:?)?单位自筹(资金)?$/, 'source:self_raised'],
  [/^(其中:?)?其他资金$/, 'source:other'],
  [/^(其中:?)?财政资金$/, 'source:fiscal'],
  [/^(其中:?)?(当年财政拨款|本年财政拨款)$/, 'source:current_year'],
  [/^(其中:?)?(上年结转资金|上年结转)$/, 'source:carryover'],
  [/^项目概况$/, 'overview'],
  [/^(立项依据|项目立项依据)$/, 'basis'],
  [/^(项目设立必要性|设立必要性|项目必要性)$/, 'necessity'],
  [/^(保证项目实施的制度、措施|保障措施|保证项目实施的制度,措施|项目实施保障措施)$/, 'safeguards'],
  [/^(项目实施计划|实施计划)$/, 'plan'],
  [/^(实施期目标|项目总目标|项目绩效目标|项目绩效目标项目总目标)$/, 'goals_header'],
  [/^(总体目标|绩效目标)$/, 'goals'],
  [/^绩效指标$/, 'indicators'],
  [/^(负责人|经办人|联系电话|财务负责人|项目负责人)$/, 'signature'],
  [/^填报日期$/, 'filled_at'],
  [/^(部门名称|部门\(单位\)名称|单位名称|预算部门名称)$/, 'dept_name'],
  [/^(内设职能部门数|内设机构数|内设职能部门)$/, 'internal_divisions'],
  [/^(所属预算单位数|下属预算单位数|所属单位数)$/, 'budget_units'],
  [/^(编制数|编制人数|核定编制数)$/, 'staffing'],
  [/^(在职人数|实有人数|在职人员数)$/, 'staff'],
  [/^(编制数\/在职人数|编制数\/实有人数)$/, 'staffing_staff'],
  [/^(部门职责|部门职能|主要职责|职能职责)$/, 'duties'],
  [/^(战略目标|部门战略目标|中长期目标)$/, 'strategy'],
  [/^(年度预算|年度预算\(.*\)|部门年度预算|年度部门预算|年度收支预算)$/, 'budget'],
  [/^(年度预算总额|预算总额|收入总额|资金总额|年度资金总额合计)$/, 'budget_total'],
  [/^(其中:?)?财政拨款(资金)?$/, 'source:fiscal_appropriation'],
  [/^(其中:?)?一般公共预算(资金|拨款)?$/, 'source:general_public'],
  [/^(其中:?)?政府性基金(预算)?(资金|拨款)?$/, 'source:gov_fund'],
  [/^(其中:?)?国有资本经营预算(资金|拨款)?$/, 'source:soe_capital'],
  [/^(其中:?)?财政专户管理资金$/, 'source:special_account'],
  [/^(其中:?)?单位资金$/, 'source:unit_funds'],
  [/^(其中:?)?基本支出$/, 'source:basic'],
  [/^(其中:?)?项目支出$/, 'source:project'],
  [/^(年度重点任务|年度主要任务|重点工作任务|年度重点工作任务)$/, 'tasks'],
  [/^(年度绩效目标|部门整体绩效目标|年度总体目标|整体绩效目标)$/, 'annual_goal'],
  [/^年度目标$/, 'goals_column'],
];

/** Label → field, or null. */
export function fieldOf(cell: string): FieldKey | null {
  if (cell.length > 40) return null;
  return fieldOfFolded(fold(cell));
}

/** fieldOf for text already folded. */
export function fieldOfFolded(folded: string): FieldKey | null {
  const f = folded.endsWith(':') ? folded.slice(0, -1) : folded;
  if (f.length === 0 || f.length > 24) return null;
  // Forms repeat the same few dozen labels and values: remember the answers.
  const hit = MEMO.get(f);
  if (hit !== undefined) return hit;
  let out: FieldKey | null = null;
  for (const [re, key] of LABELS) if (re.test(f)) { out = key; break; }
  if (MEMO.size > 20_000) MEMO.clear();
  MEMO.set(f, out);
  return out;
}
const MEMO = new Map<string, FieldKey | null>();

/** Split "标签：值" printed in one cell. */
export function splitLabelValue(cell: string): { field: FieldKey; value: string } | null {
  const full = cell.indexOf('：');
  const colon = full >= 0 ? full : cell.indexOf(':');
  if (colon < 2 || colon > 24) return null;
  const m = /^(.{2,20}?)[:：]\s*(.+)$/.exec(cell.trim());
  if (!m) return null;
  const field = fieldOf(m[1]!);
  return field ? { field, value: m[2]!.trim() } : null;
}
