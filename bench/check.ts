import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/check/engine.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { readDisclosure } from '../src/read/read-document.js';
import { fmt, table, time } from './stats.js';

// `yusuan check` time per seed with the parsed model in memory: all rules (evaluation, rounding model,
// culprit search, messages) against a baseline run in the same process — one rule (合计 = Σ 资金来源) over
// the same model — so the ratio says what the full rule set costs on top of a single pass. Medians are
// of warm runs (after 60 warm-up runs: the code compiled); the first run, which one CLI call pays, is
// shown beside. Target: under 20 ms for seed 001.

const SEEDS = ['000_441233bf942028f3', '001_9f46298a1159504d', '002_0b34a06b81f5dc6b', '004_ae267f8278d41256'];
const DEFAULT_SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');

export async function benchCheck(shared: string = DEFAULT_SHARED): Promise<string[]> {
  const rows = [['seed', 'findings', 'first run ms', 'check ms (median)', 'p95', 'baseline ms (1 rule)', 'ratio', 'target']];
  for (const s of SEEDS) {
    const bytes = readFileSync(join(shared, 'seeds', `${s}.txt`));
    const r = await readDisclosure([{ name: s, bytes }]);
    if (!r.ok) throw new Error(`${s}: ${r.error.message}`);
    const doc: Disclosure = r.value;
    // The first run pays for compiling the rules (what one `yusuan check` call sees); then warm medians.
    const t0 = performance.now();
    const n = check(doc).findings.length;
    const cold = performance.now() - t0;
    const full = await time(() => check(doc), { warmup: 60, runs: 100 });
    const base = await time(() => check(doc, { rules: ['table.column-sum'] }), { warmup: 60, runs: 100 });
    const target = s.startsWith('001') ? (full.median < 20 ? '< 20 ms: met' : '< 20 ms: NOT met') : '';
    rows.push([s, String(n), fmt(cold, 1), fmt(full.median), fmt(full.p95), fmt(base.median, 3), `${fmt(full.median / base.median, 1)}×`, target]);
  }
  return ['Checker — all rules on the parsed model', ...table(rows)];
}
