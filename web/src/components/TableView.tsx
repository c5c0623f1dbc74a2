import { useEffect, useMemo, useRef, useState } from 'react';
import type { TableResponse } from '../../../src/server/api-types.js';
import type { Row } from '../../../src/model/disclosure.js';
import { headerGrid } from '../lib/header-grid.js';
import { isSubItem, pathColumns } from '../lib/label-columns.js';
import { leaves, type Leaf } from '../lib/table-leaves.js';
import { cellKey, type CellRef } from '../lib/locate.js';

// One table drawn as printed: multi-level headers, two-sided tables (收入 | 支出) side by side on their
// printed lines, the code hierarchy or project tree collapsible, amounts right-aligned as printed.
// Cells with findings are marked; the selected finding's cell is highlighted and scrolled into view.

export interface CellMark {
  severity: 'error' | 'warning' | 'info';
  message: string;
}

interface Props {
  table: TableResponse;
  highlight: CellRef | null;
  marks: Map<string, CellMark>;
}

export function TableView({ table, highlight, marks }: Props) {
  const paths = useMemo(() => (table.columns.some((c) => c.side !== null) ? null : pathColumns(table.key, table.rows, table.parents)), [table]);
  const { leaves: cols, sides } = useMemo(() => leaves(table, paths), [table, paths]);
  const grid = useMemo(() => headerGrid(cols.map((c) => c.header)), [cols]);
  const twoSided = sides.some((s) => s !== null);
  const children = useMemo(() => {
    const n = new Array<number>(table.rows.length).fill(0);
    for (const p of table.parents) if (p !== null) n[p] = (n[p] ?? 0) + 1;
    return n;
  }, [table]);
  const [collapsed, setCollapsed] = useState<Set<number>>(() => new Set());
  const hlRef = useRef<HTMLTableCellElement | null>(null);

  // Reveal a highlighted row hidden under a collapsed parent, then scroll to it.
  useEffect(() => {
    if (!highlight) return;
    setCollapsed((c) => {
      let p = table.parents[highlight.row] ?? null;
      const next = new Set(c);
      while (p !== null) {
        next.delete(p);
        p = table.parents[p] ?? null;
      }
      return next.size === c.size ? c : next;
    });
  }, [highlight, table]);
  useEffect(() => {
    hlRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlight, collapsed]);

  const hidden = (i: number): boolean => {
    for (let p = table.parents[i] ?? null; p !== null; p = table.parents[p] ?? null) if (collapsed.has(p)) return true;
    return false;
  };
  const toggle = (i: number) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });

  // Printed lines: two-sided tables put the income and expense rows of one line side by side.
  const lines: Array<Array<number | null>> = useMemo(() => {
    if (!twoSided) return table.rows.map((_, i) => [i]);
    const out: Array<Array<number | null>> = [];
    let cur: Array<number | null> = [];
    let curLine = Number.NaN;
    table.rows.forEach((r, i) => {
      const s = Math.max(0, sides.indexOf(r.side));
      if (r.line !== curLine || cur[s] !== null) {
        cur = sides.map(() => null);
        out.push(cur);
        curLine = r.line;
      }
      cur[s] = i;
    });
    return out;
  }, [table, twoSided, sides]);

  const hasTree = !twoSided && children.some((n) => n > 0);
  const dataCell = (ri: number | null, c: Leaf) => {
    const r = ri === null ? null : table.rows[ri]!;
    const cell = r?.cells[c.key];
    const key = ri === null ? '' : cellKey(ri, c.key);
    const mark = ri === null ? undefined : marks.get(key);
    const isHl = ri !== null && highlight !== null && highlight.row === ri && (highlight.column === c.key || highlight.column === null);
    const cls = ['num', mark ? `mark-${mark.severity}` : '', isHl ? 'hl' : ''].filter(Boolean).join(' ');
    return (
      <td key={`${c.side}-${c.key}`} className={cls} data-row={ri ?? undefined} data-col={c.key} title={mark?.message} ref={isHl ? hlRef : undefined}>
        {cell?.text ?? ''}
      </td>
    );
  };
  const twisty = (ri: number) =>
    hasTree &&
    (children[ri] ? (
      <button type="button" className="twisty" aria-expanded={!collapsed.has(ri)} aria-label={collapsed.has(ri) ? '展开' : '收起'} onClick={() => toggle(ri)}>
        {collapsed.has(ri) ? '▸' : '▾'}
      </button>
    ) : (
      <span className="twisty-space" />
    ));
  const nameCell = (ri: number | null, side: string | null) => {
    if (ri === null) return <td key={`name-${side}`} className="name" />;
    const r = table.rows[ri]!;
    const indent = twoSided ? 0 : Math.max(0, r.level - 1) + (isSubItem(r.name) ? 1 : 0);
    return (
      <td key={`name-${side}`} className={`name ${highlight?.row === ri ? 'hl-row' : ''}`} style={{ paddingLeft: `${0.5 + indent * 1.2}em` }} data-row={ri}>
        {twisty(ri)}
        {r.name}
      </td>
    );
  };
  // Several printed label columns: the tree's twisty sits in the first one the row prints.
  const labelCell = (ri: number | null, index: number) => {
    if (ri === null || !paths) return <td key={`label-${index}`} className="name" />;
    const texts = paths.cells[ri]!;
    const first = texts.findIndex((x) => x !== '');
    return (
      <td key={`label-${index}`} className={`name ${highlight?.row === ri ? 'hl-row' : ''}`} data-row={ri}>
        {index === first && twisty(ri)}
        {texts[index]}
      </td>
    );
  };
  const codeCell = (ri: number | null) => {
    const r = ri === null ? null : table.rows[ri]!;
    // A code the table does not print (filled in from the catalogue) must not pass for a printed one.
    const filled = r?.code && r.code_source === 'catalog';
    return (
      <td key="code" className={`code ${filled ? 'catalog' : ''}`} title={filled ? '原表未印编码，按科目目录补全' : undefined}>
        {r?.code ?? ''}
      </td>
    );
  };

  // Level-1 rows are drawn bold only where they head rows below them.
  const rowClass = (r: Row | null) =>
    r?.kind === 'total' ? 'total' : r?.kind === 'department' || r?.kind === 'unit' ? `tree-${r.kind}` : r && r.level === 1 && hasTree && !isSubItem(r.name) ? 'level1' : '';

  return (
    <div className="table-wrap">
      {hasTree && (
        <div className="tree-tools">
          <button type="button" onClick={() => setCollapsed(new Set())}>
            全部展开
          </button>
          <button type="button" onClick={() => setCollapsed(new Set(children.flatMap((n, i) => (n > 0 && (table.parents[i] ?? null) === null ? [i] : []))))}>
            全部收起
          </button>
        </div>
      )}
      <table className="grid printed" data-table={table.key}>
        <thead>
          {grid.map((hr, i) => (
            <tr key={i}>
              {hr.map((h) => (
                <th key={`${i}-${h.first}`} colSpan={h.colSpan} rowSpan={h.rowSpan}>
                  {h.label}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.status === 'empty' && (
            <tr>
              <td colSpan={cols.length} className="empty">
                {table.notes.join(' ') || '本表无数据'}
              </td>
            </tr>
          )}
          {lines.map((slots, li) => {
            const first = slots.find((s) => s !== null) ?? null;
            if (first === null || (!twoSided && hidden(first))) return null;
            const firstRow = table.rows[first]!;
            if (table.status === 'empty' && Object.keys(firstRow.cells).length === 0 && firstRow.kind === 'total' && !twoSided) return null;
            return (
              <tr key={li} className={rowClass(firstRow)}>
                {cols.map((c) => {
                  const slot = slots[Math.max(0, sides.indexOf(c.side))] ?? null;
                  if (c.kind === 'code') return codeCell(slot);
                  if (c.kind === 'name') return nameCell(slot, c.side);
                  if (c.kind === 'label') return labelCell(slot, c.index ?? 0);
                  if (c.kind === 'attr') return <td key={`attr-${c.key}`} className="attr">{slot === null ? '' : (table.rows[slot]!.attrs?.[c.key] ?? '')}</td>;
                  return dataCell(slot, c);
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {table.notes.length > 0 && table.status !== 'empty' && <p className="notes">{table.notes.join(' ')}</p>}
    </div>
  );
}
