import type { Disclosure, Row, Table } from '../model/disclosure.js';
import type { MoneyUnit } from '../model/money.js';
import { templateById, type Template } from '../read/templates/registry.js';
import { documentYear, yearPlaces } from './document-years.js';
import type { Figure, Location } from './figure.js';
import { printedStep } from './tolerance.js';

// What every rule reads: the document with its tables indexed by key, code and role, and figures made
// from cells. Pure; built once per check and shared by all rules (with a memo for shared work such as
// matching forms to project rows).

export class CheckContext {
  readonly doc: Disclosure;
  private readonly byKey = new Map<string, Table>();
  private readonly codeIndex = new Map<Table, Map<string, number[]>>();
  private readonly memoStore = new Map<string, unknown>();
  /** Figures are read by many rules: made once per cell (table → column → row). */
  private readonly cells = new Map<Table, Map<string, Figure[]>>();
  readonly defaultUnit: MoneyUnit;
  readonly template: Template | undefined;

  constructor(doc: Disclosure) {
    this.doc = doc;
    for (const t of doc.tables) if (!this.byKey.has(t.key)) this.byKey.set(t.key, t);
    this.template = templateById(doc.template);
    this.defaultUnit = this.template?.unit ?? '万元';
  }

  /** The document's own year: the one most of its titles, heads and narrative print (see document-years.ts). */
  get fiscalYear(): number | null {
    return this.memo('fiscal-year', () => documentYear(yearPlaces(this.doc), this.doc.fiscal_year));
  }

  /** Does the document's template print this table (true without a known template)? */
  prints(key: string): boolean {
    return !this.template || this.template.tables.some((s) => s.key === key);
  }

  /** Does the template require the table to be published? */
  requires(key: string): boolean {
    return this.template?.required.includes(key) ?? false;
  }

  /** The table printed under this key (the first, when printed twice), present or empty. */
  table(key: string): Table | undefined {
    return this.byKey.get(key);
  }

  /** The table when it is printed with figures. */
  present(key: string): Table | undefined {
    const t = this.byKey.get(key);
    return t && t.status === 'present' ? t : undefined;
  }

  /** Missing, or printed empty ("本表无数据"). */
  absent(key: string): boolean {
    return this.present(key) === undefined;
  }

  unitOf(t: Table): MoneyUnit {
    return t.unit ?? this.defaultUnit;
  }

  memo<T>(key: string, make: () => T): T {
    if (this.memoStore.has(key)) return this.memoStore.get(key) as T;
    const v = make();
    this.memoStore.set(key, v);
    return v;
  }

  /** Row indices by code. */
  codes(t: Table): Map<string, number[]> {
    let m = this.codeIndex.get(t);
    if (!m) {
      m = new Map();
      t.rows.forEach((r, i) => {
        if (!r.code) return;
        const list = m!.get(r.code);
        if (list) list.push(i);
        else m!.set(r.code, [i]);
      });
      this.codeIndex.set(t, m);
    }
    return m;
  }

  /** The single row printed with this code, or undefined (absent or ambiguous). */
  rowByCode(t: Table, code: string): number | undefined {
    const list = this.codes(t).get(code);
    return list && list.length === 1 ? list[0] : undefined;
  }

  /**
   * The row with this role (and side). A side carrying nothing over (no 上年结转, no 结转下年 printed with a
   * figure) has one total: there 收入总计 is the 本年收入合计 and 支出总计 the 本年支出合计 (上海 prints only the
   * former).
   */
  rowByRole(t: Table, role: string, side?: string): number | undefined {
    const onSide = (r: Row) => side === undefined || r.side === side;
    const i = t.rows.findIndex((r) => r.role === role && onSide(r));
    if (i >= 0) return i;
    const grand = role === 'current_income_total' ? 'income_grand_total' : role === 'current_expense_total' ? 'expense_grand_total' : null;
    if (!grand || t.rows.some((r) => onSide(r) && r.role !== null && /^(carryover|carry_forward)/.test(r.role) && CheckContext.hasFigures(r))) return undefined;
    const g = t.rows.findIndex((r) => r.role === grand && onSide(r));
    return g < 0 ? undefined : g;
  }

  /** Is row i the 本年收入合计 / 本年支出合计 of its side (printed as such, or the only total of the side)? */
  isCurrentTotal(t: Table, i: number): boolean {
    const r = t.rows[i]!;
    if (r.side === null) return false;
    const role = r.side === 'income' ? 'current_income_total' : 'current_expense_total';
    return this.rowByRole(t, role, r.side) === i;
  }

  /** The table's grand total row: 合计 of coded and econ tables, the department (or sole unit) of project tables. */
  totalRow(t: Table): number | undefined {
    const byRole = t.rows.findIndex((r) => r.kind === 'total' && (r.role === 'total' || r.role === null));
    if (byRole >= 0) return byRole;
    const dept = t.rows.findIndex((r) => r.kind === 'department');
    if (dept >= 0) return dept;
    const units = t.rows.filter((r) => r.kind === 'unit');
    if (units.length === 1) return t.rows.indexOf(units[0]!);
    // A first row of figures with neither name nor code is the total whose label was lost.
    const first = t.rows.findIndex((r) => CheckContext.hasFigures(r));
    const fr = t.rows[first];
    if (fr && fr.kind === 'item' && !fr.code && fr.name.trim() === '') return first;
    return undefined;
  }

  /** The identifier a finding gives a row: its code when that names it alone, else its name path. */
  rowId(t: Table, i: number): string {
    const r = t.rows[i]!;
    if (r.code && (r.code_source === 'printed' || this.codes(t).get(r.code)?.length === 1)) return r.code;
    return r.path.length ? r.path.join(' / ') : r.name;
  }

  location(t: Table, i: number | null, column: string | null): Location {
    const r = i === null ? undefined : t.rows[i];
    return {
      table: t.key,
      row: i === null ? null : this.rowId(t, i),
      column,
      unit: this.unitOf(t),
      line: r?.line ?? t.line,
      name: r ? r.name : null,
    };
  }

  /** The main amount column of a row: 合计 where its side prints one, else the side's first column. */
  mainColumn(t: Table, i: number): string {
    const r = t.rows[i]!;
    const cols = t.columns.filter((c) => r.side === null || c.side === null || c.side === r.side);
    return (cols.find((c) => c.key === 'total') ?? cols[0])?.key ?? 'total';
  }

  /** A cell as a figure; a blank cell is an exact 0. Figures of an empty table name the table. */
  cell(t: Table, i: number, column: string): Figure {
    let byColumn = this.cells.get(t);
    if (!byColumn) this.cells.set(t, (byColumn = new Map()));
    let list = byColumn.get(column);
    if (!list) byColumn.set(column, (list = []));
    return (list[i] ??= this.makeCell(t, i, column));
  }

  private makeCell(t: Table, i: number, column: string): Figure {
    // A second table printed under the same key keys its cells apart.
    const key = this.byKey.get(t.key) === t ? `${t.key}#${i}.${column}` : `${t.key}@${t.line}#${i}.${column}`;
    const r = t.rows[i]!;
    const c = r.cells[column];
    const f = new CellFigure(this, t, i, column, key);
    if (c) {
      f.fen = c.fen;
      f.step = printedStep(c.text, this.unitOf(t));
      f.printed = true;
      f.text = c.text;
    }
    if (t.status !== 'present') f.absentTable = t.key;
    if (!t.columns.some((col) => col.key === column && (r.side === null || col.side === null || col.side === r.side))) f.noColumn = true;
    return f;
  }

  /** A figure of a table that is not printed, or of a row the table does not print (exact 0). */
  missing(tableKey: string, row: string | null, column: string | null, name: string | null = null): Figure {
    const t = this.table(tableKey);
    const f: Figure = {
      key: `${tableKey}#?${row ?? ''}.${column ?? ''}`,
      fen: 0,
      step: 0,
      printed: false,
      text: null,
      loc: { table: tableKey, row, column, unit: t ? this.unitOf(t) : this.defaultUnit, line: t?.line ?? null, name },
    };
    if (!t || t.status !== 'present') f.absentTable = tableKey;
    return f;
  }

  /** Cell of the row found by `find` in table `key`, or a missing figure. */
  figure(key: string, find: (t: Table) => number | undefined, column: string, rowLabel: string | null = null): Figure {
    const t = this.table(key);
    const i = t ? find(t) : undefined;
    if (!t || i === undefined) return this.missing(key, rowLabel, column);
    return this.cell(t, i, column);
  }

  /** Does the table have this column (on this side)? */
  hasColumn(t: Table, key: string, side?: string | null): boolean {
    return t.columns.some((c) => c.key === key && (side === undefined || c.side === side));
  }

  /** Column keys of one side of a table, in printed order. */
  columnKeys(t: Table, side?: string | null): string[] {
    return t.columns.filter((c) => side === undefined || c.side === side).map((c) => c.key);
  }

  /** Is any cell of the row printed? */
  static hasFigures(r: Row): boolean {
    for (const _ in r.cells) return true;
    return false;
  }
}

/** A table cell as a figure; its location (row id, name) is worked out only when a finding needs it. */
class CellFigure implements Figure {
  fen = 0;
  step = 0;
  printed = false;
  text: string | null = null;
  absentTable?: string;
  noColumn?: boolean;
  private where: Location | undefined;

  constructor(
    private readonly ctx: CheckContext,
    private readonly t: Table,
    private readonly i: number,
    private readonly column: string,
    readonly key: string,
  ) {}

  get loc(): Location {
    return (this.where ??= this.ctx.location(this.t, this.i, this.column));
  }
}
