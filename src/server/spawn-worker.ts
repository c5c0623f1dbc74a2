import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

// Start a worker thread on a module given by URL. Compiled (.js) modules start directly; TypeScript
// sources (tests run from src/ without a build) get tsx's loader registered inside the worker first,
// since Node 20 does not apply `--import` hooks to a worker's entry module.

export function spawnWorker(url: URL, resourceLimits?: ResourceLimits): Worker {
  const opts = resourceLimits ? { resourceLimits } : {};
  if (!url.pathname.endsWith('.ts')) return new Worker(url, opts);
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { ...opts, eval: true });
}
