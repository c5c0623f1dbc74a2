import { useState } from 'react';
import type { CompareResponse, CompareTable, ListResponse } from '../../../src/server/api-types.js';
import { tableZh } from '../../../src/model/table-keys.js';
import { Async } from '../components/Status.js';
import { useApi } from '../lib/api.js';
import { money } from '../lib/format.js';
import { cleanHeader } from '../lib/label-columns.js';
import { href, navigate } from '../lib/router.js';

// Two disclosures side by side: each table's rows matched by code or name, A, B and B − A per column.

export function ComparePage({ query }: { query: URLSearchParams }) {
  const a = query.get('a') ?? '';
  const b = query.get('b') ?? '';
  // History too: a link may compare an earlier version.
  const list = useApi<ListResponse>('/api/disclosures?limit=200&history=true');
  const cmp = useApi<CompareResponse>(a && b ? href('/api/compare', { a, b }) : null);
  const set = (patch: { a?: string; b?: string }) => navigate(href('/compare', { a, b, ...patch }));
  return (
    <section>
      <h1>对比</h1>
      <Async state={list}>
        {(l) => (
          <div className="compare-pick">
            {(['a', 'b'] as const).map((side) => (
              <label key={side}>
                {side === 'a' ? '甲' : '乙'}
                <select value={side === 'a' ? a : b} onChange={(e) => set({ [side]: e.target.value })}>
                  <option value="">选择文件…</option>
                  {l.items.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.entity ?? '（未识别单位）'} · {d.fiscal_year ?? '？'}年 · {d.title ?? d.source_name}
                      {d.is_current ? '' : '（历史版本）'}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        )}
      </Async>
      {a && b && <Async state={cmp}>{(c) => <CompareView c={c} />}</Async>}
      {!(a && b) && <p className="muted">选择两份文件，逐表比较同一科目（按编码或名称匹配）的金额。</p>}
    </section>
  );
}

function CompareView({ c }: { c: CompareResponse }) {
  const [onlyChanged, setOnlyChanged] = useState(false);
  const tables = c.tables.filter((t) => t.rows.length > 0);
  const [key, setKey] = useState(tables[0]?.key ?? '');
  const t = tables.find((x) => x.key === key) ?? tables[0];
  if (!t) return <p className="empty">两份文件没有可比较的表格。</p>;
  return (
    <div className="compare">
      <nav className="tabs">
        {tables.map((x) => (
          <button key={x.key} type="button" className={x.key === t.key ? 'active' : ''} onClick={() => setKey(x.key)}>
            {tableZh(x.key)}
            {x.changed > 0 && (
              <span className="badge count" title={`${x.changed} 行有差异`}>
                {x.changed}
              </span>
            )}
          </button>
        ))}
      </nav>
      <label className="inline">
        <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} /> 只看有差异的行
      </label>
      <span className="muted">（表名旁的数字：有差异的行数）</span>
      <CompareGrid t={t} onlyChanged={onlyChanged} aName={`${c.a.entity ?? ''} ${c.a.fiscal_year ?? ''}`} bName={`${c.b.entity ?? ''} ${c.b.fiscal_year ?? ''}`} />
    </div>
  );
}

const SIDE_ZH: Record<string, string> = { income: '收入', expense: '支出', expense_by_purpose: '支出（按用途）' };

/** One grid per side of a two-sided table (收入, 支出 …), so rows of different sides never interleave. */
function CompareGrid({ t, onlyChanged, aName, bName }: { t: CompareTable; onlyChanged: boolean; aName: string; bName: string }) {
  const unit = t.unit_a ?? t.unit_b ?? '万元';
  const rows = t.rows.filter((r) => !onlyChanged || Object.values(r.cells).some((c) => c.diff !== 0));
  const sides: Array<string | null> = [];
  for (const r of t.rows) if (!sides.includes(r.side)) sides.push(r.side);
  return (
    <div>
      <p className="muted">
        单位：{unit}。甲：{aName}；乙：{bName}。差额 = 乙 − 甲，空白按 0 计。
      </p>
      {sides.map((side) => {
        const own = rows.filter((r) => r.side === side);
        const cols = t.columns.filter((col) => col.side === side && own.some((r) => r.cells[col.key]));
        // The side's heading is printed over its columns; shown once as the grid's caption.
        const heads = t.columns.filter((col) => col.side === side).map((col) => col.label.split(' / ')[0]!);
        const caption = side === null ? null : heads.length && heads.every((h) => h === heads[0]) ? heads[0]! : (SIDE_ZH[side] ?? side);
        const label = (l: string) => (caption && l.startsWith(`${caption} / `) ? l.slice(caption.length + 3) : l);
        if (own.length === 0) return null;
        return (
          <div className="table-wrap" key={side ?? ''}>
            <table className="grid printed compare-grid" data-side={side ?? undefined}>
              {caption && <caption>{caption}</caption>}
              <thead>
                <tr>
                  <th rowSpan={2}>编码</th>
                  <th rowSpan={2}>名称</th>
                  {cols.map((col) => (
                    <th key={col.key} colSpan={3}>
                      {cleanHeader(label(col.label))}
                    </th>
                  ))}
                </tr>
                <tr>
                  {cols.flatMap((col) => [<th key={`${col.key}-a`}>甲</th>, <th key={`${col.key}-b`}>乙</th>, <th key={`${col.key}-d`}>差额</th>])}
                </tr>
              </thead>
              <tbody>
                {own.map((r) => (
                  <tr key={r.key} className={`${r.kind === 'total' ? 'total' : ''} ${r.in !== 'both' ? `only-${r.in}` : ''}`}>
                    <td className="code">{r.code ?? ''}</td>
                    <td className="name" style={{ paddingLeft: `${0.5 + Math.max(0, r.level - 1) * 1.2}em` }}>
                      {r.name}
                      {r.in !== 'both' && <span className="sub">（仅{r.in === 'a' ? '甲' : '乙'}）</span>}
                    </td>
                    {cols.flatMap((col) => {
                      const cell = r.cells[col.key];
                      const d = cell?.diff ?? 0;
                      return [
                        <td key={`${col.key}-a`} className="num">{money(cell?.a, unit)}</td>,
                        <td key={`${col.key}-b`} className="num">{money(cell?.b, unit)}</td>,
                        <td key={`${col.key}-d`} className={`num diff ${d === 0 ? '' : d > 0 ? 'up' : 'down'}`} data-col={col.key}>
                          {d === 0 ? '' : `${d > 0 ? '+' : ''}${money(d, unit)}`}
                        </td>,
                      ];
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
