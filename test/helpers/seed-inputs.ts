import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Disclosure } from '../../src/model/disclosure.js';
import { readDisclosure, type InputFile } from '../../src/read/read-document.js';

// The shared seeds as input files (name + bytes), for store, API and e2e tests that import them.

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

export function seedInputs(): InputFile[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(SEEDS_DIR, name)) }));
}

export function seedInput(prefix: string): InputFile {
  const f = seedInputs().find((s) => s.name.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return f;
}

export async function readSeed(prefix: string): Promise<Disclosure> {
  const r = await readDisclosure([seedInput(prefix)]);
  if (!r.ok) throw new Error(`seed ${prefix}: ${r.error.message}`);
  return r.value;
}
