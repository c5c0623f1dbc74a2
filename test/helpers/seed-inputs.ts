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

/**
 * A seed published as two files, split before its first line that starts with `at` (the tables apart
 * from the text, as some departments publish them).
 */
export function seedInParts(prefix: string, at: string): [InputFile, InputFile] {
  const f = seedInput(prefix);
  const text = Buffer.from(f.bytes).toString('utf8');
  const cut = text.lastIndexOf(`\n${at}`) + 1;
  if (cut <= 0) throw new Error(`seed ${prefix}: no line starting with ${at}`);
  const stem = f.name.replace(/\.txt$/, '');
  return [
    { name: `${stem}-表格.txt`, bytes: Buffer.from(text.slice(0, cut)) },
    { name: `${stem}-说明.txt`, bytes: Buffer.from(text.slice(cut)) },
  ];
}
