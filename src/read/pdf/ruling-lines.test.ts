import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { rulingLines, type OpCodes } from './ruling-lines.js';

const ops = OPS as unknown as OpCodes;
// Path data as pdfjs 5 hands it over: DrawOPS codes (0 moveTo, 1 lineTo, 4 closePath) and coordinates.
const rect = (x: number, y: number, w: number, h: number) => new Float32Array([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4]);
const path = (paint: number, data: Float32Array) => [paint, [data], null];

describe('rulingLines', () => {
  it('reads thin filled rectangles and stroked segments as rules, in page space', () => {
    const fn = [ops.save, ops.transform, ops.setFillRGBColor, ops.constructPath, ops.constructPath, ops.setFillRGBColor, ops.constructPath, ops.restore, ops.setStrokeRGBColor, ops.constructPath];
    const args = [
      null,
      [1, 0, 0, 1, 10, 20], // cm: shift by (10, 20)
      ['#000000'],
      path(ops.fill, rect(100, 700, 300, 0.5)), // a Word border: 0.5pt high
      path(ops.fill, rect(100, 600, 0.48, 100)), // a vertical one
      ['#ffffff'],
      path(ops.fill, rect(100, 650, 300, 0.5)), // white: not a border
      null,
      ['#000000'],
      path(ops.stroke, new Float32Array([0, 50, 100, 1, 50, 300])), // a stroked vertical line
    ];
    const page = [1, 0, 0, -1, 0, 842]; // viewport: y down
    const rules = rulingLines(fn, args, page, ops);
    expect(rules).toHaveLength(3);
    const [h, v, s] = rules;
    expect(h).toMatchObject({ dir: 'h', from: 110, to: 410 });
    expect(h!.at).toBeCloseTo(842 - 720.25, 3);
    expect(v).toMatchObject({ dir: 'v' });
    expect(v!.at).toBeCloseTo(110.24, 2);
    expect(v!.from).toBeCloseTo(842 - 720, 3);
    expect(s).toMatchObject({ dir: 'v', at: 50, from: 542, to: 742 });
  });

  it('follows a form XObject\'s matrix (pdfjs passes it as a Float32Array)', () => {
    const fn = [ops.paintFormXObjectBegin, ops.constructPath, ops.paintFormXObjectEnd, ops.constructPath];
    const args = [[new Float32Array([1, 0, 0, 1, 0, 100]), null], path(ops.fill, rect(10, 10, 200, 0.5)), null, path(ops.fill, rect(10, 10, 200, 0.5))];
    const rules = rulingLines(fn, args, [1, 0, 0, 1, 0, 0], ops);
    expect(rules.map((r) => r.at)).toEqual([110.25, 10.25]);
  });

  it('ignores backgrounds and curves', () => {
    const fn = [ops.constructPath, ops.constructPath];
    const args = [path(ops.fill, rect(0, 0, 595, 842)), path(ops.stroke, new Float32Array([0, 0, 0, 2, 10, 10, 20, 20, 30, 0]))];
    expect(rulingLines(fn, args, [1, 0, 0, -1, 0, 842], ops)).toEqual([]);
  });
});
