import { deflateSync, inflateSync } from 'node:zlib';
import { intendedCodePoint, isMisnamed } from '../text/cjk-radicals.js';

// Rewrites the ToUnicode maps of a chromium PDF so that its text layer names every glyph by the
// character that was printed (see src/text/cjk-radicals.ts). Chromium writes classic PDFs: numbered objects
// in order and one cross-reference table; the changed streams are spliced in and the table's offsets
// moved by what each splice added. A PDF of another shape is returned unchanged.

const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

function hex4(cp: number): string {
  if (cp <= 0xffff) return cp.toString(16).toUpperCase().padStart(4, '0');
  const v = cp - 0x10000;
  return ((0xd800 + (v >> 10)).toString(16) + (0xdc00 + (v & 0x3ff)).toString(16)).toUpperCase();
}

function decodeUtf16Hex(h: string): number[] {
  const units: number[] = [];
  for (let i = 0; i + 4 <= h.length; i += 4) units.push(parseInt(h.slice(i, i + 4), 16));
  return [...String.fromCharCode(...units)].map((c) => c.codePointAt(0)!);
}

const encode = (cps: number[]): string => cps.map(hex4).join('');

/** The CMap text with misnamed targets renamed; ranges that cover one are written out glyph by glyph. */
export function fixCMap(cmap: string): string {
  let text = cmap.replace(/(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]+)>/g, (m, src: string, dst: string) => {
    const cps = decodeUtf16Hex(dst);
    return cps.some(isMisnamed) ? `${src}<${encode(cps.map(intendedCodePoint))}>` : m;
  });
  text = text.replace(/(\d+) beginbfrange\s*([\s\S]*?)endbfrange/g, (block, _n: string, body: string) => {
    const keep: string[] = [];
    const singles: string[] = [];
    for (const line of body.split('\n')) {
      const m = /^<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/.exec(line.trim());
      if (!m) continue;
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const start = decodeUtf16Hex(m[3]!);
      if (start.length !== 1 || !Array.from({ length: hi - lo + 1 }, (_, k) => start[0]! + k).some(isMisnamed)) {
        keep.push(line.trim());
        continue;
      }
      const width = m[1]!.length;
      for (let k = 0; k <= hi - lo; k++) singles.push(`<${(lo + k).toString(16).toUpperCase().padStart(width, '0')}> <${hex4(intendedCodePoint(start[0]! + k))}>`);
    }
    if (singles.length === 0) return block;
    const ranges = keep.length ? `${keep.length} beginbfrange\n${keep.join('\n')}\nendbfrange\n` : '';
    // A CMap block holds at most 100 entries.
    const chunks: string[] = [];
    for (let i = 0; i < singles.length; i += 100) chunks.push(`${singles.slice(i, i + 100).length} beginbfchar\n${singles.slice(i, i + 100).join('\n')}\nendbfchar\n`);
    return ranges + chunks.join('');
  });
  return text;
}

interface Splice {
  start: number;
  end: number;
  bytes: Buffer;
}

export function fixPdfText(pdf: Uint8Array): Uint8Array {
  const s = latin1(pdf);
  const xrefAt = s.lastIndexOf('\nxref\n');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(s);
  if (xrefAt < 0 || !startxref || Number(startxref[1]) !== xrefAt + 1) return pdf;
  // Object offsets from the cross-reference table (one subsection starting at object 0).
  const offsets = new Map<string, number>();
  const table = s.slice(xrefAt + 1, startxref.index);
  const sub = /^xref\s+(\d+) \d+\s*$/m.exec(table);
  if (!sub) return pdf;
  let n = Number(sub[1]);
  for (const m of table.matchAll(/^(\d{10}) \d{5} ([nf])/gm)) {
    if (m[2] === 'n') offsets.set(String(n), Number(m[1]));
    n++;
  }
  const ids = new Set([...s.matchAll(/\/ToUnicode (\d+) 0 R/g)].map((m) => m[1]!));
  const splices: Splice[] = [];
  for (const id of ids) {
    const at = offsets.get(id);
    if (at === undefined) continue;
    const head = new RegExp(`^${id} 0 obj\\s*<<([^]*?)>>\\s*stream\\r?\\n`).exec(s.slice(at, at + 400));
    if (!head || !/\/FlateDecode/.test(head[1]!)) continue;
    const len = /\/Length (\d+)/.exec(head[1]!);
    if (!len) continue;
    const dataStart = at + head[0].length;
    const data = pdf.subarray(dataStart, dataStart + Number(len[1]));
    const cmap = inflateSync(data).toString('latin1');
    const fixed = fixCMap(cmap);
    if (fixed === cmap) continue;
    const body = deflateSync(Buffer.from(fixed, 'latin1'));
    const dict = head[1]!.replace(/\/Length \d+/, `/Length ${body.length}`);
    splices.push({ start: at, end: dataStart + Number(len[1]), bytes: Buffer.concat([Buffer.from(`${id} 0 obj\n<<${dict}>>\nstream\n`, 'latin1'), body]) });
  }
  if (splices.length === 0) return pdf;
  splices.sort((a, b) => a.start - b.start);
  const parts: Buffer[] = [];
  let at = 0;
  for (const sp of splices) {
    parts.push(Buffer.from(pdf.subarray(at, sp.start)), sp.bytes);
    at = sp.end;
  }
  const moved = (offset: number): number => {
    let d = 0;
    for (const sp of splices) if (sp.start < offset) d += sp.bytes.length - (sp.end - sp.start);
    return offset + d;
  };
  // Everything from the last splice to the cross-reference table, then the table with moved offsets.
  parts.push(Buffer.from(pdf.subarray(at, xrefAt + 1)));
  const movedTable = table.replace(/^(\d{10}) (\d{5}) n/gm, (_m, off: string, gen: string) => `${String(moved(Number(off))).padStart(10, '0')} ${gen} n`);
  parts.push(Buffer.from(movedTable, 'latin1'), Buffer.from(`startxref\n${moved(xrefAt + 1)}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
