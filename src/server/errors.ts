import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { frameworkErrorZh, validationZh } from './messages-zh.js';

// Every error leaves as JSON {code, message} with a Chinese message. Bad input is a 4xx with a reason;
// only a bug is a 500, and then without internals.

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'too_large'
  | 'unsupported_media_type'
  | 'unreadable'
  | 'unavailable'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what}不存在`);
export const badRequest = (message: string) => new ApiError(400, 'bad_request', message);

export const ERROR_SCHEMA = {
  $id: 'Error',
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
} as const;

const BY_STATUS: Record<number, ErrorCode> = { 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 413: 'too_large', 415: 'unsupported_media_type', 422: 'unreadable', 503: 'unavailable' };

/** Strings the database cannot hold (NUL) anywhere in the query string or path parameters. */
function hasNul(v: unknown): boolean {
  if (typeof v === 'string') return v.includes('\u0000');
  if (Array.isArray(v)) return v.some(hasNul);
  if (v && typeof v === 'object') return Object.values(v).some(hasNul);
  return false;
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    if (hasNul(req.query) || hasNul(req.params)) throw badRequest('参数无效：含有不允许的控制字符（NUL）');
  });
  app.setErrorHandler((err: FastifyError | ApiError, req, reply) => {
    if (err instanceof ApiError) return reply.code(err.statusCode).send({ code: err.code, message: err.message });
    const fe = err as FastifyError;
    if (fe.validation) return reply.code(400).send({ code: 'bad_request', message: validationZh(fe) });
    const status = fe.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ code: BY_STATUS[status] ?? 'bad_request', message: frameworkErrorZh(fe, status) });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ code: 'internal', message: '服务器内部错误，请稍后重试' });
  });
}
