import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Db } from '../store/db.js';
import type { AppContext } from './context.js';
import { ApiError, installErrorHandlers } from './errors.js';
import { DEFAULT_PARSE_LIMITS, ParsePool, type ParseLimits } from './parse-pool.js';
import { disclosureRoutes } from './routes/disclosures.js';
import { searchRoutes } from './routes/search.js';
import { uploadRoutes } from './routes/upload.js';
import { addSchemas } from './schemas.js';

// The HTTP server: JSON API under /api (OpenAPI at /api/docs), the built web app everywhere else.

export interface ServerOptions {
  db: Db;
  adminToken?: string | null;
  /** Built web app (index.html + assets); default web/dist of the repository, skipped when absent. */
  webRoot?: string | null;
  parseLimits?: Partial<ParseLimits>;
  logger?: FastifyServerOptions['logger'];
}

export function defaultWebRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', '..', 'web', 'dist'), join(here, '..', '..', '..', 'web', 'dist')];
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? null;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_PARSE_LIMITS, ...opts.parseLimits };
  const ctx: AppContext = { db: opts.db, adminToken: opts.adminToken ?? null, parsePool: new ParsePool(limits), maxUploadBytes: limits.maxBytes };
  const app = Fastify({
    logger: opts.logger ?? false,
    // Query strings are small; a JSON body is never expected (uploads are multipart, parsed separately).
    bodyLimit: 64 * 1024,
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  installErrorHandlers(app);
  addSchemas(app);
  await app.register(fastifyMultipart, { limits: { fileSize: limits.maxBytes, files: 4 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'yusuan API', description: '部门预算公开：文件、表格、审核结果、检索与对比。金额以分（整数）为单位。', version: '1' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'YUSUAN_ADMIN_TOKEN' } } },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true }));
  disclosureRoutes(app, ctx);
  uploadRoutes(app, ctx);
  searchRoutes(app, ctx);

  const webRoot = opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot;
  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: false,
      serveDotFiles: false,
      // Hashed assets never change; index.html is revalidated so a new build shows at once.
      setHeaders: (reply, path) => reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    app.get('/', { schema: { hide: true } }, (_req, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html', webRoot));
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (webRoot && req.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/assets/')) {
      // The web app routes on the client: every page URL serves index.html.
      return reply.header('cache-control', 'no-cache').sendFile('index.html', webRoot);
    }
    const err = new ApiError(404, 'not_found', `没有这个地址：${req.method} ${path.slice(0, 100)}`);
    return reply.code(404).send({ code: err.code, message: err.message });
  });
  return app;
}
