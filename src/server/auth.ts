import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from './context.js';
import { ApiError } from './errors.js';

// Writes need `Authorization: Bearer <YUSUAN_ADMIN_TOKEN>`. Compared as hashes in constant time so
// neither the token's content nor its length leaks through timing.

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireAdmin(ctx: AppContext) {
  const expected = ctx.adminToken ? digest(ctx.adminToken) : null;
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!expected) throw new ApiError(403, 'forbidden', '服务器未设置管理口令（YUSUAN_ADMIN_TOKEN），上传和删除已关闭');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!m || !timingSafeEqual(digest(m[1]!), expected)) {
      reply.header('www-authenticate', 'Bearer realm="yusuan"');
      throw new ApiError(401, 'unauthorized', '管理口令不对或没有提供，请输入服务启动时打印的口令');
    }
  };
}
