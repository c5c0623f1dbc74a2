import { createHash } from 'node:crypto';

// Small PDFs written byte by byte for the bad-input tests: a page that is only a scanned image, and a
// page encrypted with a user password (the standard security handler, RC4 40-bit, revision 2, as in
// the PDF specification's algorithms 1–4).

type Obj = { body: Buffer; stream?: Buffer };

function assemble(objects: Obj[], trailer: string): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let at = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(at);
    const head = Buffer.from(`${i + 1} 0 obj\n`, 'latin1');
    const chunks = o.stream
      ? [head, o.body, Buffer.from('\nstream\n', 'latin1'), o.stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]
      : [head, o.body, Buffer.from('\nendobj\n', 'latin1')];
    for (const c of chunks) {
      parts.push(c);
      at += c.length;
    }
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const obj = (s: string, stream?: Buffer): Obj => (stream ? { body: Buffer.from(s, 'latin1'), stream } : { body: Buffer.from(s, 'latin1') });

/** Width and height of a JPEG (from its start-of-frame marker). */
function jpegSize(jpeg: Buffer): { width: number; height: number } {
  let i = 2;
  while (i + 9 < jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error('not a JPEG');
    const marker = jpeg[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xc3) return { height: jpeg.readUInt16BE(i + 5), width: jpeg.readUInt16BE(i + 7) };
    i += 2 + jpeg.readUInt16BE(i + 2);
  }
  throw new Error('JPEG without a frame');
}

/** One A4 page showing a JPEG over the whole page and no text at all: what a scanner produces. */
export function scannedPdf(jpeg: Buffer): Buffer {
  const { width, height } = jpegSize(jpeg);
  const content = Buffer.from(`q 595 0 0 842 0 0 cm /Im1 Do Q`, 'latin1');
  return assemble(
    [
      obj('<< /Type /Catalog /Pages 2 0 R >>'),
      obj('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
      obj('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>'),
      obj(`<< /Length ${content.length} >>`, content),
      obj(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>`, jpeg),
    ],
    '/Root 1 0 R',
  );
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...b: Buffer[]) => createHash('md5').update(Buffer.concat(b)).digest();
const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);

/** One page saying `text` (Latin letters), encrypted so that it opens only with `userPassword`. */
export function encryptedPdf(text: string, userPassword: string, ownerPassword: string): Buffer {
  const id = md5(Buffer.from(`yusuan-test-${text}`));
  const perms = -44; // printing and copying allowed; the number does not matter here
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword)); // algorithm 3
  const p = Buffer.alloc(4);
  p.writeInt32LE(perms);
  const key = md5(padded(userPassword), o, p, id).subarray(0, 5); // algorithm 2
  const u = rc4(key, PAD); // algorithm 4
  const objectKey = (num: number) => md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), Buffer.from(`BT /F1 24 Tf 72 720 Td (${text}) Tj ET`, 'latin1'));
  const hex = (b: Buffer) => `<${b.toString('hex')}>`;
  return assemble(
    [
      obj('<< /Type /Catalog /Pages 2 0 R >>'),
      obj('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
      obj('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'),
      obj(`<< /Length ${content.length} >>`, content),
      obj('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
      obj(`<< /Filter /Standard /V 1 /R 2 /O ${hex(o)} /U ${hex(u)} /P ${perms} >>`),
    ],
    `/Root 1 0 R /Encrypt 6 0 R /ID [${hex(id)} ${hex(id)}]`,
  );
}
