import type { FastifyError, FastifyInstance } from 'fastify';

// Every error leaves as JSON {code, message}. Bad input is a 4xx with a reason; only a bug is a 500,
// and then without internals.

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

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what}不存在 (not found)`);
export const badRequest = (message: string) => new ApiError(400, 'bad_request', message);

export const ERROR_SCHEMA = {
  $id: 'Error',
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
} as const;

const BY_STATUS: Record<number, ErrorCode> = { 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 413: 'too_large', 415: 'unsupported_media_type', 422: 'unreadable', 503: 'unavailable' };

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ApiError, req, reply) => {
    if (err instanceof ApiError) return reply.code(err.statusCode).send({ code: err.code, message: err.message });
    const fe = err as FastifyError;
    if (fe.validation) return reply.code(400).send({ code: 'bad_request', message: `参数无效 (invalid parameter): ${fe.message}` });
    const status = fe.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ code: BY_STATUS[status] ?? 'bad_request', message: fe.message });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ code: 'internal', message: '服务器内部错误 (internal error)' });
  });
}
