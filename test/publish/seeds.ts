import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Disclosure } from '../../src/model/disclosure.js';
import { readDisclosure } from '../../src/read/read-document.js';

// Seeds read from ../shared (read-only); parsed once per test file.

export const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
export const SEED_001 = join(SHARED, 'seeds', '001_9f46298a1159504d.txt');
export const SEED_002 = join(SHARED, 'seeds', '002_0b34a06b81f5dc6b.txt');

export async function readSeed(path: string): Promise<Disclosure> {
  const r = await readDisclosure([{ name: path.split('/').pop()!, bytes: readFileSync(path) }]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
