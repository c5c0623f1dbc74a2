import type { Disclosure, Table } from '../../model/disclosure.js';
import { tableGrid, type TableGrid } from '../layout/table-grid.js';
import { esc } from './escape.js';

// One table on landscape pages: number, title, entity and unit above; the grid with its multi-level
// header in <thead>, which the browser repeats on every page the table runs over.

function colgroup(grid: TableGrid): string {
  const total = grid.columns.reduce((s, c) => s + c.width, 0);
  return `<colgroup>${grid.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('')}</colgroup>`;
}

function thead(grid: TableGrid): string {
  const rows: string[] = [];
  for (let r = 0; r < grid.headerRows; r++) {
    const cells = grid.header
      .filter((h) => h.row === r)
      .map((h) => `<th${h.rowspan > 1 ? ` rowspan="${h.rowspan}"` : ''}${h.colspan > 1 ? ` colspan="${h.colspan}"` : ''}>${esc(h.text)}</th>`);
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<thead>${rows.join('')}</thead>`;
}

function tbody(grid: TableGrid): string {
  const rows = grid.body.map((row) => {
    const cls = row.total ? ' class="total"' : row.group ? ' class="group"' : '';
    let col = 0;
    const cells: string[] = [];
    for (const c of row.cells) {
      // Blank cells where a side has no row on this line.
      while (col < c.col) {
        cells.push('<td></td>');
        col++;
      }
      const span = c.colspan > 1 ? ` colspan="${c.colspan}"` : '';
      const indent = c.indent > 0 ? ` style="padding-left:${(1.5 + c.indent * 3).toFixed(1)}mm"` : '';
      cells.push(`<td class="${c.kind}"${span}${indent}>${esc(c.text)}</td>`);
      col += c.colspan;
    }
    while (col < grid.columns.length) {
      cells.push('<td></td>');
      col++;
    }
    return `<tr${cls}>${cells.join('')}</tr>`;
  });
  return `<tbody>${rows.join('')}</tbody>`;
}

export function tableAnchor(t: Table, index: number): string {
  return `table-${index + 1}-${t.key}`;
}

export function tableHtml(doc: Disclosure, t: Table, index: number): string {
  const grid = tableGrid(t);
  const entityLabel = doc.level === 'unit' ? '单位名称' : '部门名称';
  const entity = t.entity ?? doc.entity ?? '';
  const notes = t.notes.length ? t.notes : t.status === 'empty' ? ['注：本表无数据'] : [];
  return [
    `<section class="table-page" id="${tableAnchor(t, index)}">`,
    t.number ? `<p class="number">${esc(t.number)}</p>` : '',
    `<h2 class="title">${esc(t.title)}</h2>`,
    `<div class="meta"><span>${esc(entityLabel)}：${esc(entity)}</span><span>单位：${esc(t.unit ?? '万元')}</span></div>`,
    `<table class="grid">${colgroup(grid)}${thead(grid)}${tbody(grid)}</table>`,
    ...notes.map((n) => `<p class="note">${esc(n)}</p>`),
    '</section>',
  ].join('\n');
}
