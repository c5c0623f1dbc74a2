import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Disclosure } from '../../src/model/disclosure.js';
import { readDisclosure } from '../../src/read/read-document.js';

export const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
export const SEEDS = {
  s000: join(SHARED, 'seeds', '000_441233bf942028f3.txt'),
  s001: join(SHARED, 'seeds', '001_9f46298a1159504d.txt'),
  s002: join(SHARED, 'seeds', '002_0b34a06b81f5dc6b.txt'),
  s004: join(SHARED, 'seeds', '004_ae267f8278d41256.txt'),
} as const;

const cache = new Map<string, Disclosure>();

/** Parse a file with the text reader (cached per test process). */
export async function parseFile(path: string): Promise<Disclosure> {
  const hit = cache.get(path);
  if (hit) return hit;
  const r = await readDisclosure([{ name: path.split('/').pop()!, bytes: readFileSync(path) }]);
  if (!r.ok) throw new Error(`${path}: ${r.error.message}`);
  cache.set(path, r.value);
  return r.value;
}

export async function parseText(text: string, name = 'fixture.txt'): Promise<Disclosure> {
  const r = await readDisclosure([{ name, bytes: Buffer.from(text, 'utf8') }]);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}
