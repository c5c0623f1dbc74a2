import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Disclosure } from '../../src/model/disclosure.js';
import { SHARED, parseText } from '../helpers/seeds.js';

// Mutated copies of seeds, kept as edits (test/fixtures/check/*.edit) against the read-only originals:
// each hunk names a line, the exact text it replaces and the text put in its place, so the mutation is
// small, reviewable and fails loudly if the original ever changes.
//
//   # what the edit does
//   base: 001                     (a seed in ../shared/seeds, or a path inside the repo)
//   @@ 122                        (1-based line of the first replaced line)
//   -21001	卫生健康管理事务	920.81	920.81
//   +21001	卫生健康管理事务	930.81	920.81

export const CHECK_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'check');
const REPO = join(import.meta.dirname, '..', '..');

const SEED_FILES: Record<string, string> = {
  '000': '000_441233bf942028f3.txt',
  '001': '001_9f46298a1159504d.txt',
  '002': '002_0b34a06b81f5dc6b.txt',
  '004': '004_ae267f8278d41256.txt',
};

export function basePath(base: string): string {
  const seed = SEED_FILES[base];
  return seed ? join(SHARED, 'seeds', seed) : join(REPO, base);
}

export function applyEdit(edit: string): { base: string; text: string } {
  const lines = edit.split('\n');
  const baseLine = lines.find((l) => l.startsWith('base:'));
  if (!baseLine) throw new Error('edit without base');
  const base = baseLine.slice(5).trim();
  const original = readFileSync(basePath(base), 'utf8').split('\n');
  const hunks: Array<{ at: number; minus: string[]; plus: string[] }> = [];
  for (const l of lines) {
    if (l.startsWith('@@')) hunks.push({ at: Number(l.slice(2).trim()), minus: [], plus: [] });
    else if (hunks.length && l.startsWith('-')) hunks[hunks.length - 1]!.minus.push(l.slice(1));
    else if (hunks.length && l.startsWith('+')) hunks[hunks.length - 1]!.plus.push(l.slice(1));
  }
  const out = [...original];
  // Apply from the bottom so earlier line numbers stay valid.
  for (const h of [...hunks].sort((a, b) => b.at - a.at)) {
    h.minus.forEach((m, k) => {
      const got = original[h.at - 1 + k];
      if (got !== m) throw new Error(`${base}:${h.at + k}: expected ${JSON.stringify(m)}, found ${JSON.stringify(got)}`);
    });
    out.splice(h.at - 1, h.minus.length, ...h.plus);
  }
  return { base, text: out.join('\n') };
}

const cache = new Map<string, Disclosure>();

/** Parse the mutated copy described by test/fixtures/check/NAME.edit. */
export async function variant(name: string): Promise<Disclosure> {
  const hit = cache.get(name);
  if (hit) return hit;
  const { text } = applyEdit(readFileSync(join(CHECK_FIXTURES, `${name}.edit`), 'utf8'));
  const doc = await parseText(text, `${name}.txt`);
  cache.set(name, doc);
  return doc;
}

/** Parse an original (seed key or repo path). */
export async function original(base: string): Promise<Disclosure> {
  const key = `base:${base}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const doc = await parseText(readFileSync(basePath(base), 'utf8'), basePath(base).split('/').pop()!);
  cache.set(key, doc);
  return doc;
}
