import type { Row } from './disclosure.js';

/** The headings of the text columns rows print (Row.attrs: 采购组织形式), in the order they first appear. */
export function attrHeadings(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) for (const k of Object.keys(r.attrs ?? {})) if (!out.includes(k)) out.push(k);
  return out;
}
