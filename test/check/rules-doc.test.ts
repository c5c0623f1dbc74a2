import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { renderRulesDoc } from '../../src/check/rules-doc.js';

describe('docs/rules.md', () => {
  it('is generated from the rule modules and up to date (npx tsx scripts/docs-rules.ts)', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    expect(doc).toBe(renderRulesDoc());
  });

  it('every rule has a stable dotted id, a Chinese title and description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(r.id.startsWith(`${r.family}.`)).toBe(true);
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.description.length).toBeGreaterThan(20);
    }
  });
});
