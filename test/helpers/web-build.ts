import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The e2e tests serve the built web app; build it when web/dist is missing or older than its sources
// (`npm run build` normally has done it).

export const WEB = join(import.meta.dirname, '..', '..', 'web');
export const WEB_DIST = join(WEB, 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export async function ensureWebBuilt(): Promise<string> {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index) || statSync(index).mtimeMs < newest(join(WEB, 'src'))) {
    const { build } = await import('vite');
    await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  }
  return WEB_DIST;
}
