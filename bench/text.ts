import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDisclosure, type InputFile } from '../src/read/read-document.js';
import { fmt, table, time } from './stats.js';

// Text parsing throughput: the whole reader (decode, split, recognise, forms) per seed, against a
// baseline run in the same process — splitting the same bytes into lines and cells and nothing more —
// so the ratio says what recognition costs on top of tokenising.
//
// Three figures a seed: the first parse in the process (what one `yusuan parse` call pays, compiling
// the reader), the median of warm parses (after a warm-up long enough for the optimising compiler),
// and the steady-state throughput: bytes over the total time of all warm parses, garbage collection
// included (a median hides the collections). Then a batch — the seeds read round-robin, as an import of
// many documents does. The target (≥ 20 MB/s) is judged, as the issue puts it, on each seed's median,
// and on the batch's mean (collections included). The ratio to the baseline is the figure to compare
// across runs: this machine's speed varies from run to run by half, the baseline's with it.

const SEEDS = ['000_441233bf942028f3', '001_9f46298a1159504d', '002_0b34a06b81f5dc6b', '004_ae267f8278d41256'];
const TARGET_MBS = 20;

export async function benchText(shared: string): Promise<string[]> {
  const files: InputFile[] = SEEDS.map((s) => ({ name: s, bytes: readFileSync(join(shared, 'seeds', `${s}.txt`)) }));
  const rows = [['seed', 'bytes', 'first ms', 'warm median ms', 'MB/s (median)', 'MB/s (mean, GC incl.)', 'baseline ms', 'ratio']];
  const slow: string[] = [];
  for (const f of files) {
    const t0 = performance.now();
    await readDisclosure([f]);
    const first = performance.now() - t0;
    const parse = await time(() => readDisclosure([f]), { warmup: 30, runs: 60, minMs: 1500 });
    const base = await time(() => Buffer.from(f.bytes).toString('utf8').split('\n').map((l) => l.split('\t')), { warmup: 30, runs: 60 });
    const median = mbs(f.bytes.length, parse.median);
    if (median < TARGET_MBS) slow.push(f.name);
    rows.push([f.name, String(f.bytes.length), fmt(first, 1), fmt(parse.median), fmt(median, 1), fmt(mbs(f.bytes.length, parse.mean), 1), fmt(base.median, 3), `${fmt(parse.median / base.median, 1)}×`]);
  }
  const batchBytes = files.reduce((s, f) => s + f.bytes.length, 0);
  const batch = await time(async () => { for (const f of files) await readDisclosure([f]); }, { warmup: 10, runs: 40, minMs: 3000 });
  const through = mbs(batchBytes, batch.mean);
  return [
    'Text reader — parsing throughput',
    ...table(rows),
    `per seed (median) ≥ ${TARGET_MBS} MB/s: ${slow.length ? `NOT met by ${slow.join(', ')}` : 'met by every seed'}`,
    `batch (the four seeds round-robin, ${batchBytes} bytes): ${fmt(batch.mean)} ms a round (mean, GC included), median ${fmt(batch.median)} ms — ${fmt(through, 1)} MB/s; target ≥ ${TARGET_MBS} MB/s: ${through >= TARGET_MBS ? 'met' : 'NOT met'}`,
  ];
}

function mbs(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}
