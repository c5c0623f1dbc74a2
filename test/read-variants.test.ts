import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check/engine.js';
import { tidyCsv } from '../src/export/tidy-csv.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { parseFile, parseText, SEEDS } from './helpers/seeds.js';

// Variants of seed 001 as other extractions and other offices print the same document: page footers of
// every common form, header cells wrapped onto a second line, titles sharing their line with the unit,
// spaced-out labels, placeholders in label cells. Each must read to the seed's tables, cells and
// findings (the table titles excepted where the variant reprints them).

const seed = () => readFileSync(SEEDS.s001, 'utf8');
const SHANGHAI = join(import.meta.dirname, 'fixtures', 'unseen', 'shanghai-district.txt');

interface Read {
  doc: Disclosure;
  cells: string[];
  findings: string[];
  warnings: string[];
}

async function read(doc: Disclosure, withTitles = true): Promise<Read> {
  const cells = [...tidyCsv(doc)].slice(1).map((l) => {
    const c = l.split(',').slice(1);
    if (!withTitles) c.splice(3, 1);
    return c.join(',');
  });
  const findings = check(doc).findings.map((f) => [f.rule, f.severity, f.table, f.row, f.column, f.actual].join('|')).sort();
  const warnings = doc.diagnostics.filter((x) => x.severity !== 'info').map((x) => `${x.code}|${x.severity}|${x.table}`).sort();
  return { doc, cells, findings, warnings };
}

let base: Promise<Read> | null = null;
const baseline = (withTitles = true) => (withTitles ? (base ??= parseFile(SEEDS.s001).then((d) => read(d))) : parseFile(SEEDS.s001).then((d) => read(d, false)));

/** The seed's text with `text` put on lines of its own before the first line starting with `before` after `title`. */
export function insertBefore(t: string, title: string, before: string, text: string): string {
  const from = t.indexOf(`\n${title}\n`);
  const at = t.indexOf(`\n${before}`, from) + 1;
  if (from < 0 || at <= 0) throw new Error(`${before} not found after ${title}`);
  return `${t.slice(0, at)}${text}\n${t.slice(at)}`;
}

async function expectSameAsSeed(text: string, withTitles = true): Promise<Read> {
  const v = await read(await parseText(text), withTitles);
  const b = await baseline(withTitles);
  expect(v.cells).toEqual(b.cells);
  expect(v.findings).toEqual(b.findings);
  expect(v.warnings).toEqual(b.warnings);
  return v;
}

const INCOME = '2024年预算收入总表';
const INCOME_HEADER = '项目\t\t本年收入\t\t\t\t\t\t上年结转\n科目编码\t科目名称\t合计\t一般公共预算\t政府性基金\t国有资本经营 预算\t财政专户管理 资金\t单位资金\t';

describe('page numbers between the rows of a table', () => {
  it.each(['- 7 -', '— 7 —', '第 7 页', '第7页 共22页', '7 / 22', '（7）'])('%s is a page number, not a row', async (pn) => {
    for (const repeated of [false, true]) {
      const text = insertBefore(seed(), INCOME, '21002\t公立医院', repeated ? `${pn}\n${INCOME_HEADER}` : pn);
      const v = await expectSameAsSeed(text);
      expect(v.doc.diagnostics).toContainEqual(expect.objectContaining({ code: 'line.unplaced', severity: 'info', text: pn, detail: { reason: 'page-number' } }));
    }
  });

  it('a page number between paragraphs is not part of the text', async () => {
    const t = seed();
    const para = t.indexOf('\n', t.indexOf('\n2024年度阳泉市卫生健康委员会预算收入') + 1) + 1;
    const d = await parseText(`${t.slice(0, para)}- 12 -\n${t.slice(para)}`);
    expect(d.sections.some((s) => s.text.includes('- 12 -'))).toBe(false);
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'line.unplaced', severity: 'info', text: '- 12 -' }));
  });
});

describe('header cells wrapped onto a second line', () => {
  const EXPENSE_HEADER = '项目\t\t2024年预算数\t\t\n科目编码\t科目名称\t合计\t基本支出\t项目支出';
  const EXPENSE_WRAPPED = '项目\t\t2024年预算数\t\t\n科目编码\t科目名称\t合计\t基本\t项目\n\t\t\t支出\t支出';
  it.each([
    ['基本 | 项目 over 支出 | 支出', (t: string) => t.replace(EXPENSE_HEADER, EXPENSE_WRAPPED)],
    ['一般公共 over 预算', (t: string) => t.replace('合计\t一般公共预算\t政府性基金', '合计\t一般公共\t政府性基金').replace('财政专户管理 资金\t单位资金\t\n合计\t\t18041.69', '财政专户管理 资金\t单位资金\t\n\t\t\t预算\t\t\t\t\t\n合计\t\t18041.69')],
    ['国有资本经营 | 财政专户管理 over 预算 | 资金', (t: string) => t.replace('国有资本经营 预算\t财政专户管理 资金\t单位资金\t\n', '国有资本经营\t财政专户管理\t单位资金\t\n\t\t\t\t\t预算\t资金\t\t\n')],
    ['部门预算支出经济 | 政府预算支出经济 over 科目名称 | 科目名称', (t: string) => t.replace('部门预算支出经济科目名称\t政府预算支出经济科目名称\t2024年预算数\t\t\n\t\t合计\t人员经费\t公用经费', '部门预算支出经济\t政府预算支出经济\t2024年预算数\t\t\n科目名称\t科目名称\t合计\t人员经费\t公用经费')],
    ['the wrapped header repeated on a new page', (t: string) => insertBefore(t.replace(EXPENSE_HEADER, EXPENSE_WRAPPED), '2024年预算支出总表', '210\t', `- 5 -\n${EXPENSE_WRAPPED}`)],
  ])('%s', async (_, change) => {
    const text = change(seed());
    expect(text).not.toBe(seed());
    await expectSameAsSeed(text);
  });
});

describe('a title line that carries the unit or the entity in another cell', () => {
  const ALL_TITLES = /^(2024年[^\n]*表[^\n]*)\n\n部门名称：阳泉市卫生健康委员会( 单位：万元)?\n\n(单位：万元\n\n)?/gm;

  it('every title with 单位：万元 in its last cell: the same tables, each with its unit stated', async () => {
    const text = seed().replace(ALL_TITLES, '$1\t\t\t单位：万元\n部门名称：阳泉市卫生健康委员会\n');
    expect(text.match(/\t\t\t单位：万元\n/g)?.length).toBeGreaterThanOrEqual(10);
    const v = await expectSameAsSeed(text);
    const b = await baseline();
    expect(v.doc.tables.map((t) => [t.key, t.title, t.unit, t.unit_stated])).toEqual(b.doc.tables.map((t) => [t.key, t.title, t.unit, t.unit_stated]));
  });

  it.each([
    ['a short title with the unit beside it', '2024年预算收支总表\t\t\t\t\t单位：万元\n部门名称：阳泉市卫生健康委员会'],
    ['the entity beside the title', '2024年预算收支总表\t\t部门名称：阳泉市卫生健康委员会\n单位：万元'],
    ['the entity and the unit beside the title', '2024年预算收支总表\t部门名称：阳泉市卫生健康委员会\t\t单位：万元'],
    ['the unit in brackets after the title', '2024年预算收支总表（单位：万元）\n部门名称：阳泉市卫生健康委员会'],
  ])('%s', async (_, lines) => {
    const text = seed().replace('\n2024年预算收支总表\n\n部门名称：阳泉市卫生健康委员会\n\n单位：万元\n', `\n${lines}\n`);
    expect(text).not.toBe(seed());
    const v = await expectSameAsSeed(text);
    expect(v.doc.tables[0]).toMatchObject({ key: 'summary', title: '2024年预算收支总表', unit: '万元', unit_stated: true, entity: '阳泉市卫生健康委员会' });
  });

  it('a row of figures that no table took is reported, not read as a paragraph', async () => {
    const t = seed();
    const d = await parseText(insertBefore(t, '第三部分 2024年度部门预算情况说明', '2024年度阳泉市卫生健康委员会预算收入19', '一般公共预算\t18041.69\t94.18'));
    expect(d.sections.some((s) => s.text.includes('18041.69\t'))).toBe(false);
    expect(d.sections.some((s) => s.text.includes('一般公共预算 18041.69'))).toBe(false);
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'line.unplaced', severity: 'warning', text: '一般公共预算 18041.69 94.18' }));
  });
});

describe('one canonical key, one table', () => {
  const CURRENT = '\n2024年项目支出预算表（本年预算）\n';
  const CARRIED = '\n2024年项目支出预算表（上年结转）\n';
  const PROJECTS_HEADER = '项目名称\t合计\t2024年财政拨款\t\t\t财政专户管理资金\t单位资金\n\t\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t\n1\t2\t3\t4\t5\t6\t7';

  it.each([
    ['both project tables titled 项目支出预算表', (t: string) => t.replace(CURRENT, '\n2024年项目支出预算表\n').replace(CARRIED, '\n2024年项目支出预算表\n'), '2024年项目支出预算表'],
    ['the carried-over one titled 结转项目支出预算表', (t: string) => t.replace(CARRIED, '\n2024年结转项目支出预算表\n'), '2024年结转项目支出预算表'],
  ])('%s: the second title goes to the free sibling key', async (_, change, title) => {
    const v = await expectSameAsSeed(change(seed()), false);
    expect(v.doc.tables.map((t) => t.key)).toEqual((await baseline()).doc.tables.map((t) => t.key));
    expect(v.doc.tables.at(-1)).toMatchObject({ key: 'projects_carryover', title, line: 548, end_line: 585 });
    expect(v.doc.tables.at(-1)!.rows).toHaveLength(28);
  });

  it('a table printed twice, with others between, is read once and the copy reported', async () => {
    const t = seed();
    const from = t.indexOf('\n2024年财政拨款安排“三公”经费支出预算表\n') + 1;
    const copy = t.slice(from, t.indexOf('\n2024年财政拨款安排机关运行经费预算表\n') + 1);
    const text = t.replace('\n2024年项目支出预算表（本年预算）\n', `\n${copy}\n2024年项目支出预算表（本年预算）\n`);
    const d = await parseText(text);
    expect(d.tables.filter((x) => x.key === 'three_public')).toHaveLength(1);
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'table.duplicate', severity: 'warning', table: 'three_public', text: '2024年财政拨款安排“三公”经费支出预算表' }));
    const b = await baseline();
    expect((await read(d)).cells.filter((c) => c.includes(',three_public,'))).toEqual(b.cells.filter((c) => c.includes(',three_public,')));
  });

  it('a title repeated over a table continued on a new page stays one table when its sibling has its own title', async () => {
    const text = insertBefore(seed(), '2024年项目支出预算表（本年预算）', '阳泉市第一人民医院\t1403.80', `- 19 -\n2024年项目支出预算表（本年预算）\n部门名称：阳泉市卫生健康委员会\n单位：万元\n${PROJECTS_HEADER}`);
    await expectSameAsSeed(text);
  });
});

describe('titles of the national template, and titles of no template', () => {
  it('国有资本经营预算支出表 in a 上海 document is its 支出功能分类表 (soe_expense)', async () => {
    const original = readFileSync(SHANGHAI, 'utf8');
    const text = original.replace('\n2024年部门国有资本经营预算支出功能分类预算表\n', '\n2024年国有资本经营预算支出表\n');
    expect(text).not.toBe(original);
    const [v, b] = [await read(await parseText(text), false), await read(await parseFile(SHANGHAI), false)];
    expect(v.cells).toEqual(b.cells);
    expect(v.findings).toEqual(b.findings);
    expect(v.doc.tables.find((t) => t.title === '2024年国有资本经营预算支出表')).toMatchObject({ key: 'soe_expense', unit: '元' });
  });

  it('部门收支总表, 部门收入总表, 部门支出总表, 国有资本经营预算支出表, 项目支出表 name the same tables', async () => {
    const text = seed()
      .replace('\n2024年预算收支总表\n', '\n2024年部门收支总表\n')
      .replace('\n2024年预算收入总表\n', '\n2024年部门收入总表\n')
      .replace('\n2024年预算支出总表\n', '\n2024年部门支出总表\n')
      .replace('\n2024年国有资本经营预算收支预算表（不含上年结转）\n', '\n2024年国有资本经营预算支出表\n')
      .replace('\n2024年项目支出预算表（本年预算）\n', '\n2024年项目支出表\n');
    const v = await expectSameAsSeed(text, false);
    const b = await baseline();
    expect(v.doc.tables.map((t) => [t.key, t.number, t.unit, t.unit_stated, t.line])).toEqual(b.doc.tables.map((t) => [t.key, t.number, t.unit, t.unit_stated, t.line]));
    expect(v.doc.tables.map((t) => t.title).filter((t) => /部门收|部门支|经营预算支出表|项目支出表/.test(t))).toEqual([
      '2024年部门收支总表', '2024年部门收入总表', '2024年部门支出总表', '2024年国有资本经营预算支出表', '2024年项目支出表',
    ]);
  });

  it('a title no template knows, after a table, starts its own table with its number and unit', async () => {
    const text = seed().replace('\n2024年国有资本经营预算收支预算表（不含上年结转）\n', '\n2024年国有资本经营情况明细表\n');
    const v = await expectSameAsSeed(text, false);
    expect(v.doc.tables.find((t) => t.key === 'soe')).toMatchObject({ title: '2024年国有资本经营情况明细表', number: '部门公开表9', unit: '万元', unit_stated: true });
    expect(v.doc.tables.find((t) => t.key === 'gf_expense')?.number).toBe((await baseline()).doc.tables.find((t) => t.key === 'gf_expense')?.number);
  });
});

describe('单位：万元 printed in the last cell of the first header row', () => {
  it('is the unit, and the row is read as the header it is', async () => {
    const text = seed().replace(/\n\n单位：万元\n\n([^\n]*)\n/g, (_, line: string) => {
      const cells = line.split('\t');
      if (cells[cells.length - 1] === '') cells[cells.length - 1] = '单位：万元';
      else cells.push('单位：万元');
      return `\n\n${cells.join('\t')}\n`;
    });
    expect(text.match(/\t单位：万元\n/g)?.length).toBeGreaterThanOrEqual(10);
    const v = await expectSameAsSeed(text);
    expect(v.doc.tables.filter((t) => t.status === 'present').every((t) => t.unit_stated)).toBe(true);
  });
});

describe('labels as printed by other offices', () => {
  /** Every table row of the seed with figures, changed by `f` (cells after the first). */
  const tableRows = (t: string, f: (cells: string[]) => string[]) => {
    const a = t.indexOf('\n第二部分 2024年部门预算报表\n');
    const b = t.indexOf('\n第三部分 2024年度部门预算情况说明\n');
    const rows = t.slice(a, b).split('\n').map((l) => {
      const cells = l.split('\t');
      return cells.length >= 3 && cells.some((c) => /^-?[\d,]+\.\d\d$/.test(c)) ? f(cells).join('\t') : l;
    });
    return t.slice(0, a) + rows.join('\n') + t.slice(b);
  };

  it('letter-spaced totals (合　　计, 收 入 总 计) keep their name and role', async () => {
    const text = seed().replace(/^合计\t/gm, '合　　计\t').replace(/收入总计\t/g, '收 入 总 计\t').replace(/支出总计\t/g, '支 出 总 计\t').replace(/部门合计\t/g, '部 门 合 计\t');
    await expectSameAsSeed(text);
  });

  it.each(['-', '—'])('blank cells printed as %s, in the name column too', async (blank) => {
    const text = tableRows(seed(), (cells) => [cells[0]!, ...cells.slice(1).map((c) => (c === '' ? blank : c))]);
    await expectSameAsSeed(text);
  });

  it('a blank name printed as 0 beside 合计', async () => {
    const text = tableRows(seed(), (cells) => (cells[0] === '合计' && cells[1] === '' ? ['合计', '0', ...cells.slice(2)] : cells));
    expect(text.match(/^合计\t0\t/gm)?.length).toBeGreaterThanOrEqual(3);
    await expectSameAsSeed(text);
  });

  it('a figure in the name column of the 合计 row is reported, not made part of its name', async () => {
    const text = seed().replace('\n合计\t\t19155.70\t7082.95\t12072.75\n', '\n合计\t19155.07\t19155.70\t7082.95\t12072.75\n');
    const v = await read(await parseText(text));
    const b = await baseline();
    expect(v.cells).toEqual(b.cells);
    expect(v.findings).toEqual(b.findings);
    expect(v.doc.diagnostics).toContainEqual(expect.objectContaining({ code: 'table.row-shape', severity: 'warning', table: 'expense', text: '19155.07', detail: { cell: 2 } }));
  });

  it('a 6-digit code in the code column is kept as the code, with a diagnostic, not read as a figure', async () => {
    const text = seed().replace('\n2100101\t行政运行\t400.59\t400.59\t\t\t\t\t\n', '\n210010\t行政运行\t400.59\t400.59\t\t\t\t\t\n');
    expect(text).not.toBe(seed());
    const d = await parseText(text);
    const income = d.tables.find((t) => t.key === 'income')!;
    expect(income.rows.find((r) => r.name === '行政运行')).toMatchObject({ code: '210010', code_source: 'printed', cells: { total: { fen: 400_590_000, text: '400.59' }, general_public: { fen: 400_590_000, text: '400.59' } } });
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'table.code-malformed', severity: 'warning', table: 'income', text: '210010' }));
    expect(check(d).findings).toContainEqual(expect.objectContaining({ rule: 'code.structure', row: '210010', actual: '210010', expected: '2100101', severity: 'error' }));
  });
});
