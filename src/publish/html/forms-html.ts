import type { FormAmount, Indicator, ProjectForm } from '../../model/performance.js';
import { esc } from './escape.js';

// 项目支出绩效目标表, one a page: the project's particulars, funds by source (元), the texts, the goals
// and the indicators of both periods side by side, as the 山西 forms print them.

const SOURCES: ReadonlyArray<readonly [string, string]> = [
  ['central', '其中：中央财政资金'],
  ['provincial', '省级财政资金'],
  ['city_county', '市县（区）财政资金'],
  ['self_raised', '单位自筹'],
  ['other', '其他资金'],
];

const money = (a: FormAmount | null | undefined): string => (a ? esc(a.text) : '');

function indicatorRows(f: ProjectForm): string {
  const impl = f.indicators.filter((i) => i.period === 'implementation');
  const annual = f.indicators.filter((i) => i.period === 'annual');
  const n = Math.max(impl.length, annual.length);
  const rows: string[] = [];
  const cells = (i: Indicator | undefined): string => (i ? `<td>${esc(i.level2 ?? '')}</td><td>${esc(i.name)}</td><td>${esc(i.value)}</td>` : '<td></td><td></td><td></td>');
  // No cell spans the indicator rows: a spanned block cannot break across pages.
  for (let k = 0; k < n; k++) {
    const a = impl[k];
    const b = annual[k];
    rows.push(`<tr><td colspan="2">${esc((a ?? b)?.level1 ?? '')}</td>${cells(a)}${cells(b)}</tr>`);
  }
  return rows.join('');
}

/**
 * One form; `heading` (the appendix title) opens the first form's page rather than a page of its own.
 * Its place in the series is printed above the title, so that the title is not the page's first line
 * at the same spot on every page (which is what a running header looks like).
 */
export function projectFormHtml(f: ProjectForm, index: number, count: number, year: number | null, heading = ''): string {
  const impl = f.funds.implementation;
  const annual = f.funds.annual;
  const sourceRows = SOURCES.map(
    ([k, label]) =>
      `<tr><td colspan="2">${label}</td><td class="amount" colspan="2">${money(impl.sources[k as keyof typeof impl.sources])}</td><td colspan="2">${label}</td><td class="amount" colspan="2">${money(annual.sources[k as keyof typeof annual.sources])}</td></tr>`,
  );
  const text = (label: string, v: string | null) => `<tr><th colspan="2">${label}</th><td colspan="6">${esc(v ?? '')}</td></tr>`;
  return [
    `<section class="form" id="form-${index + 1}">`,
    heading,
    `<p class="seq">第${index + 1}个项目（共${count}个）</p>`,
    `<p class="title">${esc(f.title)}</p>`,
    `<p class="year">（${f.fiscal_year ?? year ?? ''}年度）</p>`,
    '<table class="form-grid"><colgroup><col style="width:9%"><col style="width:9%"><col style="width:12%"><col style="width:18%"><col style="width:12%"><col style="width:9%"><col style="width:13%"><col style="width:18%"></colgroup><tbody>',
    `<tr><th colspan="2">项目名称</th><td colspan="6">${esc(f.project)}</td></tr>`,
    `<tr><th colspan="2">主管部门及代码</th><td colspan="2">${esc([f.department.code, f.department.name].filter(Boolean).join('-'))}</td><th colspan="2">实施单位</th><td colspan="2">${esc(f.unit ?? '')}</td></tr>`,
    `<tr><th colspan="2">项目属性</th><td colspan="2">${esc(f.attribute ?? '')}</td><th colspan="2">项目期</th><td colspan="2">${esc(f.term ?? '')}</td></tr>`,
    `<tr><th colspan="2">项目资金（${esc(f.funds_unit)}）</th><td colspan="2">实施期资金总额：</td><td class="amount" colspan="2">${money(impl.total)}</td><td>年度资金总额：</td><td class="amount">${money(annual.total)}</td></tr>`,
    ...sourceRows,
    text('项目概况', f.texts.overview),
    text('立项依据', f.texts.basis),
    text('项目设立必要性', f.texts.necessity),
    text('保证项目实施的制度、措施', f.texts.safeguards),
    text('项目实施计划', f.texts.plan),
    `<tr><th rowspan="2">总体目标</th><th colspan="4">实施期目标</th><th colspan="3">年度目标</th></tr>`,
    `<tr><td colspan="4">${esc(f.goals.implementation ?? '')}</td><td colspan="3">${esc(f.goals.annual ?? '')}</td></tr>`,
    '<tr><th colspan="8">绩效指标</th></tr>',
    '<tr><th colspan="2">一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>',
    indicatorRows(f),
    '</tbody></table>',
    '</section>',
  ].join('\n');
}
