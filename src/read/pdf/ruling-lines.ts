import type { Rule } from './geometry.js';
import { multiply } from './text-runs.js';

// Operator list → ruling lines. Table borders come as stroked segments or as thin filled rectangles
// (Word and Excel print every border as a 0.5pt-high rectangle); both become horizontal or vertical
// rules in page space. Backgrounds (large fills) and white strokes are not borders.

/** The pdfjs operator codes this needs (passed in so that this stays independent of pdfjs). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setLineWidth: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  constructPath: number;
  fill: number;
  eoFill: number;
  stroke: number;
  closeStroke: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

// DrawOPS of pdfjs path data.
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

const THIN = 2.5; // a filled rectangle this thin (pt) is a line
const MIN_LENGTH = 3;

interface GState {
  ctm: number[];
  fill: string;
  stroke: string;
}

export function rulingLines(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, viewport: readonly number[], ops: OpCodes): Rule[] {
  const rules: Rule[] = [];
  let gs: GState = { ctm: [1, 0, 0, 1, 0, 0], fill: '#000000', stroke: '#000000' };
  const stack: GState[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push({ ...gs });
    else if (fn === ops.restore) gs = stack.pop() ?? gs;
    else if (fn === ops.transform && args) gs.ctm = multiply(gs.ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ...gs });
      const m = args?.[0] as ArrayLike<number> | null | undefined;
      if (m && m.length === 6) gs.ctm = multiply(gs.ctm, Array.from(m));
    } else if (fn === ops.paintFormXObjectEnd) gs = stack.pop() ?? gs;
    else if (fn === ops.setFillRGBColor && typeof args?.[0] === 'string') gs.fill = args[0];
    else if (fn === ops.setStrokeRGBColor && typeof args?.[0] === 'string') gs.stroke = args[0];
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | null)?.[0];
      if (!data) continue;
      const stroked = paint === ops.stroke || paint === ops.closeStroke || paint === ops.fillStroke || paint === ops.eoFillStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
      const filled = paint === ops.fill || paint === ops.eoFill || paint === ops.fillStroke || paint === ops.eoFillStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
      const m = multiply(viewport, gs.ctm);
      if (stroked && !isWhite(gs.stroke)) strokeRules(data, m, rules);
      if (filled && !isWhite(gs.fill)) fillRules(data, m, rules);
    }
  }
  return rules;
}

function isWhite(color: string): boolean {
  return /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(color);
}

function apply(m: readonly number[], x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

/** Subpaths as point lists (curves break a subpath: they are never borders). */
function subpaths(data: ArrayLike<number>, m: readonly number[]): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let cur: Array<[number, number]> = [];
  const flush = () => {
    if (cur.length > 1) out.push(cur);
    cur = [];
  };
  let i = 0;
  while (i < data.length) {
    const op = data[i]!;
    if (op === MOVE) {
      flush();
      cur.push(apply(m, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (op === LINE) {
      cur.push(apply(m, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (op === CURVE) {
      flush();
      cur.push(apply(m, data[i + 5]!, data[i + 6]!));
      i += 7;
    } else if (op === QUAD) {
      flush();
      cur.push(apply(m, data[i + 3]!, data[i + 4]!));
      i += 5;
    } else if (op === CLOSE) {
      if (cur.length > 2) cur.push(cur[0]!);
      flush();
      i += 1;
    } else break; // unknown data: stop rather than misread
  }
  flush();
  return out;
}

function strokeRules(data: ArrayLike<number>, m: readonly number[], rules: Rule[]): void {
  for (const pts of subpaths(data, m)) {
    for (let k = 1; k < pts.length; k++) {
      const [x0, y0] = pts[k - 1]!;
      const [x1, y1] = pts[k]!;
      pushSegment(x0, y0, x1, y1, rules);
    }
  }
}

function pushSegment(x0: number, y0: number, x1: number, y1: number, rules: Rule[]): void {
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  if (dy < 1 && dx >= MIN_LENGTH) rules.push({ dir: 'h', at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
  else if (dx < 1 && dy >= MIN_LENGTH) rules.push({ dir: 'v', at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
}

function fillRules(data: ArrayLike<number>, m: readonly number[], rules: Rule[]): void {
  for (const pts of subpaths(data, m)) {
    if (pts.length < 4 || pts.length > 5) continue;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const [x, y] of pts) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    // Axis-aligned rectangles only: every point on the bounding box's corners.
    if (!pts.every(([x, y]) => (near(x, minX) || near(x, maxX)) && (near(y, minY) || near(y, maxY)))) continue;
    const w = maxX - minX;
    const h = maxY - minY;
    if (h <= THIN && w >= MIN_LENGTH) rules.push({ dir: 'h', at: (minY + maxY) / 2, from: minX, to: maxX });
    else if (w <= THIN && h >= MIN_LENGTH) rules.push({ dir: 'v', at: (minX + maxX) / 2, from: minY, to: maxY });
  }
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.5;
}
