import { basename } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { InputFile } from '../../read/read-document.js';
import { importDisclosure, type ImportOutcome } from '../../store/import.js';
import { disclosureRow } from '../../store/load.js';
import { refreshStatistics } from '../../store/maintenance.js';
import { summaryOf } from '../../store/queries.js';
import { disclosureHoldingFiles } from '../../store/stored-files.js';
import type { ImportResponse } from '../api-types.js';
import { requireAdmin } from '../auth.js';
import type { AppContext } from '../context.js';
import { ApiError, badRequest } from '../errors.js';
import { withoutEnglish } from '../messages-zh.js';

// POST /api/disclosures: multipart upload of one disclosure (one file, or its parts: tables and text
// published separately). Bytes are held in memory up to the limit, parsed in a worker, then imported.

export const MAX_FILES = 4;
/** Uploads held in memory at once (each up to MAX_FILES × the size limit); more wait for a 503. */
export const MAX_UPLOADS_IN_FLIGHT = 4;

/** Keep the printed file name for display only: no directories, no control characters, bounded. */
export function safeFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const base = basename((name ?? '').replace(/\\/g, '/')).replace(/[\x00-\x1f\x7f]/g, '').trim();
  return (base || 'upload').slice(0, 200);
}

export function uploadRoutes(app: FastifyInstance, ctx: AppContext): void {
  let inFlight = 0;
  app.post(
    '/api/disclosures',
    {
      onRequest: requireAdmin(ctx),
      schema: {
        summary: '上传一份公开文件（PDF 或文本，可分几个文件）并导入（需要管理口令）',
        tags: ['admin'],
        consumes: ['multipart/form-data'],
        security: [{ bearer: [] }],
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw new ApiError(415, 'unsupported_media_type', '请以 multipart/form-data 上传文件');
      if (inFlight >= MAX_UPLOADS_IN_FLIGHT) {
        reply.header('retry-after', '5');
        throw new ApiError(503, 'unavailable', '正在处理的上传已达上限，请稍后重试');
      }
      inFlight++;
      try {
        return await receive(req, reply);
      } finally {
        inFlight--;
      }
    },
  );

  async function receive(req: FastifyRequest, reply: FastifyReply) {
    const files = await readParts(req, ctx.maxUploadBytes);
    // Files already stored (the same document, or parts of a stored one) are answered without parsing.
    const held = await disclosureHoldingFiles(ctx.db, files);
    let out: Pick<ImportOutcome, 'status' | 'id' | 'superseded' | 'matched' | 'storedFiles'>;
    if (held) out = { status: 'unchanged', id: held.id, superseded: [], matched: held.whole ? 'document' : 'files', storedFiles: held.files };
    else {
      const parsed = await ctx.parsePool.parse(files);
      if (!parsed.ok) {
        const status = parsed.error.code === 'too-large' ? 413 : 422;
        throw new ApiError(status, status === 413 ? 'too_large' : 'unreadable', withoutEnglish(parsed.error.message));
      }
      out = await importDisclosure(ctx.db, { ...parsed.value, files });
    }
    if (out.status === 'imported') {
      // Keep the planner's statistics current in the background; a failure only costs speed.
      refreshStatistics(ctx.db).catch((err: unknown) => req.log.warn({ err }, 'ANALYZE failed'));
    }
    const row = await disclosureRow(ctx.db, out.id);
    const body: ImportResponse = {
      id: out.id,
      status: out.status,
      superseded: out.superseded,
      matched: out.matched,
      stored_files: out.matched === 'files' ? (out.storedFiles ?? null) : null,
      disclosure: summaryOf(row!),
    };
    return reply.code(out.status === 'imported' ? 201 : 200).send(body);
  }
}

/** The uploaded files; a body that is no complete multipart message is bad input, not a server fault. */
async function readParts(req: FastifyRequest, maxBytes: number): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const empty: string[] = [];
  try {
    for await (const part of req.parts({ limits: { fileSize: maxBytes, files: MAX_FILES, fields: 8, parts: MAX_FILES + 8, fieldSize: 1024 } })) {
      if (part.type !== 'file') continue;
      const bytes = await part.toBuffer(); // throws 413 past fileSize
      if (bytes.length) files.push({ name: safeFileName(part.filename), bytes });
      else if (part.filename) empty.push(safeFileName(part.filename));
    }
  } catch (e) {
    const status = (e as { statusCode?: number }).statusCode;
    if (e instanceof ApiError || (status !== undefined && status >= 400 && status < 500)) throw e;
    throw badRequest('上传内容不完整或格式有误，无法读出文件，请重新上传');
  }
  if (files.length === 0) throw badRequest(empty.length ? `文件是空的（0 字节）：${empty.join('、')}` : '没有收到文件，请选择要上传的文件');
  return files;
}
