// The one intermediate form every reader produces: printed lines split into cells on a column grid.
// The text reader gets it from tab-separated extractions, the PDF reader from positioned text runs.
// Recognition (src/read/recognize) only ever sees SourceLines, so all sources land in one model.

export interface SourceLine {
  /** 1-based line number in the source text (for PDFs: in the reconstructed text). */
  no: number;
  page: number | null;
  /** Cell texts, trimmed, positions kept: an empty string is an empty grid cell. */
  cells: string[];
  /** Non-empty cells joined by one space. */
  text: string;
}

export function makeLine(no: number, cells: string[], page: number | null = null): SourceLine {
  let text = '';
  for (const c of cells) {
    if (c.length === 0) continue;
    text = text.length === 0 ? c : `${text} ${c}`;
  }
  return { no, page, cells, text };
}

/** Non-empty cells with their grid index. */
export function filled(line: SourceLine): Array<{ i: number; v: string }> {
  const out: Array<{ i: number; v: string }> = [];
  for (let i = 0; i < line.cells.length; i++) {
    const v = line.cells[i]!;
    if (v.length > 0) out.push({ i, v });
  }
  return out;
}
