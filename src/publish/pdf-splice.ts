import { dictValue, pageObjects, readObject, readPdf, refsIn, type PdfFile, type PdfObject } from './pdf-objects.js';

// Replace what some pages of a PDF show with the same pages of another PDF printed from the same layout
// (the contents pages, printed again with their page numbers): each page keeps its place, size and
// links and takes the other page's content stream and resources. The change is appended as an
// incremental update (PDF §7.5.6), so nothing already written moves. Null when either file is not of
// the simple shape chromium writes.

interface Copy {
  obj: PdfObject;
  to: number;
}

function renumber(text: string, map: ReadonlyMap<number, number>): string {
  return text.replace(/(\d+) 0 R\b/g, (m, n: string) => {
    const to = map.get(Number(n));
    return to === undefined ? m : `${to} 0 R`;
  });
}

/** Every object reachable from `roots` through dictionaries (stream data is not searched). */
function closure(f: PdfFile, roots: number[]): PdfObject[] | null {
  const seen = new Map<number, PdfObject>();
  const todo = [...roots];
  while (todo.length) {
    const n = todo.pop()!;
    if (seen.has(n)) continue;
    const o = readObject(f, n);
    if (!o) return null;
    seen.set(n, o);
    for (const r of refsIn(o.value)) if (!seen.has(r)) todo.push(r);
  }
  return [...seen.values()];
}

function serialise(num: number, value: string, stream: Uint8Array | null): Buffer {
  const head = Buffer.from(`${num} 0 obj\n${value}\n`, 'latin1');
  if (!stream) return Buffer.concat([head, Buffer.from('endobj\n', 'latin1')]);
  return Buffer.concat([head, Buffer.from('stream\n', 'latin1'), Buffer.from(stream), Buffer.from('\nendstream\nendobj\n', 'latin1')]);
}

/** `main` with its pages `pages` (1-based) showing what the same pages of `donor` show. */
export function replacePages(main: Uint8Array, donor: Uint8Array, pages: readonly number[]): Uint8Array | null {
  const m = readPdf(main);
  const d = readPdf(donor);
  if (!m || !d) return null;
  const mp = pageObjects(m);
  const dp = pageObjects(d);
  if (!mp || !dp) return null;
  let next = m.size;
  const map = new Map<number, number>();
  const copies: Copy[] = [];
  const updated: Array<{ num: number; value: string }> = [];
  for (const p of pages) {
    const target = mp[p - 1] !== undefined ? readObject(m, mp[p - 1]!) : null;
    const source = dp[p - 1] !== undefined ? readObject(d, dp[p - 1]!) : null;
    if (!target || !source) return null;
    const res = dictValue(source.value, 'Resources');
    const contents = dictValue(source.value, 'Contents');
    const tRes = dictValue(target.value, 'Resources');
    const tContents = dictValue(target.value, 'Contents');
    if (!res || !contents || !tRes || !tContents) return null;
    const resText = source.value.slice(res.start, res.end);
    const contentsText = source.value.slice(contents.start, contents.end);
    const objs = closure(d, [...refsIn(resText), ...refsIn(contentsText)]);
    if (!objs) return null;
    for (const o of objs) {
      if (map.has(o.num)) continue;
      map.set(o.num, next);
      copies.push({ obj: o, to: next++ });
    }
    // Splice the later span first so the earlier one's offsets still hold.
    const spans = [
      { ...tRes, text: renumber(resText, map) },
      { ...tContents, text: renumber(contentsText, map) },
    ].sort((a, b) => b.start - a.start);
    let value = target.value;
    for (const s of spans) value = value.slice(0, s.start) + s.text + value.slice(s.end);
    updated.push({ num: target.num, value });
  }
  const parts: Buffer[] = [Buffer.from(main), Buffer.from('\n', 'latin1')];
  let at = main.length + 1;
  const offsets = new Map<number, number>();
  const add = (num: number, buf: Buffer) => {
    offsets.set(num, at);
    parts.push(buf);
    at += buf.length;
  };
  for (const c of copies) add(c.to, serialise(c.to, renumber(c.obj.value, map), c.obj.stream));
  for (const u of updated) add(u.num, serialise(u.num, u.value, null));
  // Cross-reference subsections of consecutive object numbers.
  const nums = [...offsets.keys()].sort((a, b) => a - b);
  let xref = 'xref\n';
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    xref += `${nums[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${String(offsets.get(nums[k]!)).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  const trailer = `trailer\n<</Size ${next}\n/Root ${m.root}${m.info ? `\n/Info ${m.info}` : ''}\n/Prev ${m.xrefAt}>>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(Buffer.from(xref + trailer, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
