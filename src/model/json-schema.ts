import { z } from 'zod';
import { Disclosure } from './disclosure.js';

// schema/disclosure.schema.json is generated from the zod schemas (the source of truth) by
// `npm run schema`; a test fails when the committed file is stale.

export function disclosureJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Disclosure, { target: 'draft-2020-12', unrepresentable: 'throw' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/yusuan/yusuan/schema/disclosure.schema.json',
    title: 'yusuan disclosure (部门预算公开 / 绩效目标) — canonical model',
    ...schema,
  };
}
