import type { FastifyInstance } from 'fastify';
import { indicatorsCsv } from '../../export/indicators-csv.js';
import { disclosureJson } from '../../export/json.js';
import { tidyCsv } from '../../export/tidy-csv.js';
import { disclosureXlsx } from '../../publish/xlsx.js';
import { disclosureDetail } from '../../store/detail.js';
import { deleteDisclosure } from '../../store/import.js';
import { disclosureRow, loadDisclosure, loadFindings, loadForms, loadTables } from '../../store/load.js';
import { libraryYears, listDisclosures } from '../../store/queries.js';
import { parentOrds } from '../../store/records.js';
import type { FindingsResponse, FormResponse, ListResponse, TableResponse } from '../api-types.js';
import { notFound } from '../errors.js';
import type { AppContext } from '../context.js';
import { requireAdmin } from '../auth.js';
import { ID_PARAM, KEY_PATTERN, ref } from '../schemas.js';

// Read routes of one disclosure and the library list; DELETE (admin).

const EXPORTS = {
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  'indicators-csv': { type: 'text/csv; charset=utf-8', ext: 'indicators.csv' },
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
} as const;
type ExportFormat = keyof typeof EXPORTS;
const BOM = '\ufeff';

/** RFC 6266 filename: an ASCII fallback plus the UTF-8 name (entity names are Chinese). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function disclosureRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;

  app.get<{ Querystring: { year?: number; entity?: string; kind?: string; level?: string; history?: boolean; limit: number; offset: number } }>(
    '/api/disclosures',
    {
      schema: {
        summary: '公开文件列表',
        tags: ['disclosures'],
        querystring: {
          type: 'object',
          properties: {
            year: { type: 'integer', minimum: 1949, maximum: 2100 },
            entity: { type: 'string', minLength: 1, maxLength: 100 },
            kind: { type: 'string', enum: ['budget', 'final', 'performance'] },
            level: { type: 'string', enum: ['department', 'unit'] },
            history: { type: 'boolean', default: false },
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
          },
        },
        response: { 200: ref('ListResponse') },
      },
    },
    async (req): Promise<ListResponse> => {
      const q = req.query;
      const [r, years] = await Promise.all([
        listDisclosures(db, { year: q.year, entity: q.entity, kind: q.kind, level: q.level, history: q.history, limit: q.limit, offset: q.offset }),
        libraryYears(db, q.history),
      ]);
      return { ...r, limit: q.limit, offset: q.offset, years };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/disclosures/:id',
    { schema: { summary: '一份公开文件的概要、表格与绩效目标表目录', tags: ['disclosures'], params: ID_PARAM } },
    async (req) => (await disclosureDetail(db, req.params.id)) ?? Promise.reject(notFound('公开文件')),
  );

  app.get<{ Params: { id: string; key: string } }>(
    '/api/disclosures/:id/tables/:key',
    {
      schema: {
        summary: '一张表：列、行、单元格（金额以分为单位）',
        tags: ['disclosures'],
        params: { type: 'object', required: ['id', 'key'], properties: { ...ID_PARAM.properties, key: { type: 'string', pattern: KEY_PATTERN } } },
      },
    },
    async (req): Promise<TableResponse> => {
      const d = await disclosureRow(db, req.params.id);
      if (!d) throw notFound('公开文件');
      const [t] = await loadTables(db, d.entity_id, d.id, [req.params.key]);
      if (!t) throw notFound(`表 ${req.params.key} `);
      return { ...t, parents: parentOrds(t.rows) };
    },
  );

  app.get<{ Params: { id: string; ord: number } }>(
    '/api/disclosures/:id/forms/:ord',
    {
      schema: {
        summary: '一张绩效目标表及其指标',
        tags: ['disclosures'],
        params: { type: 'object', required: ['id', 'ord'], properties: { ...ID_PARAM.properties, ord: { type: 'integer', minimum: 0, maximum: 100_000 } } },
      },
    },
    async (req): Promise<FormResponse> => {
      const d = await disclosureRow(db, req.params.id);
      if (!d) throw notFound('公开文件');
      const [f] = await loadForms(db, d.entity_id, d.id, [req.params.ord]);
      if (!f) throw notFound('绩效目标表');
      return { ...f, ord: req.params.ord };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/disclosures/:id/findings',
    { schema: { summary: '审核结果', tags: ['disclosures'], params: ID_PARAM, response: { 200: ref('FindingsResponse') } } },
    async (req): Promise<FindingsResponse> => {
      const d = await disclosureRow(db, req.params.id);
      if (!d) throw notFound('公开文件');
      const findings = await loadFindings(db, d.entity_id, d.id);
      return { checked: d.checked_at !== null, summary: { error: d.errors, warning: d.warnings, info: d.infos }, findings };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { format: ExportFormat } }>(
    '/api/disclosures/:id/export',
    {
      schema: {
        summary: '导出 CSV（长表）/ 指标 CSV / JSON（完整模型）/ XLSX',
        tags: ['disclosures'],
        params: ID_PARAM,
        querystring: { type: 'object', required: ['format'], properties: { format: { type: 'string', enum: Object.keys(EXPORTS) } } },
      },
    },
    async (req, reply) => {
      const doc = await loadDisclosure(db, req.params.id);
      if (!doc) throw notFound('公开文件');
      const f = EXPORTS[req.query.format];
      const name = `${doc.entity ?? 'disclosure'}-${doc.fiscal_year ?? ''}-${doc.id}.${f.ext}`;
      reply.header('content-type', f.type).header('content-disposition', contentDisposition(name));
      switch (req.query.format) {
        case 'json':
          return disclosureJson(doc);
        case 'xlsx':
          return Buffer.from(await disclosureXlsx(doc));
        // Downloads start with a UTF-8 BOM: Excel on Chinese Windows reads a CSV without one as GBK.
        // (The CLI writes spec §6 CSV to stdout without it.)
        case 'csv':
          return BOM + [...tidyCsv(doc)].join('');
        case 'indicators-csv':
          return BOM + [...indicatorsCsv(doc)].join('');
      }
    },
  );

  app.get<{ Params: { id: string }; Querystring: { part: number } }>(
    '/api/disclosures/:id/source',
    {
      schema: {
        summary: '原始文件（上传时的字节；分几个文件发布的，用 part 取第几个，从 0 起）',
        tags: ['disclosures'],
        params: ID_PARAM,
        querystring: { type: 'object', properties: { part: { type: 'integer', minimum: 0, maximum: 100, default: 0 } } },
      },
    },
    async (req, reply) => {
      const d = await disclosureRow(db, req.params.id);
      if (!d) throw notFound('公开文件');
      const [f] = await db.query<{ name: string; content: Uint8Array }>('SELECT name, content FROM source_files WHERE entity_id = $1 AND disclosure_id = $2 AND ord = $3', [d.entity_id, d.id, req.query.part]);
      if (!f) throw notFound('原始文件');
      const pdf = Buffer.from(f.content.subarray(0, 1024)).toString('latin1').includes('%PDF-');
      // Served as an attachment, never inline: the bytes are whatever someone uploaded.
      reply
        .header('content-type', pdf ? 'application/pdf' : 'text/plain; charset=utf-8')
        .header('content-disposition', contentDisposition(f.name))
        .header('x-content-type-options', 'nosniff');
      return Buffer.from(f.content);
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/disclosures/:id',
    {
      onRequest: requireAdmin(ctx),
      schema: { summary: '删除（需要管理口令）', tags: ['admin'], params: ID_PARAM, security: [{ bearer: [] }] },
    },
    async (req, reply) => {
      if (!(await deleteDisclosure(db, req.params.id))) throw notFound('公开文件');
      return reply.code(204).send();
    },
  );
}
