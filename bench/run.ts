import { join } from 'node:path';

// `npm run bench [-- area…]`: every area's benchmark, each printing its figures and ratios against
// a baseline measured in the same process. Areas: text, check, pdf, publish, store.

const SHARED = process.env.YUSUAN_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared');

type Bench = (shared: string) => Promise<string[]>;

// area → [module, exported function]; modules are loaded only when their area runs.
const AREAS: Record<string, [string, string]> = {
  text: ['./text.js', 'benchText'],
  check: ['./check.js', 'benchCheck'],
  pdf: ['./pdf.js', 'benchPdf'],
  publish: ['./publish.js', 'benchPublish'],
  store: ['./store.js', 'benchStore'],
};

async function load(area: string): Promise<Bench | null> {
  const entry = AREAS[area];
  if (!entry) return null;
  const mod = (await import(entry[0])) as Record<string, Bench>;
  return mod[entry[1]] ?? null;
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const areas = wanted.length ? wanted : Object.keys(AREAS);
console.log(`yusuan bench — node ${process.version}, ${(await import('node:os')).cpus().length} cores, ${new Date().toISOString()}`);
for (const a of areas) {
  const bench = await load(a);
  if (!bench) {
    console.error(`unknown area ${a}; areas: ${Object.keys(AREAS).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  console.log('');
  const lines = await bench(SHARED);
  for (const l of lines) console.log(l);
}
