import type { FastifyInstance } from 'fastify';
import { ERROR_SCHEMA } from './errors.js';

// Shared JSON schemas: they validate parameters (bad ones → 400) and document the API in OpenAPI.
// Response schemas list the main fields and let the rest through (additionalProperties), so the
// documentation never silently strips data.

export const ID_PATTERN = '^[0-9a-f]{16}$';
export const KEY_PATTERN = '^[a-z][a-z0-9_]{0,39}$';

export const ID_PARAM = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: ID_PATTERN, description: '文件编号：内容 SHA-256 的前 16 位' } },
} as const;

export const ref = (id: string) => ({ $ref: `${id}#` });

const nullable = (type: string) => ({ type: [type, 'null'] });

const SUMMARY = {
  $id: 'DisclosureSummary',
  type: 'object',
  additionalProperties: true,
  properties: {
    id: { type: 'string' },
    entity: nullable('string'),
    entity_code: nullable('string'),
    fiscal_year: nullable('integer'),
    kind: { type: 'string', enum: ['budget', 'final', 'performance'] },
    level: { type: 'string', enum: ['department', 'unit'] },
    template: { type: 'string' },
    title: nullable('string'),
    total: {
      type: ['object', 'null'],
      additionalProperties: true,
      properties: { fen: { type: 'integer', description: '金额（分）' }, label: nullable('string'), unit: nullable('string') },
    },
    findings: {
      type: 'object',
      additionalProperties: true,
      properties: { error: { type: 'integer' }, warning: { type: 'integer' }, info: { type: 'integer' }, checked: { type: 'boolean' } },
    },
    is_current: { type: 'boolean' },
  },
};

const FINDING = {
  $id: 'Finding',
  type: 'object',
  additionalProperties: true,
  properties: {
    rule: { type: 'string' },
    severity: { type: 'string', enum: ['error', 'warning', 'info'] },
    table: nullable('string'),
    row: nullable('string'),
    column: nullable('string'),
    expected: nullable('string'),
    actual: nullable('string'),
    difference: nullable('string'),
    unit: nullable('string'),
    message: { type: 'string' },
  },
};

export function addSchemas(app: FastifyInstance): void {
  app.addSchema(ERROR_SCHEMA);
  app.addSchema(SUMMARY);
  app.addSchema(FINDING);
  app.addSchema({
    $id: 'ListResponse',
    type: 'object',
    properties: {
      items: { type: 'array', items: ref('DisclosureSummary') },
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      years: { type: 'array', items: { type: 'integer' }, description: '库中所有年度（年度筛选用）' },
    },
  });
  app.addSchema({
    $id: 'FindingsResponse',
    type: 'object',
    properties: {
      checked: { type: 'boolean' },
      summary: { type: 'object', properties: { error: { type: 'integer' }, warning: { type: 'integer' }, info: { type: 'integer' } } },
      findings: { type: 'array', items: ref('Finding') },
    },
  });
}
