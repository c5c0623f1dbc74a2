import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesDoc } from '../src/check/rules-doc.js';

// Writes docs/rules.md from the rule modules: npx tsx scripts/docs-rules.ts
writeFileSync(join(import.meta.dirname, '..', 'docs', 'rules.md'), renderRulesDoc());
