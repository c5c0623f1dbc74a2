import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { disclosureJsonSchema } from '../src/model/json-schema.js';
import { runCli } from './helpers/cli.js';
import { SEEDS } from './helpers/seeds.js';

const COMMITTED = join(import.meta.dirname, '..', 'schema', 'disclosure.schema.json');

describe('JSON Schema', () => {
  it('the committed schema is the one the zod model generates (run `npm run schema` when this fails)', () => {
    expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(disclosureJsonSchema());
  });

  it.each(Object.entries(SEEDS))('the JSON export of %s validates against the committed schema', async (_id, path) => {
    const run = await runCli(['export', path, '--format', 'json']);
    expect(run.code).toBe(0);
    const validator = z.fromJSONSchema(JSON.parse(readFileSync(COMMITTED, 'utf8')));
    const doc = JSON.parse(run.stdout);
    expect(validator.safeParse(doc).success).toBe(true);
    // and a broken document does not
    expect(validator.safeParse({ ...doc, tables: [{ key: 1 }] }).success).toBe(false);
  });
});
