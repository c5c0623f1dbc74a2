import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check/engine.js';
import type { Disclosure, Table } from '../src/model/disclosure.js';
import type { ProjectForm } from '../src/model/performance.js';
import { fold } from '../src/text/fold.js';
import { runCli } from './helpers/cli.js';
import { parseFile, parseText } from './helpers/seeds.js';

// The 上海 区级 template (9 tables in 元, spec §4) on a document the reader was not built on: a district
// 绿化和市容管理局's 2024 部门预算 written for this test (entity and figures invented, consistent to the 分):
// 财务收支预算总表 two-sided with 项目/预算数; 收入预算总表 by function code in 类 | 款 | 项 columns with
// 合计, 财政拨款收入 (小计, 一般公共预算, 政府性基金, 国有资本经营预算), 事业收入, 事业单位经营收入, 其他收入;
// 支出 tables with 合计 | 基本支出 | 项目支出; 基本支出 by 部门预算经济分类 (类 | 款) with 人员经费 | 公用经费 under
// one group label; “三公”经费 and 机关运行经费 in one row of seven figures; a 编制说明 without 第X部分
// headings whose （一）…（八） parts state amounts and shares and name subjects “…（类）…（款）…（项）”科目;
// three 财政项目支出绩效目标申报表 in the layout of seed 004. Figures below are read off the fixture by hand.

export const SHANGHAI = join(import.meta.dirname, 'fixtures', 'unseen', 'shanghai-district.txt');

const table = (d: Disclosure, key: string): Table => {
  const t = d.tables.find((x) => x.key === key);
  if (!t) throw new Error(`${key} not read`);
  return t;
};
const row = (t: Table, code: string) => t.rows.find((r) => r.code === code)!;
const named = (t: Table, name: string, side?: string) => t.rows.find((r) => r.name === name && (side === undefined || r.side === side))!;
const fen = (r: { cells: Record<string, { fen: number }> }) => Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.fen]));

describe('上海 区级 district disclosure (synthetic, unseen layout)', () => {
  it('reads the document: cover, contents, parts without 第X部分 headings', async () => {
    const d = await parseFile(SHANGHAI);
    expect(d).toMatchObject({ entity: '上海市临江区绿化和市容管理局', fiscal_year: 2024, kind: 'budget', level: 'department', template: 'shanghai', title: '2024年部门预算' });
    expect(d.toc).toHaveLength(14);
    expect(d.overview.map((s) => [s.number, s.title])).toEqual([['一', '部门主要职能'], ['二', '部门机构设置']]);
    expect(d.sections.map((s) => [s.number, s.title])).toEqual([['三', '2024年部门预算编制说明']]);
    expect(d.sections[0]!.text).toContain('（八）预算绩效目标设置情况');
  });

  it('all nine tables under their keys, in 元, read with full confidence', async () => {
    const d = await parseFile(SHANGHAI);
    expect(d.tables.map((t) => t.key)).toEqual([
      'summary', 'income', 'expense', 'fiscal_summary', 'gpb_expense', 'gf_expense', 'soe_expense', 'gpb_basic_econ', 'three_public_admin',
    ]);
    for (const t of d.tables) {
      expect(t).toMatchObject({ confidence: 1, unit: '元', unit_stated: true, status: 'present', entity: '上海市临江区绿化和市容管理局' });
    }
  });

  it('every printed figure is in the model: no line left over, no figure outside a grid', async () => {
    const d = await parseFile(SHANGHAI);
    expect(d.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(d.diagnostics.filter((x) => x.code === 'line.unplaced' || x.code === 'table.row-shape')).toEqual([]);
    // The fixture prints its table figures as 1,234.56: count them in the table part of the text.
    const text = readFileSync(SHANGHAI, 'utf8').split('\n');
    const from = text.indexOf('四、2024年部门预算表');
    const to = text.indexOf('五、2024年部门项目绩效目标');
    const printed = text.slice(from, to).flatMap((l) => l.split('\t')).filter((c) => /^\d{1,3}(,\d{3})*\.\d{2}$/.test(c));
    expect(printed).toHaveLength(389);
    expect(d.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.cells).length, 0), 0)).toBe(389);
  });

  it('columns: semantic keys from the printed headers', async () => {
    const d = await parseFile(SHANGHAI);
    const keys = (k: string) => table(d, k).columns.map((c) => (c.side ? `${c.side}:${c.key}` : c.key));
    expect(keys('summary')).toEqual(['income:amount', 'expense:amount']);
    expect(keys('income')).toEqual(['total', 'fiscal', 'general_public', 'gov_fund', 'soe_capital', 'business_income', 'operating_income', 'other_income']);
    for (const k of ['expense', 'gpb_expense', 'gf_expense', 'soe_expense']) expect(keys(k)).toEqual(['total', 'basic', 'project']);
    expect(keys('fiscal_summary')).toEqual(['income:amount', 'expense:total', 'expense:general_public', 'expense:gov_fund', 'expense:soe_capital']);
    // 一般公共预算基本支出 › 合计 | 人员经费 | 公用经费: the group names the table, the 合计 is the total.
    expect(keys('gpb_basic_econ')).toEqual(['total', 'personnel', 'public_use']);
    // “三公”经费预算数 › 合计 | 因公出国(境)费 | 公务用车购置及运行费 › 小计 | 购置费 | 运行费 | 公务接待费 | 机关运行经费预算数
    expect(keys('three_public_admin')).toEqual(['three_public', 'abroad', 'vehicle', 'vehicle_purchase', 'vehicle_operation', 'reception', 'admin_running']);
  });

  it('财务收支预算总表: the fund lines and classes, exact in 分', async () => {
    const s = table(await parseFile(SHANGHAI), 'summary');
    expect(named(s, '一、财政拨款收入')).toMatchObject({ role: 'fiscal', cells: { amount: { fen: 16_122_842_670, text: '161,228,426.70' } } });
    expect(fen(named(s, '一般公共预算资金'))).toEqual({ amount: 13_305_842_670 });
    expect(named(s, '政府性基金').role).toBe('gov_fund');
    expect(named(s, '国有资本经营预算')).toMatchObject({ role: 'soe_capital', cells: { amount: { fen: 42_000_000 } } });
    expect(named(s, '二、事业收入')).toMatchObject({ role: 'business_income', cells: { amount: { fen: 182_000_000 } } });
    expect(named(s, '三、事业单位经营收入')).toMatchObject({ role: 'operating_income', cells: {} });
    expect(named(s, '四、其他收入')).toMatchObject({ role: 'other_income', cells: { amount: { fen: 35_000_000 } } });
    expect(named(s, '十一、城乡社区支出')).toMatchObject({ side: 'expense', code: '212', code_source: 'catalog', cells: { amount: { fen: 14_334_892_390 } } });
    expect(named(s, '收入总计')).toMatchObject({ role: 'income_grand_total', cells: { amount: { fen: 16_339_842_670 } } });
    expect(named(s, '支出总计')).toMatchObject({ role: 'expense_grand_total', side: 'expense', cells: { amount: { fen: 16_339_842_670 } } });
  });

  it('收入预算总表: codes put together from the 类 | 款 | 项 columns, every source column', async () => {
    const t = table(await parseFile(SHANGHAI), 'income');
    expect(t.rows[0]).toMatchObject({ kind: 'total', role: 'total', name: '合计' });
    expect(fen(t.rows[0]!)).toEqual({
      total: 16_339_842_670, fiscal: 16_122_842_670, general_public: 13_305_842_670, gov_fund: 2_775_000_000, soe_capital: 42_000_000,
      business_income: 182_000_000, other_income: 35_000_000,
    });
    expect(t.rows.slice(1, 4).map((r) => [r.code, r.level, r.name])).toEqual([
      ['208', 1, '社会保障和就业支出'], ['20805', 2, '行政事业单位养老支出'], ['2080505', 3, '机关事业单位基本养老保险缴费支出'],
    ]);
    // 城乡社区环境卫生: 98,809,208.27 一般公共预算 + 1,820,000.00 事业收入 + 350,000.00 其他收入.
    expect(fen(row(t, '2120501'))).toEqual({
      total: 10_097_920_827, fiscal: 9_880_920_827, general_public: 9_880_920_827, business_income: 182_000_000, other_income: 35_000_000,
    });
    expect(fen(row(t, '2120803'))).toEqual({ total: 2_460_000_000, fiscal: 2_460_000_000, gov_fund: 2_460_000_000 });
    expect(t.rows.filter((r) => r.kind === 'item')).toHaveLength(34);
  });

  it('支出 tables by function: 合计 = 基本 + 项目 as printed', async () => {
    const d = await parseFile(SHANGHAI);
    expect(fen(table(d, 'expense').rows[0]!)).toEqual({ total: 16_339_842_670, basic: 3_635_762_670, project: 12_704_080_000 });
    expect(fen(row(table(d, 'expense'), '2120501'))).toEqual({ total: 10_097_920_827, basic: 1_438_390_827, project: 8_659_530_000 });
    expect(fen(table(d, 'gpb_expense').rows[0]!)).toEqual({ total: 13_305_842_670, basic: 3_453_762_670, project: 9_852_080_000 });
    expect(fen(row(table(d, 'gpb_expense'), '2101101'))).toEqual({ total: 61_284_516, basic: 61_284_516 });
    expect(table(d, 'gf_expense').rows.map((r) => r.code)).toEqual([null, '212', '21208', '2120803', '21213', '2121301']);
    expect(fen(row(table(d, 'gf_expense'), '2121301'))).toEqual({ total: 315_000_000, project: 315_000_000 });
    expect(fen(row(table(d, 'soe_expense'), '2230105'))).toEqual({ total: 42_000_000, project: 42_000_000 });
  });

  it('财政拨款收支预算总表: income by fund, expense by class and fund', async () => {
    const t = table(await parseFile(SHANGHAI), 'fiscal_summary');
    expect(t.rows.filter((r) => r.side === 'income').map((r) => [r.role, r.cells['amount']?.fen])).toEqual([
      ['general_public', 13_305_842_670], ['gov_fund', 2_775_000_000], ['soe_capital', 42_000_000], ['income_grand_total', 16_122_842_670],
    ]);
    expect(fen(named(t, '十一、城乡社区支出', 'expense'))).toEqual({ total: 14_117_892_390, general_public: 11_342_892_390, gov_fund: 2_775_000_000 });
    expect(fen(named(t, '支出总计', 'expense'))).toEqual({ total: 16_122_842_670, general_public: 13_305_842_670, gov_fund: 2_775_000_000, soe_capital: 42_000_000 });
  });

  it('基本支出 by 部门预算经济分类: 类 | 款 codes, 人员经费 | 公用经费', async () => {
    const t = table(await parseFile(SHANGHAI), 'gpb_basic_econ');
    expect(fen(t.rows[0]!)).toEqual({ total: 3_453_762_670, personnel: 3_014_616_605, public_use: 439_146_065 });
    expect(row(t, '302')).toMatchObject({ level: 1, name: '商品和服务支出', code_source: 'printed' });
    expect(row(t, '30231')).toMatchObject({ level: 2, name: '公务用车运行维护费', cells: { total: { fen: 35_640_000 }, public_use: { fen: 35_640_000 } } });
    expect(fen(row(t, '30110'))).toEqual({ total: 166_121_560, personnel: 166_121_560 });
    expect(t.rows.filter((r) => r.level === 2)).toHaveLength(31);
  });

  it('“三公”经费和机关运行经费: one row of seven figures', async () => {
    const t = table(await parseFile(SHANGHAI), 'three_public_admin');
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]).toMatchObject({ kind: 'total', role: 'total' });
    expect(fen(t.rows[0]!)).toEqual({
      three_public: 65_500_000, abroad: 0, vehicle: 63_640_000, vehicle_purchase: 28_000_000, vehicle_operation: 35_640_000, reception: 1_860_000,
      admin_running: 213_756_000,
    });
  });

  it('the 财政项目支出绩效目标申报表 forms', async () => {
    const forms = (await parseFile(SHANGHAI)).forms as ProjectForm[];
    expect(forms.map((f) => [f.kind, f.project, f.unit, f.funds.annual.total?.fen, f.indicators.length])).toEqual([
      ['project', '道路及公共区域保洁作业服务', '上海市临江区市容环境卫生管理所', 3_865_000_000, 7],
      ['project', '公园绿地养护管理', '上海市临江区绿化管理所', 1_248_000_000, 7],
      ['project', '森林防火及有害生物防控', '上海市临江区林业站', 215_000_000, 7],
    ]);
    const f = forms[1]!;
    expect(f).toMatchObject({ fiscal_year: 2024, attribute: '经常性项目', category: '特定目标类', start_date: '2024-01-01', end_date: '2024-12-31', funds_unit: '元' });
    expect(f.department).toEqual({ code: null, name: '上海市临江区绿化和市容管理局 (汇总)' });
    expect(f.funds.annual.sources).toMatchObject({ current_year: { fen: 1_248_000_000 }, carryover: { fen: 0 } });
    expect(f.indicators.map((i) => [i.period, i.level2, i.name, i.op, i.number, i.unit])[3]).toEqual(['annual', '成本指标', '每公顷年度养护成本', '≤', 2.57, '万元/公顷']);
  });

  it('yusuan export --format csv: one line per printed figure, amounts in 元 to the 分', async () => {
    const r = await runCli(['export', SHANGHAI, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('doc_id,fiscal_year,entity,table,table_title,row_code,row_path,column,amount_yuan');
    expect(lines).toHaveLength(1 + 389);
    const cell = (table: string, code: string, path: string, column: string) =>
      lines.map((l) => l.split(',')).find((c) => c[3] === table && c[5] === code && c[6] === path && c[7] === column)?.[8];
    expect(cell('income', '2120501', '城乡社区环境卫生', 'business_income')).toBe('1820000.00');
    expect(cell('gpb_basic_econ', '30110', '职工基本医疗保险缴费', 'personnel')).toBe('1661215.60');
    expect(cell('summary', '', '收入总计', 'amount')).toBe('163398426.70');
    expect(cell('three_public_admin', '', '', 'admin_running')).toBe('2137560.00');
    expect(cell('fiscal_summary', '223', '二十一、国有资本经营预算支出', 'soe_capital')).toBe('420000.00');
  });

  it('yusuan render lays the document out again (HTML, XLSX)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yusuan-shanghai-'));
    const html = await runCli(['render', SHANGHAI, '--format', 'html', '--no-page-numbers', '--out', 'sh.html'], '', dir);
    expect(html.code).toBe(0);
    const out = readFileSync(join(dir, 'sh.html'), 'utf8');
    expect(out).toContain('2024年部门“三公”经费和机关运行经费预算表');
    expect(out).toContain('“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”科目61.28万元');
    const xlsx = await runCli(['render', SHANGHAI, '--format', 'xlsx', '--out', 'sh.xlsx'], '', dir);
    expect(xlsx.code).toBe(0);
  }, 60_000);
});

// Layouts other 上海 district documents print, made from the fixture: the same figures must come out,
// and the checker must still find nothing.
const VARIANTS: ReadonlyArray<readonly [string, (t: string) => string]> = [
  ['codes in one column (2080505), 合计 in the first column', singleCodeColumn],
  ['款 and 项 printed without the 类 (| 05 | 05 |)', (t) => t.replace(/^(\d{3})\t(\d{2})\t/gm, '\t$2\t')],
  ['合计 rows at the bottom of the coded tables', totalsAtBottom],
  ['tables before the 编制说明, contents without page numbers', tablesFirst],
  ['“三公” columns in another order (公务接待费 before 公务用车)', threePublicOrder],
  ['table numbers on their own line and titles with the entity in front', numberedTitles],
  ['titles with the year after them (部门收入预算总表（2024年）)', (t) => t.replace(/^2024年(部门[^\n]*表)$/gm, '$1（2024年）')],
  ['本年收入合计 / 本年支出合计 printed above the totals', (t) => t.replace('收入总计\t163,398,426.70\t支出总计\t163,398,426.70', '本年收入合计\t163,398,426.70\t本年支出合计\t163,398,426.70\n收入总计\t163,398,426.70\t支出总计\t163,398,426.70')],
  ['half-width punctuation', (t) => t.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',').replace(/[“”]/g, '"').replace(/；/g, ';')],
];

describe('上海 layouts: variants of the fixture read to the same figures', () => {
  const key = (d: Disclosure) =>
    d.tables
      .flatMap((t) => t.rows.flatMap((r) => Object.entries(r.cells).map(([c, v]) => `${t.key}|${r.code ?? fold(r.path.join('/'))}|${c}|${v.fen}`)))
      .filter((k) => !/\|本年(收入|支出)合计\|/.test(k))
      .sort();

  it.each(VARIANTS)('%s', async (_, change) => {
    const base = await parseFile(SHANGHAI);
    const original = readFileSync(SHANGHAI, 'utf8');
    const text = change(original);
    expect(text).not.toBe(original);
    const d = await parseText(text);
    expect(d.tables.map((t) => t.key)).toEqual(base.tables.map((t) => t.key));
    expect(d.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(key(d)).toEqual(key(base));
    expect(check(d).summary).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('上海 totals printed above their parts, carry-over lines printed blank', () => {
  const headingFirst = (t: string, total = '161,228,426.70') =>
    t
      .replace('一、一般公共预算资金\t133,058,426.70\t一、', `一、本年收入\t${total}\t一、`)
      .replace('二、政府性基金\t27,750,000.00\t二、', '（一）一般公共预算资金\t133,058,426.70\t二、')
      .replace('三、国有资本经营预算\t420,000.00\t三、', '（二）政府性基金\t27,750,000.00\t三、')
      .replace('\t\t四、公共安全支出\t\t\t\t', '（三）国有资本经营预算\t420,000.00\t四、公共安全支出\t\t\t\t')
      .replace('\t\t五、教育支出\t\t\t\t', '二、上年结转\t\t五、教育支出\t\t\t\t');

  it('一、本年收入 over its funds: the funds add up to it, and a wrong heading figure is found there', async () => {
    const text = headingFirst(readFileSync(SHANGHAI, 'utf8'));
    const d = await parseText(text);
    const t = table(d, 'fiscal_summary');
    expect(t.rows.filter((r) => r.side === 'income').map((r) => r.role)).toEqual([
      'current_income_total', 'general_public', 'gov_fund', 'soe_capital', 'carryover', 'income_grand_total',
    ]);
    expect(check(d).summary).toEqual({ error: 0, warning: 0, info: 0 });
    const wrong = check(await parseText(headingFirst(readFileSync(SHANGHAI, 'utf8'), '161,228,436.70')));
    expect(wrong.findings.map((f) => [f.rule, f.table, f.row, f.expected, f.actual, f.difference])).toEqual([
      ['table.balance', 'fiscal_summary', '一、本年收入', '161228426.70', '161228436.70', '10.00'],
    ]);
  });

  it('上年结转结余 and 结转下年 printed without figures leave 收入总计 the total of the year', async () => {
    const text = readFileSync(SHANGHAI, 'utf8').replace(
      '收入总计\t163,398,426.70\t支出总计',
      '五、上年结转结余\t\t结转下年\t\n收入总计\t163,398,426.70\t支出总计',
    );
    const d = await parseText(text);
    expect(named(table(d, 'summary'), '五、上年结转结余')).toMatchObject({ role: 'carryover', cells: {} });
    expect(check(d).summary).toEqual({ error: 0, warning: 0, info: 0 });
    // 收入总计 is still held to the sum of the funds: one 元 more is found.
    const wrong = check(await parseText(text.replace('二、事业收入\t1,820,000.00', '二、事业收入\t1,820,001.00')));
    expect(wrong.summary.error).toBeGreaterThan(0);
    expect(wrong.findings[0]).toMatchObject({ rule: 'table.balance', table: 'summary', row: '二、事业收入', expected: '1820000.00', actual: '1820001.00' });
  });
});

describe('上海 tables that do not print their unit', () => {
  it('are read in the template’s 元 (titles shared with 江苏 included), and the missing unit is a warning', async () => {
    const d = await parseText(readFileSync(SHANGHAI, 'utf8').replace(/\t*单位：元$/gm, ''));
    for (const t of d.tables) expect([t.key, t.unit, t.unit_stated]).toEqual([t.key, '元', false]);
    expect(fen(table(d, 'income').rows[0]!)['total']).toBe(16_339_842_670);
    expect(fen(table(d, 'expense').rows[0]!)['basic']).toBe(3_635_762_670);
    const r = check(d);
    expect(r.summary).toEqual({ error: 0, warning: 9, info: 0 });
    expect(new Set(r.findings.map((f) => f.rule))).toEqual(new Set(['document.unit']));
  });
});

function singleCodeColumn(t: string): string {
  return t
    .split('\n')
    .flatMap((l) => {
      if (/^类\t款/.test(l)) return [];
      if (l.startsWith('功能分类科目编码\t\t\t')) return ['功能分类科目编码\t' + l.slice('功能分类科目编码\t\t\t'.length)];
      if (l.startsWith('部门预算经济分类科目编码\t\t')) return ['部门预算经济分类科目编码\t' + l.slice('部门预算经济分类科目编码\t\t'.length)];
      if (l.startsWith('项目\t\t\t\t合计')) return ['项目\t\t' + l.slice('项目\t\t\t\t'.length)];
      if (l === '\t\t\t合计\t人员经费\t公用经费') return ['\t\t合计\t人员经费\t公用经费'];
      if (/^\t\t\t?合计\t\d/.test(l)) return ['合计\t' + l.replace(/^\t+合计\t/, '')];
      return [l.replace(/^(\d{3})\t(\d{2})?\t(?:(\d{2})?\t)?(?=\D)/, (m, a: string, b?: string, c?: string) => `${a}${b ?? ''}${c ?? ''}\t`)];
    })
    .join('\n');
}

function totalsAtBottom(t: string): string {
  const out: string[] = [];
  let held: string | null = null;
  for (const l of t.split('\n')) {
    if (/^\t\t\t?合计\t\d/.test(l)) {
      held = l;
      continue;
    }
    if (held !== null && l === '') {
      out.push(held);
      held = null;
    }
    out.push(l);
  }
  return out.join('\n');
}

function tablesFirst(t: string): string {
  const a = t.indexOf('三、2024年部门预算编制说明\n\n');
  const b = t.indexOf('四、2024年部门预算表\n');
  const c = t.indexOf('五、2024年部门项目绩效目标\n');
  const narrative = t.slice(a, b).replace('三、2024年部门预算编制说明', '四、2024年部门预算编制说明');
  const tables = t.slice(b, c).replace('四、2024年部门预算表', '三、2024年部门预算表');
  const body = t.slice(0, a) + tables + narrative + t.slice(c);
  const start = body.indexOf('一、部门主要职能\n\n');
  return body.slice(0, start).replace(/\t\d+\n/g, '\n') + body.slice(start);
}

function threePublicOrder(t: string): string {
  return t
    .replace('合计\t因公出国(境)费\t公务用车购置及运行费\t\t\t公务接待费\t', '合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t')
    .replace('\t\t小计\t购置费\t运行费\t\t', '\t\t\t小计\t购置费\t运行费\t')
    .replace(/^(655,000\.00\t0\.00)\t(636,400\.00\t280,000\.00\t356,400\.00)\t(18,600\.00)\t/m, '$1\t$3\t$2\t');
}

function numberedTitles(t: string): string {
  let n = 0;
  return t.replace(/^(2024年部门[^\n]*表)$/gm, (title) => `表${++n}\n\n上海市临江区绿化和市容管理局${title}`);
}
