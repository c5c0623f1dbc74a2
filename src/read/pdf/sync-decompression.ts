import { inflateRawSync, inflateSync, unzipSync } from 'node:zlib';

// pdfjs inflates content streams and fonts through the web DecompressionStream. In Node that is a web
// stream over zlib on the thread pool: a promise hop per chunk, the parse worker idle meanwhile. The
// worker has nothing else to do, so it gets the same small interface over synchronous zlib (installed
// in the worker only). Output is capped: a deflate bomb fails here like any corrupt stream, and pdfjs
// then falls back to its own decoder, bounded by the worker's heap and deadline.

const INFLATE: Record<string, typeof inflateSync> = { deflate: inflateSync, 'deflate-raw': inflateRawSync, gzip: unzipSync };

export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

interface Writer {
  readonly ready: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** The part of DecompressionStream pdfjs uses: write the bytes, close, iterate the output. */
export class SyncDecompressionStream {
  readonly writable: { getWriter(): Writer };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor(format: string, maxBytes = MAX_INFLATED_BYTES) {
    const inflate = INFLATE[format];
    if (!inflate) throw new TypeError(`unsupported compression format: ${format}`);
    const input: Uint8Array[] = [];
    let settle!: { resolve: (b: Uint8Array) => void; reject: (e: unknown) => void };
    const output = new Promise<Uint8Array>((resolve, reject) => (settle = { resolve, reject }));
    // Read or not, a failure must not surface as an unhandled rejection.
    output.catch(() => {});
    const writer: Writer = {
      ready: Promise.resolve(),
      write: async (chunk) => {
        input.push(chunk);
      },
      close: async () => {
        try {
          const bytes = input.length === 1 ? input[0]! : Buffer.concat(input);
          const out = inflate(bytes, { maxOutputLength: maxBytes });
          settle.resolve(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
        } catch (e) {
          settle.reject(e);
        }
      },
    };
    this.writable = { getWriter: () => writer };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        yield await output;
      },
    };
  }
}

/** Make pdfjs in this thread inflate through synchronous zlib. */
export function installSyncDecompression(): void {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = SyncDecompressionStream;
}
