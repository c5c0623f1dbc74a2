import autocannon from 'autocannon';

// Load generator, run as its own process so it does not share the server's event loop:
// `load-client URL CONNECTIONS SECONDS` → one JSON line with request count and latency percentiles.

const [url, connections = '50', seconds = '8'] = process.argv.slice(2);
if (!url) throw new Error('usage: load-client URL CONNECTIONS SECONDS');
const times: number[] = [];
let non2xx = 0;
const instance = autocannon({ url, connections: Number(connections), duration: Number(seconds) });
instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
  times.push(ms);
  if (status < 200 || status >= 300) non2xx++;
});
const result = await instance;
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? NaN;
console.log(JSON.stringify({ requests: times.length, non2xx, errors: result.errors, rps: times.length / Number(seconds), p50: pct(0.5), p95: pct(0.95), p99: pct(0.99) }));
