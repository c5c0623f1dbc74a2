import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDisclosure } from '../src/read/read-document.js';
import { fmt, table, time } from './stats.js';

// Text parsing throughput per seed: the whole reader (decode, split, recognise, forms) against a
// baseline run in the same process — splitting the same bytes into lines and cells and nothing more —
// so the ratio says what recognition costs on top of tokenising. Target: ≥ 20 MB/s.

const SEEDS = ['000_441233bf942028f3', '001_9f46298a1159504d', '002_0b34a06b81f5dc6b', '004_ae267f8278d41256'];

export async function benchText(shared: string): Promise<string[]> {
  const rows = [['seed', 'bytes', 'parse ms (median)', 'MB/s', 'baseline ms', 'ratio', 'target 20 MB/s']];
  let totalBytes = 0;
  let totalMs = 0;
  for (const s of SEEDS) {
    const bytes = readFileSync(join(shared, 'seeds', `${s}.txt`));
    const parse = await time(() => readDisclosure([{ name: s, bytes }]), { runs: 40 });
    const base = await time(() => bytes.toString('utf8').split('\n').map((l) => l.split('\t')), { runs: 40 });
    const mbs = bytes.length / 1e6 / (parse.median / 1000);
    totalBytes += bytes.length;
    totalMs += parse.median;
    rows.push([s, String(bytes.length), fmt(parse.median), fmt(mbs, 1), fmt(base.median, 3), `${fmt(parse.median / base.median, 1)}×`, mbs >= 20 ? 'met' : 'NOT met']);
  }
  rows.push(['all seeds', String(totalBytes), fmt(totalMs), fmt(totalBytes / 1e6 / (totalMs / 1000), 1), '', '', '']);
  return ['Text reader — parsing throughput', ...table(rows)];
}
