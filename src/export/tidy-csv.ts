import type { Disclosure } from '../model/disclosure.js';
import { fenToYuan } from '../model/money.js';
import { csvLine } from './csv.js';

// spec §6: one line per non-empty table cell, amounts in 元 with exactly two decimals.

export const TIDY_HEADER = ['doc_id', 'fiscal_year', 'entity', 'table', 'table_title', 'row_code', 'row_path', 'column', 'amount_yuan'] as const;

export function* tidyCsv(doc: Disclosure): Generator<string> {
  yield csvLine(TIDY_HEADER);
  for (const t of doc.tables) {
    for (const r of t.rows) {
      const path = r.path.join(' / ');
      for (const c of t.columns) {
        if (c.side !== r.side) continue;
        const cell = r.cells[c.key];
        if (!cell) continue;
        yield csvLine([doc.id, doc.fiscal_year, doc.entity, t.key, t.title, r.code, path, c.key, fenToYuan(cell.fen)]);
      }
    }
  }
}
