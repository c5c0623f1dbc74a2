import { describe, expect, it } from 'vitest';
import { dropFurniture } from './page-furniture.js';
import type { PageElement } from './page-layout.js';

const text = (page: number, y: number, s: string): PageElement => ({ kind: 'text', page, y, x0: 50, x1: 200, size: 10, cells: [s] });

describe('dropFurniture', () => {
  it('drops page numbers and running headers, keeps what the page says', () => {
    const pages = [1, 2, 3].map((p) => ({
      height: 842,
      elements: [text(p, 30, '江苏省人民检察院 2018 年度部门预算'), text(p, 120, `第${p}段正文`), text(p, 810, p === 2 ? '- 2 -' : p === 3 ? '─ 3 ─' : String(p))],
    }));
    const out = dropFurniture(pages);
    expect(out.map((els) => els.map((e) => (e.kind === 'text' ? e.cells[0] : '')))).toEqual([['第1段正文'], ['第2段正文'], ['第3段正文']]);
  });

  it('keeps a number that is not at the edge of the page, and a heading seen on two pages only', () => {
    const pages = [1, 2].map((p) => ({ height: 842, elements: [text(p, 30, '收支预算总表'), text(p, 400, '12'), text(p, 420, '正文')] }));
    expect(dropFurniture(pages).map((els) => els.length)).toEqual([3, 3]);
  });
});
