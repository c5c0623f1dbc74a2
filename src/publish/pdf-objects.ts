// Just enough of the PDF file format to edit what chromium writes: a classic cross-reference table,
// numbered objects (a dictionary, optionally followed by a stream), and the page tree. Anything else
// (object streams, cross-reference streams) is reported as unsupported by returning null.

export interface PdfFile {
  bytes: Uint8Array;
  /** The bytes as latin1 text: one character a byte, so indices are byte offsets. */
  text: string;
  offsets: Map<number, number>;
  /** Next free object number (the trailer's /Size). */
  size: number;
  root: string;
  info: string | null;
  /** Offset of the last cross-reference table. */
  xrefAt: number;
}

export interface PdfObject {
  num: number;
  /** The object's value (a dictionary for every object edited here), as text. */
  value: string;
  /** Stream bytes, when the object is a stream. */
  stream: Uint8Array | null;
}

export const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

export function readPdf(bytes: Uint8Array): PdfFile | null {
  const text = latin1(bytes);
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start) return null;
  const xrefAt = Number(start[1]);
  if (!text.startsWith('xref', xrefAt)) return null;
  const trailerAt = text.indexOf('trailer', xrefAt);
  if (trailerAt < 0) return null;
  const trailer = text.slice(trailerAt, start.index);
  if (/\/Prev\b/.test(trailer)) return null;
  const offsets = new Map<number, number>();
  const table = text.slice(xrefAt + 4, trailerAt);
  const re = /(\d+) (\d+)\s*\n|(\d{10}) (\d{5}) ([nf])/g;
  let n = 0;
  for (const m of table.matchAll(re)) {
    if (m[1] !== undefined) n = Number(m[1]);
    else {
      if (m[5] === 'n') offsets.set(n, Number(m[3]));
      n++;
    }
  }
  const size = /\/Size (\d+)/.exec(trailer);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer);
  const info = /\/Info (\d+ \d+ R)/.exec(trailer);
  if (!size || !root) return null;
  return { bytes, text, offsets, size: Number(size[1]), root: root[1]!, info: info ? info[1]! : null, xrefAt };
}

/** End (exclusive) of the PDF value starting at `i`: a dictionary, array, string or a simple token. */
export function valueEnd(s: string, i: number): number {
  while (/\s/.test(s[i] ?? '')) i++;
  const c = s[i];
  if (c === '<' && s[i + 1] === '<') {
    let j = i + 2;
    while (j < s.length && !(s[j] === '>' && s[j + 1] === '>')) j = valueEnd(s, j) > j ? valueEnd(s, j) : j + 1;
    return j + 2;
  }
  if (c === '[') {
    let j = i + 1;
    while (j < s.length && s[j] !== ']') j = valueEnd(s, j) > j ? valueEnd(s, j) : j + 1;
    return j + 1;
  }
  if (c === '(') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === '\\') j++;
      else if (s[j] === '(') depth++;
      else if (s[j] === ')' && --depth === 0) return j + 1;
    }
    return s.length;
  }
  if (c === '<') return s.indexOf('>', i) + 1;
  if (c === ']' || (c === '>' && s[i + 1] === '>')) return i;
  // A name, number, keyword, or an indirect reference "12 0 R".
  const ref = /^\d+ \d+ R/.exec(s.slice(i, i + 24));
  if (ref) return i + ref[0].length;
  let j = i + (c === '/' ? 1 : 0);
  while (j < s.length && !/[\s/<>[\]()]/.test(s[j]!)) j++;
  return j;
}

/** Span of the value of `/key` at the top level of a dictionary's text. */
export function dictValue(dict: string, key: string): { start: number; end: number } | null {
  let i = dict.indexOf('<<') + 2;
  while (i < dict.length) {
    while (/\s/.test(dict[i] ?? '')) i++;
    if (dict[i] === '>' || i >= dict.length) return null;
    const keyEnd = valueEnd(dict, i);
    const name = dict.slice(i, keyEnd);
    let start = keyEnd;
    while (/\s/.test(dict[start] ?? '')) start++;
    const end = valueEnd(dict, start);
    if (name === `/${key}`) return { start, end };
    i = end;
  }
  return null;
}

export function readObject(f: PdfFile, num: number): PdfObject | null {
  const at = f.offsets.get(num);
  if (at === undefined) return null;
  const head = new RegExp(`^${num} \\d+ obj\\s*`).exec(f.text.slice(at, at + 32));
  if (!head) return null;
  const vStart = at + head[0].length;
  const vEnd = valueEnd(f.text, vStart);
  const value = f.text.slice(vStart, vEnd);
  const after = /^\s*stream\r?\n/.exec(f.text.slice(vEnd, vEnd + 16));
  if (!after) return { num, value, stream: null };
  const len = /\/Length (\d+)\b(?!\s+\d+\s+R)/.exec(value);
  if (!len) return null;
  const s = vEnd + after[0].length;
  return { num, value, stream: f.bytes.subarray(s, s + Number(len[1])) };
}

export function refsIn(text: string): number[] {
  return [...text.matchAll(/(\d+) 0 R\b/g)].map((m) => Number(m[1]));
}

/** Page objects in document order (the page tree may nest). */
export function pageObjects(f: PdfFile): number[] | null {
  const root = readObject(f, Number(f.root.split(' ')[0]));
  const pages = root && dictValue(root.value, 'Pages');
  if (!root || !pages) return null;
  const out: number[] = [];
  const walk = (num: number, depth: number): boolean => {
    const o = readObject(f, num);
    if (!o || depth > 32) return false;
    if (/\/Type \/Page\b(?!s)/.test(o.value)) {
      out.push(num);
      return true;
    }
    const kids = dictValue(o.value, 'Kids');
    if (!kids) return false;
    return refsIn(o.value.slice(kids.start, kids.end)).every((k) => walk(k, depth + 1));
  };
  return walk(Number(root.value.slice(pages.start, pages.end).split(' ')[0]), 0) ? out : null;
}

/** Named destinations of the catalogue's /Dests dictionary → 1-based page; null when there are none. */
export function namedDestinationPages(f: PdfFile): Record<string, number> | null {
  const root = readObject(f, Number(f.root.split(' ')[0]));
  const pages = pageObjects(f);
  const at = root && dictValue(root.value, 'Dests');
  if (!root || !pages || !at) return null;
  const ref = /^(\d+) \d+ R$/.exec(root.value.slice(at.start, at.end));
  const dests = ref ? readObject(f, Number(ref[1]))?.value : root.value.slice(at.start, at.end);
  if (!dests) return null;
  const index = new Map(pages.map((p, i) => [p, i + 1]));
  const out: Record<string, number> = {};
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) \d+ R/g)) {
    const page = index.get(Number(m[2]));
    if (page !== undefined) out[decodeName(m[1]!)] = page;
  }
  return out;
}

/** PDF name escapes: #xx is the byte xx. */
function decodeName(n: string): string {
  return Buffer.from(n.replace(/#([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
}
