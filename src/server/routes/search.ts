import type { FastifyInstance } from 'fastify';
import { compareTables } from '../../store/compare.js';
import { disclosureRow, loadTables } from '../../store/load.js';
import { search, summaryOf } from '../../store/queries.js';
import type { CompareResponse, SearchResponse } from '../api-types.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { ID_PATTERN } from '../schemas.js';

// Cross-document routes: substring search and side-by-side comparison.

export function searchRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;

  app.get<{ Querystring: { q: string; limit: number } }>(
    '/api/search',
    {
      schema: {
        summary: '检索单位、项目、绩效指标与表格行（中文子串；每类最多 limit 条，truncated 列出超出的类）',
        tags: ['search'],
        querystring: {
          type: 'object',
          required: ['q'],
          properties: { q: { type: 'string', minLength: 1, maxLength: 100 }, limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
        },
      },
    },
    async (req): Promise<SearchResponse> => {
      const q = req.query.q.trim();
      if (!q) return { q, hits: [], truncated: [], limit: req.query.limit };
      return { q, ...(await search(db, q, req.query.limit)), limit: req.query.limit };
    },
  );

  app.get<{ Querystring: { a: string; b: string } }>(
    '/api/compare',
    {
      schema: {
        summary: '两份公开文件逐表对比（按科目编码或名称匹配行）',
        tags: ['search'],
        querystring: {
          type: 'object',
          required: ['a', 'b'],
          properties: { a: { type: 'string', pattern: ID_PATTERN }, b: { type: 'string', pattern: ID_PATTERN } },
        },
      },
    },
    async (req): Promise<CompareResponse> => {
      const [a, b] = await Promise.all([disclosureRow(db, req.query.a), disclosureRow(db, req.query.b)]);
      if (!a) throw notFound(`公开文件 ${req.query.a} `);
      if (!b) throw notFound(`公开文件 ${req.query.b} `);
      const [ta, tb] = await Promise.all([loadTables(db, a.entity_id, a.id), loadTables(db, b.entity_id, b.id)]);
      return { a: summaryOf(a), b: summaryOf(b), tables: compareTables(ta, tb) };
    },
  );
}
