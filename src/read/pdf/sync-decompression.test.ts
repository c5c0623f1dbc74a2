import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SyncDecompressionStream } from './sync-decompression.js';

// Driven the way pdfjs drives a DecompressionStream (asyncGetBytesFromDecompressionStream).
async function inflate(format: string, bytes: Uint8Array, max?: number): Promise<Uint8Array> {
  const { readable, writable } = new SyncDecompressionStream(format, max);
  const writer = writable.getWriter();
  await writer.ready;
  void writer.write(bytes).then(async () => {
    await writer.ready;
    await writer.close();
  });
  const chunks: Uint8Array[] = [];
  for await (const c of readable) chunks.push(c);
  return Buffer.concat(chunks);
}

describe('SyncDecompressionStream', () => {
  const text = Buffer.from('BT /F1 9 Tf (一般公共预算) Tj ET\n'.repeat(200));

  it('inflates what zlib deflated, in the three formats of the web API', async () => {
    expect(Buffer.from(await inflate('deflate', deflateSync(text))).equals(text)).toBe(true);
    expect(Buffer.from(await inflate('deflate-raw', deflateRawSync(text))).equals(text)).toBe(true);
    expect(Buffer.from(await inflate('gzip', gzipSync(text))).equals(text)).toBe(true);
  });

  it('fails on a corrupt or cut stream and on one that inflates past the cap (pdfjs then decodes it itself)', async () => {
    const z = deflateSync(text);
    await expect(inflate('deflate', z.subarray(0, z.length >> 1))).rejects.toThrow();
    await expect(inflate('deflate', Buffer.from('not deflate at all'))).rejects.toThrow();
    await expect(inflate('deflate', deflateSync(Buffer.alloc(1 << 20)), 1 << 16)).rejects.toThrow(/1048576|65536|buffer|output/i);
  });

  it('refuses formats it does not know, as the web API does', () => {
    expect(() => new SyncDecompressionStream('brotli')).toThrow(TypeError);
  });
});
