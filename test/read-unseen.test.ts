import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tidyCsv } from '../src/export/tidy-csv.js';
import type { Disclosure } from '../src/model/disclosure.js';
import type { DepartmentForm, ProjectForm } from '../src/model/performance.js';
import { parseFile, parseText, SEEDS } from './helpers/seeds.js';

// Documents the reader was not built on. (1) A county-variant disclosure written for this test (figures
// invented, internally consistent): half-width punctuation, numbers inside title lines, a header row
// shifted by one cell, a TOC whose year differs from the body, a wrapped form field, and the
// 部门整体支出绩效目标申报表. (2) Metamorphic variants of the seeds: changes a real extraction makes that
// must not change a single figure.

const COUNTY = join(import.meta.dirname, 'fixtures', 'unseen', 'county-variant.txt');

function cells(doc: Disclosure): string[] {
  return [...tidyCsv(doc)].slice(1).map((l) => l.split(',').slice(3).filter((_, i) => i !== 1).join(','));
}

describe('county variant of the 山西 template', () => {
  it('reads all 13 tables with their figures', async () => {
    const d = await parseFile(COUNTY);
    expect(d).toMatchObject({ entity: '东山县卫生健康局', fiscal_year: 2024, level: 'department', template: 'shanxi', entity_code: '215' });
    expect(d.tables.map((t) => t.key)).toEqual([
      'summary', 'income', 'expense', 'fiscal_summary', 'gpb_expense', 'gpb_basic_econ', 'gf_income', 'gf_expense', 'soe',
      'three_public', 'admin_running', 'projects', 'projects_carryover',
    ]);
    expect(d.tables[0]!.number).toBe('表1');
    const income = d.tables.find((t) => t.key === 'income')!;
    // The shifted header row is realigned: 上年结转 stays the carry-over column, 政府性基金 the fund column.
    expect(income.rows.find((r) => r.code === '2100409')?.cells).toEqual({
      total: { fen: 180_000_000, text: '180.00' }, // 180.00万元 = 1,800,000元
      general_public: { fen: 180_000_000, text: '180.00' },
      carryover: { fen: 20_000_000, text: '20.00' },
    });
    expect(income.rows.find((r) => r.code === '212')?.cells['gov_fund']?.text).toBe('30.00');
    const projects = d.tables.find((t) => t.key === 'projects')!;
    expect(projects.rows.map((r) => [r.kind, r.name])).toEqual([
      ['department', '东山县卫生健康局'],
      ['unit', '东山县卫生健康局本级'],
      ['project', '基层卫生服务能力提升经费'],
      ['project', '卫生应急保障经费'],
      ['unit', '东山县疾病预防控制中心'],
      ['project', '重大公共卫生服务补助'],
      ['project', '疾控实验室设备维护经费'],
    ]);
    expect(d.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  it('reads the 部门整体支出绩效目标申报表', async () => {
    const d = await parseFile(COUNTY);
    const f = d.forms.find((x): x is DepartmentForm => x.kind === 'department')!;
    expect(f).toMatchObject({
      department: '东山县卫生健康局', fiscal_year: 2024, internal_divisions: 6, budget_units: 2, staffing: 45, staff: 41, funds_unit: '万元',
      annual_goal: '完成乡镇卫生院设备配置,重点人群健康管理率达到国家要求。',
    });
    expect(f.duties).toBe('负责全县医疗卫生和健康促进工作,统筹基层卫生服务体系建设,组织开展疾病预防控制和卫生应急工作。');
    expect(f.budget.total?.fen).toBe(1_250_500_000);
    expect(f.budget.sources).toMatchObject({ fiscal_appropriation: { fen: 1_230_500_000 }, other: { fen: 20_000_000 }, basic: { fen: 820_500_000 }, project: { fen: 430_000_000 } });
    expect(f.tasks.map((t) => [t.name, t.amount?.text])).toEqual([['基层卫生能力提升', '100.00'], ['重大公共卫生服务', '200.00']]);
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name, i.op, i.number, i.unit])).toEqual([
      ['产出指标', '数量指标', '配置设备的乡镇卫生院数', '≥', 8, '个'],
      ['产出指标', '质量指标', '适龄儿童免疫规划疫苗接种率', '≥', 95, '%'],
      ['产出指标', '时效指标', '设备配置完成时间', null, null, null],
      ['产出指标', '成本指标', '乡镇卫生院设备配置成本', '≤', 12.5, '万元/个'],
      ['效益指标', '社会效益指标', '重点人群健康管理率', '≥', 70, '%'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', 90, '%'],
    ]);
  });

  it('reads the project form, joining a field wrapped onto the next line', async () => {
    const d = await parseFile(COUNTY);
    const f = d.forms.find((x): x is ProjectForm => x.kind === 'project')!;
    expect(f.texts.overview).toBe('为乡镇卫生院配置基本诊疗设备并培训基层医务人员,提升基层首诊能力和群众就医获得感');
    expect(f.funds.implementation.sources).toMatchObject({ provincial: { fen: 40_000_000 }, city_county: { fen: 60_000_000 } });
    expect(f.indicators).toHaveLength(12);
    expect(f.department).toEqual({ code: '215', name: '东山县卫生健康局' });
  });
});

describe('metamorphic variants of the seeds: same figures', () => {
  const seed002 = () => readFileSync(SEEDS.s002, 'utf8');
  const baseline = async () => cells(await parseFile(SEEDS.s002));

  it.each([
    ['half-width punctuation', (t: string) => t.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',').replace(/“|”/g, '"')],
    ['no 预算公开表N lines', (t: string) => t.replace(/^(预算|部门)公开表\d+\n/gm, '')],
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['NBSP and ideographic spaces around cells', (t: string) => t.replace(/\t(\d)/g, '\t\u00a0$1').replace(/(\d)\t/g, '$1\u3000\t')],
    ['TOC years differ from the body', (t: string) => t.replace(/^(表[一二三四五六七八九十]+)2024年/gm, '$12023年')],
    ['stray HTML in cells', (t: string) => t.replace(/^(合计\t)/m, '$1<td colspan="2"></td>')],
    ['a GB18030 file', (t: string) => t],
    ['tables continued on a new page (title, meta, header repeated; a page number)', (t: string) => continuePage(t, '2024年预算收入总表', '20805\t')],
    ['a table continued under its header only', (t: string) => continuePage(t, '2024年预算支出总表', '210\t', false)],
    ['a table whose title line is lost', (t: string) => t.replace('\n2024年预算支出总表\n', '\n')],
    ['a title garbled beyond recognition', (t: string) => t.replace('\n2024年预算支出总表\n', '\n2024年预算支岀明细\n')],
    ['a title from no known template', (t: string) => t.replace('\n2024年预算支出总表\n', '\n2024年部门综合情况表\n')],
  ])('%s', async (name, change) => {
    const text = change(seed002());
    const bytes = name === 'a GB18030 file' ? gb18030(text) : Buffer.from(text, 'utf8');
    const { readDisclosure } = await import('../src/read/read-document.js');
    const r = await readDisclosure([{ name: 'variant.txt', bytes }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(cells(r.value)).toEqual(await baseline());
    expect(r.value.forms).toHaveLength(2);
  });

  it('a stray figure outside every table and text is reported with its line', async () => {
    const text = seed002().replace('2024年度单位预算公开\n', '2024年度单位预算公开\n\n附件金额\t88.88\n');
    const d = await parseText(text);
    const stray = d.diagnostics.filter((x) => x.code === 'line.unplaced');
    expect(stray).toEqual([expect.objectContaining({ severity: 'warning', line: 7, text: '附件金额 88.88' })]);
    expect(cells(d)).toEqual(await baseline());
  });

  it('a document cut off inside a table still yields everything printed before the cut', async () => {
    const text = seed002();
    const inExpense = text.indexOf('2101102\t事业单位医疗\t6.12', text.indexOf('\n2024年预算支出总表\n'));
    const d = await parseText(text.slice(0, inExpense + '2101102\t事业单位医疗\t6.1'.length));
    expect(d.tables.map((t) => t.key)).toEqual(['summary', 'income', 'expense']);
    const expense = d.tables[2]!;
    expect(expense.rows.find((r) => r.code === '21011')?.cells['basic']?.text).toBe('6.12');
    // The last, cut row keeps the part of the figure that was printed.
    expect(expense.rows.at(-1)).toMatchObject({ code: '2101102', cells: { total: { text: '6.1' } } });
  });
});

/** Encode text as GB18030 (the characters of the seeds are all in GB2312) via iconv-free mapping. */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<string, number[]>();
  // Build the encoder from the decoder: every GB2312 double-byte code point.
  for (let hi = 0xa1; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !map.has(ch)) map.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const b = map.get(ch);
      if (!b) throw new Error(`not in GB2312: ${ch}`);
      out.push(...b);
    }
  }
  return Uint8Array.from(out);
}

/** Break the table titled `title` before its row starting with `row`, as a page break prints it. */
function continuePage(text: string, title: string, row: string, withTitle = true): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === title);
  const at = lines.findIndex((l, i) => i > start && l.startsWith(row));
  const headerStart = lines.findIndex((l, i) => i > start && /^(项目|科目编码)\t/.test(l));
  const header = lines.slice(headerStart, lines.findIndex((l, i) => i > headerStart && /^\d{3}|^\t?合计/.test(l)));
  const repeat = [
    '7',
    ...(withTitle ? [`${title}（续）`, '', lines[start + 2]!, '', lines[start + 4]!] : []),
    ...header,
  ];
  return [...lines.slice(0, at), ...repeat, ...lines.slice(at)].join('\n');
}
