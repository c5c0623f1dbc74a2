// Multi-level table headers as printed: each leaf column carries its labels from the outermost to the
// leaf; adjacent columns sharing a label path merge into one cell (colspan), and a column whose path
// ends early spans the remaining header rows (rowspan).

export interface HeaderCell {
  label: string;
  colSpan: number;
  rowSpan: number;
  /** Index of the first leaf column it covers. */
  first: number;
}

const same = (a: readonly string[], b: readonly string[], upto: number) => {
  for (let i = 0; i <= upto; i++) if (a[i] !== b[i]) return false;
  return true;
};

export function headerGrid(columns: ReadonlyArray<readonly string[]>): HeaderCell[][] {
  const labels = columns.map((c) => (c.length ? c : ['']));
  const depth = Math.max(1, ...labels.map((l) => l.length));
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    for (let i = 0; i < labels.length; ) {
      const l = labels[i]!;
      if (l.length <= level) {
        i++; // covered by a rowspan from above
        continue;
      }
      const ends = l.length === level + 1;
      let j = i + 1;
      while (j < labels.length) {
        const m = labels[j]!;
        if (m.length <= level || (m.length === level + 1) !== ends || !same(l, m, level)) break;
        if (ends) break; // leaves never merge: each is its own column
        j++;
      }
      row.push({ label: l[level]!, colSpan: j - i, rowSpan: ends ? depth - level : 1, first: i });
      i = j;
    }
    rows.push(row);
  }
  return rows;
}
