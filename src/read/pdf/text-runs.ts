import { radicalsToIdeographs } from '../../text/cjk-radicals.js';
import type { Run } from './geometry.js';

// pdfjs text items → runs in page space. An item is what one text-showing operation printed; producers
// often print neighbouring table cells in one item ("18,330.37 一、一般公共服务支出"), so items are cut
// at whitespace, each piece placed by the advance of its characters (full-width glyphs are one em, the
// others about half), scaled so the pieces fill the item's measured width.

export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
}

const WS = /^[\s\u00a0\u3000]+$/;
const WS_SPLIT = /([\s\u00a0\u3000]+)/;

export function multiply(m1: readonly number[], m2: readonly number[]): number[] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** Advance of a character in ems, as far as it can be told without the font. */
export function charUnits(code: number): number {
  if (code === 0x20 || code === 0xa0) return 0.3;
  if (code >= 0xff61 && code <= 0xffdc) return 0.5; // half-width forms
  if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x2027 && code !== 0x2022)) return 1;
  return 0.55;
}

function units(s: string): number {
  let u = 0;
  for (let i = 0; i < s.length; i++) u += charUnits(s.charCodeAt(i));
  return u;
}

/** Text items of one page → runs; `viewport` is the page's viewport transform (rotation, y flip). */
export function textRuns(items: readonly TextItemLike[], viewport: readonly number[]): Run[] {
  const out: Run[] = [];
  for (const it of items) {
    if (!it.str || !/\S/.test(it.str.replace(/\u3000/g, ' '))) continue;
    const m = multiply(viewport, it.transform);
    const size = Math.hypot(m[2]!, m[3]!) || Math.hypot(m[0]!, m[1]!);
    if (!(size > 0.5)) continue;
    const vertical = Math.abs(m[1]!) > Math.abs(m[0]!);
    let x0: number;
    let width = Math.abs(it.width);
    let y = m[5]!;
    if (vertical) {
      // Vertical writing is rare in these tables: keep the run where it starts, one glyph wide.
      x0 = m[4]! - size / 2;
      width = size;
      y = m[5]! + (m[1]! < 0 ? 0 : size);
    } else {
      x0 = m[0]! >= 0 ? m[4]! : m[4]! - width;
    }
    pieces(radicalsToIdeographs(it.str), x0, width, y, size, out);
  }
  return out;
}

function pieces(str: string, x0: number, width: number, y: number, size: number, out: Run[]): void {
  const total = units(str);
  const scale = total > 0 ? width / total : size;
  let pos = 0;
  let first = true;
  for (const part of str.split(WS_SPLIT)) {
    if (part.length === 0) continue;
    const u = units(part);
    if (WS.test(part)) {
      pos += u;
      continue;
    }
    out.push({ text: part, x0: x0 + pos * scale, x1: x0 + (pos + u) * scale, y, size, spaceBefore: !first });
    first = false;
    pos += u;
  }
}
