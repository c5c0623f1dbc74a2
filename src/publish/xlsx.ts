import ExcelJS from 'exceljs';
import type { Disclosure, Table } from '../model/disclosure.js';
import { formatFen } from '../model/money.js';
import { tableZh } from '../model/table-keys.js';
import { tableGrid } from './layout/table-grid.js';

// XLSX export: one sheet per table, merged multi-level headers, figures as numbers in the printed unit
// with #,##0.00, headers frozen and repeated on every printed page, A4 landscape fitted to the width.

const NUM_FMT = '#,##0.00';
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';

/** Excel sheet names: ≤ 31 characters, none of \ / ? * [ ] :, unique in the workbook. */
export function sheetName(index: number, t: Table, taken: Set<string>): string {
  const base = `${index + 1} ${tableZh(t.key)}`.replace(/[\\/?*[\]:]/g, '').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 28)}(${n})`;
  taken.add(name);
  return name;
}

function addTableSheet(wb: ExcelJS.Workbook, doc: Disclosure, t: Table, name: string): void {
  const grid = tableGrid(t);
  const width = grid.columns.length;
  const headerTop = 4;
  const headerBottom = headerTop + grid.headerRows - 1;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerTop}:${headerBottom}`,
    },
    headerFooter: { oddFooter: '第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: grid.leadingLabels, ySplit: headerBottom }],
  });
  ws.columns = grid.columns.map((c) => ({ width: Math.max(8, Math.round(c.width * 1.6)) }));

  ws.mergeCells(1, 1, 1, width);
  const title = ws.getCell(1, 1);
  title.value = t.title;
  title.font = { name: FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 26;
  const entityLabel = doc.level === 'unit' ? '单位名称' : '部门名称';
  const entity = t.entity ?? doc.entity;
  if (entity) ws.getCell(2, 1).value = `${entityLabel}：${entity}`;
  ws.getCell(2, width).value = `单位：${t.unit ?? '万元'}`;
  ws.getCell(2, width).alignment = { horizontal: 'right' };
  if (t.number) ws.getCell(3, 1).value = t.number;

  for (const h of grid.header) {
    const top = headerTop + h.row;
    const left = 1 + h.col;
    if (h.rowspan > 1 || h.colspan > 1) ws.mergeCells(top, left, top + h.rowspan - 1, left + h.colspan - 1);
    const cell = ws.getCell(top, left);
    cell.value = h.text;
  }
  for (let r = headerTop; r <= headerBottom; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { name: FONT, size: 10, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    }
  }

  let r = headerBottom + 1;
  for (const row of grid.body) {
    for (const c of row.cells) {
      if (c.colspan > 1) ws.mergeCells(r, 1 + c.col, r, c.col + c.colspan);
      const cell = ws.getCell(r, 1 + c.col);
      if (c.kind === 'amount') {
        if (c.fen !== null) cell.value = Number(formatFen(c.fen, t.unit ?? '万元', 2));
        cell.numFmt = NUM_FMT;
        cell.alignment = { horizontal: 'right', vertical: 'middle' };
      } else {
        cell.value = c.text;
        cell.alignment = { horizontal: c.kind === 'code' ? 'left' : 'left', vertical: 'middle', indent: c.indent, wrapText: true };
      }
    }
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.font = { name: FONT, size: 10, bold: row.total || row.group };
    }
    r++;
  }
  for (const note of t.notes) ws.getCell(r++, 1).value = note;
  if (t.status === 'empty' && t.notes.length === 0) ws.getCell(r, 1).value = '注：本表无数据';
}

/** The disclosure's tables as an XLSX workbook (one sheet per table, in printed order). */
export async function disclosureXlsx(doc: Disclosure): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yusuan';
  wb.created = new Date(Date.UTC((doc.fiscal_year ?? 2000), 0, 1));
  wb.modified = wb.created;
  wb.title = doc.title ?? doc.entity ?? '';
  const taken = new Set<string>();
  doc.tables.forEach((t, i) => addTableSheet(wb, doc, t, sheetName(i, t, taken)));
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
