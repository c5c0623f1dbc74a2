import { describe, expect, it } from 'vitest';
import { textRuns } from './text-runs.js';

// Items as pdfjs gives them for 江苏省人大常委会办公厅2019年部门预算公开表.pdf, page 1 (a page with
// /Rotate 90: viewport transform [0, 1, 1, 0, 0, 0]).
const ROTATED = [0, 1, 1, 0, 0, 0];

describe('textRuns', () => {
  it('turns a rotated page upright', () => {
    const [r] = textRuns([{ str: '公开表一', transform: [0, 9.8, -9.8, 0, 67.2, 44.1], width: 40.1 }], ROTATED);
    expect(r).toMatchObject({ text: '公开表一', x0: 44.1, y: 67.2, size: 9.8 });
    expect(r!.x1).toBeCloseTo(84.2, 1);
  });

  it('cuts an item that prints two table cells at the space between them', () => {
    const runs = textRuns([{ str: '18,330.37 一、一般公共服务支出', transform: [0, 9.8, -9.8, 0, 141.4, 270.7], width: 146.9 }], ROTATED);
    expect(runs.map((r) => r.text)).toEqual(['18,330.37', '一、一般公共服务支出']);
    // The 功能分类 column's ruling line stands at x 319.2: the figure ends before it, the name after.
    expect(runs[0]!.x1).toBeLessThan(319.2);
    expect(runs[1]!.x0).toBeGreaterThan(319.2);
    expect(runs[1]!.x1).toBeCloseTo(270.7 + 146.9, 5);
    expect(runs[1]!.spaceBefore).toBe(true);
  });

  it('skips whitespace-only items and keeps y-down page coordinates', () => {
    const page = [1, 0, 0, -1, 0, 841.9];
    const runs = textRuns(
      [
        { str: ' ', transform: [9, 0, 0, 9, 113, 636.4], width: 830 },
        { str: '单位：万元', transform: [9, 0, 0, 9, 456.6, 636.4], width: 45 },
      ],
      page,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]!.y).toBeCloseTo(841.9 - 636.4, 5);
  });
});
