import { randomBytes } from 'node:crypto';

// A multipart/form-data body built by hand, for uploads through Fastify's inject().

export function multipart(files: ReadonlyArray<{ name: string; bytes: Uint8Array; field?: string }>): { body: Buffer; contentType: string } {
  const boundary = `----yusuan${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(f.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
