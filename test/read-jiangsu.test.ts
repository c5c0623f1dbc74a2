import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { formatFen, parseAmount } from '../src/model/money.js';
import type { Table } from '../src/model/disclosure.js';
import { createPdfReader } from '../src/read/pdf/pdf-reader.js';
import { coreName } from '../src/read/recognize/row-meaning.js';
import { JIANGSU as JIANGSU_TEMPLATE } from '../src/read/templates/jiangsu.js';
import { fold } from '../src/text/fold.js';
import { DOCS, JIANGSU, readCorpusDoc, summaryCsv, type ReadBack } from './helpers/jiangsu.js';

// The 江苏 corpus read from the published PDFs: every document's 12 tables, every printed figure in the
// model, and the 收支预算总表 figures equal to those a third party extracted by hand (收支预算总表.csv).

const reader = createPdfReader({ workers: 2 });
// All documents are read at once, two at a time; each test waits for the ones it needs.
beforeAll(() => {
  for (const d of DOCS) void read(d.dept, d.year).catch(() => undefined);
});
afterAll(() => reader.close());

const cache = new Map<string, Promise<ReadBack>>();
function read(dept: string, year: number): Promise<ReadBack> {
  const key = `${dept}/${year}`;
  let p = cache.get(key);
  if (!p) {
    const d = DOCS.find((x) => x.dept === dept && x.year === year)!;
    p = readCorpusDoc(d, reader);
    cache.set(key, p);
  }
  return p;
}

const table = (r: ReadBack, key: string): Table => {
  const t = r.doc.tables.find((x) => x.key === key);
  if (!t) throw new Error(`${key} not read`);
  return t;
};

/** The one figure of a named row (by name without ordinal) of a table, as printed in 万元. */
function figure(t: Table, name: string): string | null {
  const rows = t.rows.filter((r) => coreName(r.name) === fold(name));
  if (rows.length !== 1) throw new Error(`${t.key}: ${rows.length} rows named ${name}`);
  const cells = Object.values(rows[0]!.cells);
  if (cells.length > 1) throw new Error(`${t.key}: ${name} has ${cells.length} figures`);
  return cells[0] ? formatFen(cells[0].fen, '万元', 2) : null;
}

describe.each(['江苏省人大办公厅', '江苏省人民检察院', '江苏省委办公厅'])('%s: 收支预算总表 against the third-party CSV', (dept) => {
  const csv = summaryCsv(dept);
  it.each([2017, 2018, 2019])('%i', async (year) => {
    const summary = table(await read(dept, year), 'summary');
    const expected = csv.get(year)!;
    expect(expected.size).toBeGreaterThanOrEqual(12);
    for (const [col, value] of expected) {
      const want = value === '' ? null : formatFen(parseAmount(value, '万元')!.fen, '万元', 2);
      expect(figure(summary, col), `${year} ${col}`).toBe(want);
    }
  });
});

describe.each(DOCS.map((d) => [`${d.dept} ${d.year}`, d] as const))('%s', (_, d) => {
  it('reads the 12 tables of the 江苏 template, each printed figure into the model', async () => {
    const r = await read(d.dept, d.year);
    expect(r.doc).toMatchObject({ template: 'jiangsu', fiscal_year: d.year, kind: 'budget' });
    expect(r.doc.tables.map((t) => t.key).sort()).toEqual([...JIANGSU_TEMPLATE.required].sort());
    for (const t of r.doc.tables) {
      expect(t.confidence, t.title).toBeGreaterThanOrEqual(0.9);
      // Figures printed in the table's lines = figures in the model. Printed codes (201, 30101) are
      // numbers too: those the model took as a row's code do not count.
      const codes = new Map<number, string>();
      for (const row of t.rows) if (row.code && row.code_source === 'printed') codes.set(row.line, row.code);
      let printed = 0;
      for (const l of r.lines) {
        if (l.no <= t.line || l.no > t.end_line) continue;
        printed += l.cells.filter((c) => c && parseAmount(c, '万元') !== null && c !== codes.get(l.no)).length;
      }
      const read = t.rows.reduce((n, row) => n + Object.keys(row.cells).length, 0);
      expect(read, `${t.key} ${t.title}`).toBe(printed);
    }
    // Nothing misplaced: a date on a cover is the only figure outside the model that may be reported.
    const problems = r.doc.diagnostics.filter(
      (x) => x.severity !== 'info' && !(x.code === 'line.unplaced' && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(x.text ?? '')),
    );
    expect(problems).toEqual([]);
    // The 情况说明 in sections (one a table, 11 to 15 of them), each with its text; the contents, printed
    // without page numbers, in the TOC, not as empty sections.
    expect(r.doc.sections.length).toBeGreaterThanOrEqual(11);
    expect(r.doc.sections.filter((s) => s.text.trim() === '')).toEqual([]);
    expect(r.doc.toc.length).toBeGreaterThanOrEqual(19);
  });
});

describe('page footers in running text', () => {
  it('人大 2019: ─ 7 ─ footers are dropped and the paragraphs they cut are joined over the page break', async () => {
    const text = (await read('江苏省人大办公厅', 2019)).doc.sections.map((s) => s.text).join('\n');
    expect(text).not.toMatch(/─\s*\d+\s*─/);
    expect(text).toContain('4．上年结转资金预算数为0万元。与上年相比增加（减少）0万元，增长（减少）0%。');
    expect(text).toContain('江苏省第十三届人代会二次会议经费专项增加200万元');
  });
});

describe('printed 0 and blank', () => {
  it('keeps a printed 0 as 0 and a blank cell as absent', async () => {
    // 人大 2017 三公: 公务用车购置费 printed "0"; 检察院 2019 收支预算总表: 其他资金 printed blank.
    const three = table(await read('江苏省人大办公厅', 2017), 'three_public').rows[0]!;
    expect(three.cells['vehicle_purchase']).toEqual({ fen: 0, text: '0' });
    expect(three.cells['vehicle_operation']).toEqual({ fen: 183_600_000, text: '183.60' });
    const s = table(await read('江苏省人民检察院', 2019), 'summary');
    expect(s.rows.find((x) => coreName(x.name) === '其他资金')!.cells).toEqual({});
  });
});

describe('yusuan parse TABLES.pdf TEXT.pdf', () => {
  it('reads the two files of one disclosure as one, each table with its confidence', async () => {
    const out = new PassThrough();
    let stdout = '';
    out.on('data', (c) => (stdout += String(c)));
    const dir = join(JIANGSU, '江苏省委办公厅');
    const code = await main(['parse', '江苏省委办公厅2019年度部门预算公开文件.pdf', '江苏省委办公厅2019年度部门预算公开表格.pdf'], {
      stdin: new PassThrough(), stdout: out, stderr: new PassThrough(), cwd: dir, env: {},
    });
    expect(code).toBe(0);
    expect(stdout).toContain('江苏省委办公厅 · 2019年 · 部门 · 预算公开 · 模板 jiangsu');
    expect(stdout).toContain('表格 12:');
    expect(stdout.match(/\(置信度 1\.00\)/g)).toHaveLength(12);
    expect(stdout).toMatch(/summary\s+收支总表\s+\d+ 行\s+收入合计 27664\.22 万元/);
  });
});

describe('hand-checked figures of the departments without a CSV', () => {
  it('政协办公厅 2017: 三公 columns, 政府采购 by category, the 收入预算总表 path', async () => {
    const r = await read('江苏省政协办公厅', 2017);
    const three = table(r, 'three_public');
    expect(three.rows).toHaveLength(1);
    const cells = Object.fromEntries(Object.entries(three.rows[0]!.cells).map(([k, v]) => [k, v.text]));
    expect(cells).toEqual({
      total: '1,852.32', three_public: '676.10', abroad: '76.00', vehicle: '156.60', vehicle_operation: '156.60',
      reception: '443.50', meeting: '1,094.62', training: '81.60',
    });
    // “三公”经费 spans its items, 公务用车购置及运行维护费 its own three (groups over groups spread bottom up).
    expect(Object.fromEntries(three.columns.map((c) => [c.key, c.header]))).toMatchObject({
      vehicle: ['“三公”经费', '公务用车购置及运行维护费', '小计'],
      vehicle_operation: ['“三公”经费', '公务用车购置及运行维护费', '公务用车运行维护费'],
      reception: ['“三公”经费', '公务接待费'],
      meeting: ['会议费'],
    });
    const proc = table(r, 'procurement');
    expect(figure(proc, '合计')).toBe('1271.22');
    expect(proc.rows.filter((x) => x.level === 1).map((x) => [x.name, formatFen(Object.values(x.cells)[0]!.fen, '万元', 2)])).toEqual([
      ['一、货物A', '259.32'],
      ['三、服务C', '1011.90'],
    ]);
    // A row after the page break keeps the groups printed above it.
    const venue = proc.rows.find((x) => x.name === '住宿服务' && x.cells['total']?.text === '362.60')!;
    expect(venue.path).toEqual(['三、服务C', '省政协全委会', '会议费', '住宿服务']);
    // The 采购组织形式 column is kept beside the figure, on every item that prints it (28 in the PDF).
    expect(venue.attrs).toEqual({ 采购组织形式: '分散自行组织' });
    expect(proc.rows.filter((x) => x.attrs?.['采购组织形式'] === '分散自行组织')).toHaveLength(28);
    expect(proc.rows.find((x) => x.name === '一、货物A')!.attrs).toBeUndefined();
    const income = table(r, 'income');
    const other = income.rows.find((x) => x.path.join('/') === '其他资金/其他收入')!;
    expect(other.cells['amount']!.text).toBe('80.00');
    expect(table(r, 'expense').rows[0]!.cells).toMatchObject({ total: { text: '9,146.79' }, basic: { text: '5,916.27' }, reserve: { text: '106.84' } });
  });

  it('高级人民法院 2017: 收支预算总表 and the function classes of the expense tables', async () => {
    const r = await read('江苏省高级人民法院', 2017);
    const s = table(r, 'summary');
    expect(figure(s, '财政拨款')).toBe('28849.38');
    expect(figure(s, '公共安全支出')).toBe('23513.11');
    expect(figure(s, '基本支出')).toBe('17123.19');
    expect(figure(s, '收入合计')).toBe('28849.38');
    expect(table(r, 'gpb_expense').rows.find((x) => x.code === '204')!.cells['amount']!.text).toBe('23,513.11');
  });
});
