import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDisclosure } from '../src/read/read-document.js';
import { disclosureXlsx } from '../src/publish/xlsx.js';
import { fmt, table, time } from './stats.js';

// Publishing seed 001 (13 tables). XLSX against a baseline of serialising the same model to JSON in the
// same process. HTML and PDF join as their renderers land.

export async function benchPublish(shared: string): Promise<string[]> {
  const bytes = readFileSync(join(shared, 'seeds', '001_9f46298a1159504d.txt'));
  const r = await readDisclosure([{ name: 'seed-001', bytes }]);
  if (!r.ok) return [`publish: seed 001 unreadable: ${r.error.message}`];
  const doc = r.value;
  const base = await time(() => JSON.stringify(doc), { runs: 20 });
  const xlsx = await time(() => disclosureXlsx(doc), { runs: 10, warmup: 2 });
  const rows = [
    ['output', 'median ms', 'p95 ms', 'runs', 'ratio to JSON', 'target'],
    ['xlsx', fmt(xlsx.median), fmt(xlsx.p95), String(xlsx.runs), `${fmt(xlsx.median / base.median, 1)}×`, xlsx.median < 1000 ? '< 1 s met' : '< 1 s NOT met'],
    ['baseline JSON', fmt(base.median, 3), fmt(base.p95, 3), String(base.runs), '1×', ''],
  ];
  return ['Publish — seed 001', ...table(rows)];
}
