import type { MoneyUnit } from '../model/money.js';

// A figure a check reads: its exact value in 分, the precision it was printed with, and where it is.
// Blank cells and tables that are missing or printed empty read as 0 but are "not printed": they carry no
// rounding error, and a figure from an absent table names that table so the finding about the absence
// can stand for every check it breaks.

export interface Location {
  /** Table key, or narrative / performance / document. */
  table: string;
  row: string | null;
  column: string | null;
  unit: MoneyUnit | null;
  line: number | null;
  /** Printed name of the row (project, subject, statement label). */
  name: string | null;
  /** The figure is a count, in this measure word (个, 辆), not money. */
  count?: string;
}

export interface Figure {
  /** Identity of the printed cell: two checks reading the same cell share the key. */
  key: string;
  fen: number;
  /** 分 per last printed digit (0.01万元 → 10000); 0 when exact or not printed. */
  step: number;
  printed: boolean;
  text: string | null;
  /** Set when the value stands for a table that is missing or printed empty. */
  absentTable?: string;
  /** The table has no such column at all (another template): relations reading it are not checked. */
  noColumn?: boolean;
  loc: Location;
}

export function constantFigure(fen: number, loc: Location, key: string): Figure {
  return { key, fen, step: 0, printed: false, text: null, loc };
}
