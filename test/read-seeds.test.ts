import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tidyCsv } from '../src/export/tidy-csv.js';
import type { Disclosure, Table } from '../src/model/disclosure.js';
import type { ProjectForm } from '../src/model/performance.js';
import { parseFile, SEEDS } from './helpers/seeds.js';

// The reader against the real seeds, asserted with figures checked by hand (inline) and with the
// independent oracle in test/fixtures/expected (see its README).

const EXPECTED = join(import.meta.dirname, 'fixtures', 'expected');

/** Printed column order of each table, read off the printed headers by hand. */
const COLUMN_ORDER: Record<string, string[]> = {
  income: ['total', 'general_public', 'gov_fund', 'soe_capital', 'special_account', 'unit_funds', 'carryover'],
  expense: ['total', 'basic', 'project'],
  gpb_expense: ['total', 'basic', 'project'],
  projects: ['total', 'general_public', 'gov_fund', 'soe_capital', 'special_account', 'unit_funds'],
  projects_carryover: ['total', 'general_public', 'gov_fund', 'soe_capital'],
};

/** 万元 as printed → 元 with two decimals, by string arithmetic (no floats). */
function wanToYuan(printed: string): string {
  const [i, f = ''] = printed.split('.');
  const digits = `${i}${f.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  return `${digits}00.00`.replace(/^0+(?=\d)/, '');
}

function csvRows(doc: Disclosure): string[][] {
  const lines = [...tidyCsv(doc)];
  return lines.slice(1).map((l) => parseCsvLine(l.trimEnd()));
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

function table(doc: Disclosure, key: string): Table {
  const t = doc.tables.find((x) => x.key === key);
  if (!t) throw new Error(`no table ${key}`);
  return t;
}

function cell(t: Table, pred: (r: Table['rows'][number]) => boolean, col: string): string | undefined {
  return t.rows.find(pred)?.cells[col]?.text;
}

describe.each([
  ['001', SEEDS.s001],
  ['002', SEEDS.s002],
])('seed %s: every coded figure and project row is in the CSV export', (id, path) => {
  it('coded rows: code, column and amount in 元', async () => {
    const rows = csvRows(await parseFile(path));
    const expected = readFileSync(join(EXPECTED, `${id}-coded.tsv`), 'utf8').trim().split('\n');
    let checked = 0;
    for (const line of expected) {
      const [key, code, , ...amounts] = line.split('\t');
      const order = COLUMN_ORDER[key!]!;
      amounts.forEach((a, k) => {
        if (!a) return;
        const col = order[k]!;
        const hit = rows.filter((r) => r[3] === key && r[5] === code && r[7] === col);
        expect(hit.map((r) => r[8]), `${key} ${code} ${col}`).toEqual([wanToYuan(a)]);
        checked++;
      });
    }
    // Non-empty printed amounts in the oracle (counted by the fixture script): 277 and 114.
    expect(checked).toBe(id === '001' ? 277 : 114);
  });

  it('project rows: name path and amounts in 元', async () => {
    const rows = csvRows(await parseFile(path));
    const expected = readFileSync(join(EXPECTED, `${id}-projects.tsv`), 'utf8').trim().split('\n');
    const pool = rows.filter((r) => r[3] === 'projects' || r[3] === 'projects_carryover');
    for (const line of expected) {
      const [key, name, ...amounts] = line.split('\t');
      amounts.forEach((a, k) => {
        if (!a) return;
        const col = COLUMN_ORDER[key!]![k]!;
        // Names repeat (a unit and its 本级, two projects of one name): take one match at a time.
        const i = pool.findIndex((r) => r[3] === key && r[6]!.split(' / ').pop() === name && r[7] === col && r[8] === wanToYuan(a));
        expect(i, `${key} ${name} ${col} ${a}`).toBeGreaterThanOrEqual(0);
        pool.splice(i, 1);
      });
    }
    // Nothing but the expected project figures was exported for those tables.
    expect(pool).toEqual([]);
  });
});

describe('seed 001 (阳泉市卫生健康委员会 2024 部门预算)', () => {
  it('reads the document metadata', async () => {
    const d = await parseFile(SEEDS.s001);
    expect(d).toMatchObject({ kind: 'budget', level: 'department', fiscal_year: 2024, entity: '阳泉市卫生健康委员会', entity_code: '063', template: 'shanxi' });
  });

  it('recognises all 13 tables, empty ones as empty', async () => {
    const d = await parseFile(SEEDS.s001);
    expect(d.tables.map((t) => t.key)).toEqual([
      'summary', 'income', 'expense', 'fiscal_summary', 'gpb_expense', 'gpb_basic_econ', 'gf_income', 'gf_expense', 'soe',
      'three_public', 'admin_running', 'projects', 'projects_carryover',
    ]);
    expect(d.tables.filter((t) => t.status === 'empty').map((t) => t.key)).toEqual(['gf_income', 'gf_expense', 'soe']);
    expect(d.tables.every((t) => t.unit === '万元' || t.status === 'empty')).toBe(true);
  });

  it('reads the two-sided 收支总表 (figures checked by hand)', async () => {
    const t = table(await parseFile(SEEDS.s001), 'summary');
    const role = (r: string) => (x: Table['rows'][number]) => x.role === r;
    expect(cell(t, role('general_public'), 'amount')).toBe('18041.69');
    expect(cell(t, role('current_income_total'), 'amount')).toBe('18041.69');
    expect(cell(t, role('carryover'), 'amount')).toBe('1114.01');
    expect(cell(t, role('income_grand_total'), 'amount')).toBe('19155.70');
    expect(cell(t, role('expense_grand_total'), 'total')).toBe('19155.70');
    expect(cell(t, role('current_expense_total'), 'carryover')).toBe('1114.01');
    const health = t.rows.find((r) => r.code === '210' && r.side === 'expense')!;
    expect(health.code_source).toBe('catalog');
    expect(Object.fromEntries(Object.entries(health.cells).map(([k, v]) => [k, v.fen]))).toEqual({
      total: 17_171_840_000, current_year: 16_057_830_000, carryover: 1_114_010_000,
    });
  });

  it('reads the 财政拨款收支总表 carry-over by source', async () => {
    const t = table(await parseFile(SEEDS.s001), 'fiscal_summary');
    expect(t.rows.find((r) => r.role === 'carryover.general_public')?.cells['amount']?.text).toBe('1114.01');
    expect(t.rows.find((r) => r.code === '210')?.cells['general_public']?.text).toBe('17171.84');
  });

  it('reads the dual-classification 基本支出经济科目表', async () => {
    const t = table(await parseFile(SEEDS.s001), 'gpb_basic_econ');
    const total = t.rows.find((r) => r.kind === 'total')!;
    expect([total.cells['total']?.text, total.cells['personnel']?.text, total.cells['public_use']?.text]).toEqual(['7082.95', '6506.17', '576.78']);
    const heat = t.rows.filter((r) => r.path[0] === '取暖费');
    expect(heat.map((r) => [r.code, r.path[1], r.cells['public_use']?.text])).toEqual([
      ['30208', '办公经费', '9.06'],
      ['30208', '商品和服务支出', '125.36'],
    ]);
    expect(t.rows.find((r) => r.path[0] === '对个人和家庭的补助')).toMatchObject({ code: '303', level: 1 });
  });

  it('reads 三公 and 机关运行经费 with their roles', async () => {
    const d = await parseFile(SEEDS.s001);
    const tp = table(d, 'three_public');
    expect(tp.rows.map((r) => r.role)).toEqual(['abroad', 'reception', 'vehicle', 'vehicle_purchase', 'vehicle_operation', 'total']);
    expect(cell(tp, (r) => r.role === 'vehicle_operation', 'total')).toBe('41.40');
    const ar = table(d, 'admin_running');
    expect(ar.rows.map((r) => [r.kind, r.name, r.cells['total']?.text])).toEqual([
      ['total', '部门合计', '93.28'],
      ['item', '阳泉市卫生健康委员会', '77.17'],
      ['item', '阳泉市公共卫生事件应急指挥中心', '7.68'],
      ['item', '阳泉市计划生育协会', '8.43'],
    ]);
  });

  it('reads the project tree: department › unit › project', async () => {
    const t = table(await parseFile(SEEDS.s001), 'projects');
    expect(t.rows.filter((r) => r.kind === 'department').map((r) => r.cells['total']?.text)).toEqual(['10958.74']);
    const units = t.rows.filter((r) => r.kind === 'unit');
    expect(units).toHaveLength(14);
    expect(units[0]!.path).toEqual(['阳泉市卫生健康委员会', '阳泉市卫生健康委员会']);
    expect(t.rows.filter((r) => r.kind === 'project')).toHaveLength(86); // the narrative's 86 projects
    const p = t.rows.find((r) => r.name === '爱国卫生运动经费')!;
    expect(p).toMatchObject({ kind: 'project', level: 3, path: ['阳泉市卫生健康委员会', '阳泉市卫生健康委员会', '爱国卫生运动经费'] });
    expect(p.cells['total']).toEqual({ fen: 16_900_000, text: '16.90' }); // 16.90万元 = 169,000元
    // A project whose name starts with digits keeps them: "120调度专线…" is not a function code.
    expect(t.rows.find((r) => r.name.startsWith('120调度'))).toMatchObject({ code: null, kind: 'project' });
    const carry = table(await parseFile(SEEDS.s001), 'projects_carryover');
    expect(carry.rows.filter((r) => r.kind === 'unit')).toHaveLength(9);
    expect(carry.rows.filter((r) => r.kind === 'project')).toHaveLength(18);
  });

  it('reads the narrative, overview, TOC and glossary', async () => {
    const d = await parseFile(SEEDS.s001);
    expect(d.overview.map((s) => s.title)).toEqual(['本部门职责', '机构设置情况']);
    const titled = d.sections.filter((s) => s.number);
    expect(titled.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']);
    expect(titled[1]!.text).toContain('18,041.69万元，占94.18%');
    // A paragraph the extraction broke mid-sentence reads as one.
    expect(titled[2]!.text).toContain('其中：基本支出7082.95万元，占36.98%；');
    expect(d.toc.find((e) => e.title.startsWith('表十三'))?.page).toBe(22);
    expect(d.glossary[0]).toMatchObject({ term: '基本支出' });
    expect(d.glossary.find((g) => g.term === '财政专户管理资金')?.definition).toMatch(/^专指教育收费/);
  });

  it('reads 41 project forms with both periods of indicators', async () => {
    const d = await parseFile(SEEDS.s001);
    const forms = d.forms as ProjectForm[];
    expect(forms).toHaveLength(41);
    const f = forms.find((x) => x.project === '防控办疫情防控经费')!;
    expect(f.department).toEqual({ code: '063', name: '阳泉市卫生健康委员会' });
    expect(f.funds.implementation.total?.fen).toBe(30_000_000);
    expect(f.funds.annual.total?.fen).toBe(10_000_000);
    expect(f.funds.annual.sources.city_county?.text).toBe('100,000');
    expect(f.filled_at).toBe('20240111100900');
    // 13 indicators a period, as printed (counted by hand).
    expect(f.indicators.filter((i) => i.period === 'implementation')).toHaveLength(13);
    expect(f.indicators.filter((i) => i.period === 'annual')).toHaveLength(13);
    expect(f.indicators.find((i) => i.name === '人民群众满意度' && i.period === 'annual')).toMatchObject({
      level1: '满意度指标', level2: '服务对象满意度指标', value: '≥95%', op: '≥', number: 95, unit: '%',
    });
  });

  it('reports nothing unplaced', async () => {
    const d = await parseFile(SEEDS.s001);
    expect(d.diagnostics.filter((x) => x.code === 'line.unplaced' || x.code === 'table.row-shape')).toEqual([]);
  });
});

describe('seed 002 (unit)', () => {
  it('is a unit disclosure whose project table has the unit on top', async () => {
    const d = await parseFile(SEEDS.s002);
    expect(d).toMatchObject({ level: 'unit', entity: '阳泉市卫生健康委员会医事管理中心', fiscal_year: 2024 });
    const t = table(d, 'projects');
    expect(t.rows.map((r) => [r.kind, r.name])).toEqual([
      ['unit', '阳泉市卫生健康委员会医事管理中心'],
      ['project', '职业病鉴定经费'],
      ['project', '卫生健康考试考务费'],
    ]);
    expect(table(d, 'projects_carryover').status).toBe('empty');
    expect(table(d, 'three_public').status).toBe('empty');
  });

  it('keeps the rounding difference as printed (合计 136.97 = 129.01 + 7.95 in print)', async () => {
    const t = table(await parseFile(SEEDS.s002), 'gpb_basic_econ');
    const total = t.rows.find((r) => r.kind === 'total')!;
    expect([total.cells['total']?.fen, total.cells['personnel']?.fen, total.cells['public_use']?.fen]).toEqual([136_970_000, 129_010_000, 7_950_000]);
  });

  it('survives the garbled, repeating form extraction and reports it', async () => {
    const d = await parseFile(SEEDS.s002);
    expect(d.forms.map((f) => (f as ProjectForm).project)).toEqual(['卫生健康考试考务费', '职业病鉴定经费']);
    expect(d.diagnostics.some((x) => x.code === 'line.repeated')).toBe(true);
  });
});

describe('performance-only documents', () => {
  it('seed 000: 6 forms, all indicators and funds', async () => {
    const d = await parseFile(SEEDS.s000);
    expect(d).toMatchObject({ kind: 'performance', level: 'unit', entity: '阳泉市卫生健康综合行政执法队', fiscal_year: 2024 });
    const forms = d.forms as ProjectForm[];
    // Funds and indicator counts per form, read off the seed by hand (implementation / annual).
    expect(forms.map((f) => [f.project, f.funds.implementation.total?.text, f.funds.annual.total?.text])).toEqual([
      ['车改后交通补助', '54,000', '13,500'],
      ['交通补助（车改后）', '40,500', '40,500'],
      ['卫生监督抽检检测费', '150,000', '150,000'],
      ['卫生监督工作经费', '300,000', '150,000'],
      ['遗属人员工资', '9,058', '9,058'],
      ['遗属人员经费', '9,576', '518'],
    ]);
    expect(forms.map((f) => f.indicators.length)).toEqual([12, 12, 12, 24, 10, 10]);
    expect(forms[0]!.funds.annual.sources).toMatchObject({ central: { fen: 0 }, city_county: { fen: 1_350_000 } });
    const tq = forms[0]!.indicators.filter((i) => i.name === '发放时间');
    expect(tq.map((i) => [i.period, i.level2, i.value, i.op, i.number])).toEqual([
      ['implementation', '时效指标', '按季度发放', null, null],
      ['annual', '时效指标', '按季度发放', null, null],
    ]);
  });

  it('seed 004 (上海): 8 forms, all indicators and funds', async () => {
    const d = await parseFile(SEEDS.s004);
    expect(d).toMatchObject({ kind: 'performance', template: 'shanghai', fiscal_year: 2023, entity: '上海市闵行区卫生健康委员会监督所' });
    const forms = d.forms as ProjectForm[];
    expect(forms).toHaveLength(8);
    expect(forms.map((f) => f.indicators.length)).toEqual([6, 6, 6, 6, 6, 7, 6, 6]);
    const f = forms[1]!;
    expect(f).toMatchObject({ project: '政府雇员项目', attribute: '经常性项目', category: '特定目标类', start_date: '2023-01-01', end_date: '2023-12-31' });
    expect(f.funds.implementation.total?.fen).toBe(275_887_800);
    expect(f.funds.implementation.sources.fiscal?.text).toBe('2,758,878.00');
    expect(f.funds.annual.sources).toMatchObject({ current_year: { fen: 275_887_800 }, carryover: { fen: 0 }, other: { fen: 0 } });
    expect(f.indicators[0]).toMatchObject({ period: 'annual', level1: '产出指标', level2: '数量指标', name: '雇员人数', value: '=22.00(人)', op: '=', number: 22, unit: '人' });
    expect(forms[0]!.goals.implementation).toMatch(/^对闵行区卫生监督综合管理信息平台/);
  });
});
