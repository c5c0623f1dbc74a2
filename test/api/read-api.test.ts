import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResponse, DisclosureDetail, FindingsResponse, FormResponse, ListResponse, SearchResponse, TableResponse } from '../../src/server/api-types.js';
import { seededServer } from '../helpers/api-server.js';
import { DIALECTS, type TestDb } from '../helpers/databases.js';

// The read side of the API on both dialects, with the four seeds loaded. Figures are the documents'
// own (seed 001: 收支总表 收入总计 19155.70 万元; 支出总表 合计 7082.95 基本 + 12072.75 项目).

describe.each(DIALECTS)('read API on %s', (_name, open) => {
  let t: TestDb;
  let app: FastifyInstance;
  let ids: Record<'s000' | 's001' | 's002' | 's004', string>;
  const get = async <T>(url: string) => {
    const r = await app.inject({ method: 'GET', url });
    return { status: r.statusCode, body: r.json() as T, headers: r.headers, raw: r.rawPayload };
  };

  beforeAll(async () => {
    t = await open();
    app = await seededServer(t);
    const all = (await get<ListResponse>('/api/disclosures')).body.items;
    const by = (name: string) => all.find((d) => d.source_name.startsWith(name))!.id;
    ids = { s000: by('000'), s001: by('001'), s002: by('002'), s004: by('004') };
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('lists the library with totals, filters and paging', async () => {
    const all = await get<ListResponse>('/api/disclosures');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(4);
    expect(all.body.years).toEqual([2024, 2023]); // the year filter offers what the library holds
    const d001 = all.body.items.find((d) => d.id === ids.s001)!;
    expect(d001).toMatchObject({ entity: '阳泉市卫生健康委员会', fiscal_year: 2024, kind: 'budget', level: 'department', total: { fen: 19_155_700_000, label: '收入总计', unit: '万元' } });
    expect((await get<ListResponse>('/api/disclosures?year=2024')).body.total).toBe(3);
    expect((await get<ListResponse>('/api/disclosures?kind=performance')).body.items.map((d) => d.entity).sort()).toEqual(['上海市闵行区卫生健康委员会监督所', '阳泉市卫生健康综合行政执法队']);
    expect((await get<ListResponse>('/api/disclosures?level=department')).body.items.map((d) => d.id)).toEqual([ids.s001]);
    expect((await get<ListResponse>('/api/disclosures?entity=医事管理')).body.items.map((d) => d.id)).toEqual([ids.s002]);
    const page = await get<ListResponse>('/api/disclosures?limit=3&offset=3');
    expect(page.body).toMatchObject({ total: 4, limit: 3, offset: 3 });
    expect(page.body.items).toHaveLength(1);
  });

  it('gives a disclosure with its table and form index', async () => {
    const r = await get<DisclosureDetail>(`/api/disclosures/${ids.s001}`);
    expect(r.status).toBe(200);
    expect(r.body.tables.map((x) => x.key)).toEqual([
      'summary', 'income', 'expense', 'fiscal_summary', 'gpb_expense', 'gpb_basic_econ', 'gf_income', 'gf_expense', 'soe', 'three_public', 'admin_running', 'projects', 'projects_carryover',
    ]);
    expect(r.body.tables.find((x) => x.key === 'gf_income')!.status).toBe('empty');
    const form = r.body.forms.find((f) => f.name === '爱国卫生运动经费')!;
    expect(form).toMatchObject({ kind: 'project', funds_unit: '元', annual_fen: 16_900_000 });
    expect(r.body.versions).toEqual([expect.objectContaining({ id: ids.s001, is_current: true })]);
  });

  it('gives a table with exact cells and the row tree', async () => {
    const s = await get<TableResponse>(`/api/disclosures/${ids.s001}/tables/summary`);
    const grand = s.body.rows.find((r) => r.role === 'income_grand_total')!;
    expect(grand.cells.amount).toEqual({ fen: 19_155_700_000, text: '19155.70' });
    const e = await get<TableResponse>(`/api/disclosures/${ids.s001}/tables/expense`);
    const total = e.body.rows.find((r) => r.kind === 'total')!;
    expect([total.cells.total?.text, total.cells.basic?.text, total.cells.project?.text]).toEqual(['19155.70', '7082.95', '12072.75']);
    // 2101101 行政单位医疗 sits under 21011 under 210
    const i = e.body.rows.findIndex((r) => r.code === '2101101');
    const parent = e.body.rows[e.body.parents[i]!]!;
    expect(parent.code).toBe('21011');
    expect(e.body.rows[e.body.parents[e.body.rows.indexOf(parent)]!]!.code).toBe('210');
  });

  it('gives a form with its indicators', async () => {
    const detail = (await get<DisclosureDetail>(`/api/disclosures/${ids.s001}`)).body;
    const ord = detail.forms.find((f) => f.name === '爱国卫生运动经费')!.ord;
    const f = await get<FormResponse>(`/api/disclosures/${ids.s001}/forms/${ord}`);
    expect(f.status).toBe(200);
    expect(f.body.kind === 'project' && f.body.funds.annual.total).toEqual({ fen: 16_900_000, text: '169,000' });
    expect(f.body.indicators).toContainEqual(expect.objectContaining({ period: 'annual', level2: '数量指标', value: '≥1场', op: '≥', number: 1, unit: '场' }));
  });

  it('gives the checker findings in the spec §7 shape', async () => {
    const r = await get<FindingsResponse>(`/api/disclosures/${ids.s001}/findings`);
    expect(r.status).toBe(200);
    expect(r.body.checked).toBe(true);
    // 收入总表 21001: 400.59 + 284.70 + 235.53 = 920.82 printed as 920.81 — a 尾差 (rounding), not an error
    expect(r.body.findings).toContainEqual(
      expect.objectContaining({ table: 'income', row: '21001', column: 'general_public', expected: '920.82', actual: '920.81', difference: '-0.01', unit: '万元', severity: 'info', line: 122 }),
    );
    expect(r.body.summary).toEqual({
      error: r.body.findings.filter((f) => f.severity === 'error').length,
      warning: r.body.findings.filter((f) => f.severity === 'warning').length,
      info: r.body.findings.filter((f) => f.severity === 'info').length,
    });
    const list = (await get<ListResponse>('/api/disclosures')).body.items.find((d) => d.id === ids.s001)!;
    expect(list.findings).toEqual({ ...r.body.summary, checked: true });
  });

  it('exports csv, indicators, json and xlsx', async () => {
    const r = await app.inject({ method: 'GET', url: `/api/disclosures/${ids.s001}/export?format=csv` });
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('阳泉市卫生健康委员会')}`);
    // a UTF-8 BOM first, so Excel on Chinese Windows reads UTF-8 (the header was asserted without it before)
    expect(r.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(r.body.split('\n')[0]).toBe('\ufeffdoc_id,fiscal_year,entity,table,table_title,row_code,row_path,column,amount_yuan');
    expect(r.body).toContain(`${ids.s001},2024,阳泉市卫生健康委员会,summary,2024年预算收支总表,,收入总计,amount,191557000.00`);
    const ind = await app.inject({ method: 'GET', url: `/api/disclosures/${ids.s001}/export?format=indicators-csv` });
    expect(ind.body).toContain('爱国卫生运动经费,阳泉市卫生健康委员会,annual,产出指标,数量指标,爱国卫生月主题宣传,≥1场,≥,1,场');
    expect(ind.body.startsWith('\ufeffdoc_id,project,')).toBe(true);
    const json = await app.inject({ method: 'GET', url: `/api/disclosures/${ids.s001}/export?format=json` });
    const doc = json.json();
    expect(doc.tables).toHaveLength(13);
    expect(doc.forms).toHaveLength((await get<DisclosureDetail>(`/api/disclosures/${ids.s001}`)).body.forms.length);
    const x = await app.inject({ method: 'GET', url: `/api/disclosures/${ids.s001}/export?format=xlsx` });
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(13);
  });

  it('searches projects, indicators and entities by Chinese substring', async () => {
    const r = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('爱国卫生运动经费')}`);
    expect(r.status).toBe(200);
    const hit = r.body.hits.find((h) => h.type === 'project')!;
    expect(hit).toMatchObject({ disclosure_id: ids.s001, project: '爱国卫生运动经费', amount_fen: 16_900_000 });
    const ind = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('爱国卫生月主题宣传')}`);
    expect(ind.body.hits).toContainEqual(expect.objectContaining({ type: 'indicator', project: '爱国卫生运动经费', value: '≥1场' }));
    const ent = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('闵行区')}`);
    expect(ent.body.hits).toContainEqual(expect.objectContaining({ type: 'entity', disclosure_id: ids.s004, fiscal_year: 2023 }));
    // table rows: seed 001 一般公共预算基本支出经济分类表 prints 30215 会议费 (会议费) 1.80 万元
    const row = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('会议费')}`);
    expect(row.body.hits).toContainEqual(
      expect.objectContaining({ type: 'row', disclosure_id: ids.s001, text: '会议费', table: 'gpb_basic_econ', path: ['会议费', '会议费'], amount_fen: 1_800_000, unit: '万元', doc_title: '2024年度部门预算公开' }),
    );
    const hit001 = row.body.hits.find((h) => h.type === 'row' && h.disclosure_id === ids.s001)!;
    const econ = await get<TableResponse>(`/api/disclosures/${ids.s001}/tables/gpb_basic_econ`);
    expect(econ.body.rows[hit001.row!]).toMatchObject({ name: '会议费', code: '30215' });
    // more matches than the limit: said, per kind (4 documents of entities with 卫生 in their names)
    const few = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('卫生')}&limit=1`);
    expect(few.body.hits.filter((h) => h.type === 'entity')).toHaveLength(1);
    expect(few.body.truncated).toContain('entity');
    expect((await get<SearchResponse>(`/api/search?q=${encodeURIComponent('闵行区')}`)).body.truncated).toEqual([]);
    // LIKE wildcards match literally: "%" finds only texts with a percent sign
    const pct = (await get<SearchResponse>('/api/search?q=%25')).body.hits;
    expect(pct.length).toBeGreaterThan(0);
    for (const h of pct) expect(`${h.text}${h.value}`).toContain('%');
  });

  it('compares two disclosures row by row', async () => {
    const r = await get<CompareResponse>(`/api/compare?a=${ids.s001}&b=${ids.s002}`);
    expect(r.status).toBe(200);
    const summary = r.body.tables.find((x) => x.key === 'summary')!;
    const grand = summary.rows.find((x) => x.key === 'income|role:income_grand_total')!;
    expect(grand.cells.amount).toEqual({ a: 19_155_700_000, b: 204_220_000, diff: 204_220_000 - 19_155_700_000 });
    // 210 卫生健康支出 上年结转安排: 1114.01 in 001, blank in 002 — a blank counts as 0
    expect(summary.rows.find((x) => x.key === 'expense|code:210')!.cells.carryover).toEqual({ a: 1_114_010_000, b: null, diff: -1_114_010_000 });
    // the sides come apart: every income row before every expense row
    const sides = summary.rows.map((x) => x.side);
    expect(sides.lastIndexOf('income')).toBeLessThan(sides.indexOf('expense'));
    expect(r.body.a.id).toBe(ids.s001);
  });

  it('answers bad parameters with 400 JSON and unknown ids with 404', async () => {
    const bad = [
      '/api/disclosures?year=abc',
      '/api/disclosures?limit=0',
      '/api/disclosures?limit=100000',
      '/api/disclosures?offset=-1',
      '/api/disclosures?kind=secret',
      '/api/disclosures/..%2F..%2Fetc%2Fpasswd',
      `/api/disclosures/${'z'.repeat(16)}`,
      `/api/disclosures/0123456789abcdef/tables/DROP%20TABLE`,
      `/api/disclosures/0123456789abcdef/forms/-1`,
      `/api/disclosures/0123456789abcdef/export?format=pdf`,
      `/api/disclosures/0123456789abcdef/export`,
      '/api/search',
      '/api/search?q=',
      `/api/search?q=${'长'.repeat(101)}`,
      '/api/compare?a=0123456789abcdef',
      '/api/compare?a=x&b=y',
      // a NUL byte cannot reach the database (PostgreSQL refuses it in text)
      '/api/search?q=%00',
      '/api/search?q=a%00',
      '/api/disclosures?entity=a%00b',
    ];
    for (const url of bad) {
      const r = await get<{ code: string; message: string }>(url);
      expect([url, r.status]).toEqual([url, 400]);
      expect(r.body.code).toBe('bad_request');
      // Chinese for the user, not the validator's English
      expect([url, r.body.message]).toEqual([url, expect.stringMatching(/^参数无效：/)]);
      expect([url, r.body.message]).not.toEqual([url, expect.stringMatching(/\b(must|should|match|pattern|invalid)\b/i)]);
    }
    expect((await get<{ message: string }>('/api/compare?a=0123456789abcdef&b=y')).body.message).toBe('参数无效：参数「b」应为 16 位文件编号（0–9、a–f）');
    expect((await get<{ message: string }>('/api/compare?a=0123456789abcdef')).body.message).toBe('参数无效：缺少参数「b」');
    for (const url of ['/api/disclosures/0123456789abcdef', `/api/disclosures/${ids.s001}/tables/nosuch`, `/api/disclosures/${ids.s001}/forms/9999`, '/api/nothing-here']) {
      const r = await get<{ code: string }>(url);
      expect([url, r.status, r.body.code]).toEqual([url, 404, 'not_found']);
    }
  });

  it('serves the OpenAPI document', async () => {
    const r = await get<{ openapi: string; paths: Record<string, unknown> }>('/api/docs/json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/disclosures', '/api/disclosures/{id}', '/api/disclosures/{id}/tables/{key}', '/api/disclosures/{id}/findings', '/api/disclosures/{id}/export', '/api/search', '/api/compare']));
  });
});
