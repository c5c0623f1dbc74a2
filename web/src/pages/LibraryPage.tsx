import { useState, type FormEvent } from 'react';
import type { DisclosureSummary, ListResponse } from '../../../src/server/api-types.js';
import { Link } from '../components/Link.js';
import { Async } from '../components/Status.js';
import { useApi } from '../lib/api.js';
import { KIND_ZH, LEVEL_ZH, money } from '../lib/format.js';
import { href, navigate } from '../lib/router.js';

// The library: every current disclosure with its total and finding counts; filters and paging live in
// the URL so a filtered view can be linked.

const PAGE = 20;

export function LibraryPage({ query }: { query: URLSearchParams }) {
  const filter = {
    year: query.get('year') ?? '',
    entity: query.get('entity') ?? '',
    kind: query.get('kind') ?? '',
    level: query.get('level') ?? '',
    offset: Number(query.get('offset') ?? 0) || 0,
  };
  const state = useApi<ListResponse>(href('/api/disclosures', { ...filter, limit: PAGE, offset: filter.offset || null }));
  const [entity, setEntity] = useState(filter.entity);
  const set = (patch: Partial<typeof filter>) => navigate(href('/', { ...filter, offset: null, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ entity: entity.trim() });
  };
  return (
    <section>
      <h1>文件库</h1>
      <form className="filters" onSubmit={submit}>
        <label>
          年度
          <select value={filter.year} onChange={(e) => set({ year: e.target.value })}>
            <option value="">全部</option>
            {Array.from({ length: 12 }, (_, i) => 2026 - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <Choice label="类型" value={filter.kind} options={KIND_ZH} onChange={(kind) => set({ kind })} />
        <Choice label="层级" value={filter.level} options={LEVEL_ZH} onChange={(level) => set({ level })} />
        <label>
          单位
          <input type="search" value={entity} placeholder="单位名称中的字" onChange={(e) => setEntity(e.target.value)} />
        </label>
        <button type="submit">筛选</button>
      </form>
      <Async state={state}>
        {(data) => (
          <>
            <p className="muted">
              共 {data.total} 份{state.loading ? '（更新中…）' : ''}
            </p>
            {data.items.length === 0 ? (
              <p className="empty">没有符合条件的文件。{data.total === 0 && !filter.entity && !filter.year ? <Link to="/upload">上传一份</Link> : null}</p>
            ) : (
              <LibraryTable items={data.items} />
            )}
            <Pager total={data.total} offset={filter.offset} onPage={(offset) => set({ ...filter, offset })} />
          </>
        )}
      </Async>
    </section>
  );
}

function Choice({ label, value, options, onChange }: { label: string; value: string; options: Record<string, string>; onChange: (v: string) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">全部</option>
        {Object.entries(options).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

function LibraryTable({ items }: { items: DisclosureSummary[] }) {
  return (
    <div className="table-wrap">
    <table className="grid library">
      <thead>
        <tr>
          <th>单位</th>
          <th>年度</th>
          <th>类型</th>
          <th>层级</th>
          <th className="num">总额</th>
          <th className="num">表格</th>
          <th className="num">项目</th>
          <th className="num">错误</th>
          <th className="num">警告</th>
          <th className="num">提示</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <tr key={d.id} data-id={d.id}>
            <td>
              <Link to={`/d/${d.id}`}>{d.entity ?? '（未识别单位）'}</Link>
              <div className="sub">{d.title ?? d.source_name}</div>
            </td>
            <td>{d.fiscal_year ?? '？'}</td>
            <td>{KIND_ZH[d.kind] ?? d.kind}</td>
            <td>{LEVEL_ZH[d.level] ?? d.level}</td>
            <td className="num">
              {d.total ? (
                <>
                  <span className="sub">{d.total.label}</span> {money(d.total.fen, d.total.unit)} <span className="sub">{d.total.unit}</span>
                </>
              ) : (
                '—'
              )}
            </td>
            <td className="num">{d.table_count}</td>
            <td className="num">{d.form_count}</td>
            {d.findings.checked ? (
              <>
                <td className={`num ${d.findings.error ? 'sev-error' : ''}`}>{d.findings.error}</td>
                <td className={`num ${d.findings.warning ? 'sev-warning' : ''}`}>{d.findings.warning}</td>
                <td className="num">{d.findings.info}</td>
              </>
            ) : (
              <td className="num muted" colSpan={3}>
                未检查
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

export function Pager({ total, offset, onPage, size = PAGE }: { total: number; offset: number; onPage: (offset: number) => void; size?: number }) {
  if (total <= size) return null;
  const page = Math.floor(offset / size) + 1;
  const pages = Math.ceil(total / size);
  return (
    <div className="pager">
      <button type="button" disabled={page <= 1} onClick={() => onPage(Math.max(0, offset - size))}>
        上一页
      </button>
      <span>
        第 {page} / {pages} 页
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(offset + size)}>
        下一页
      </button>
    </div>
  );
}
