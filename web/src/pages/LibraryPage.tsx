import { useEffect, useState, type FormEvent } from 'react';
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
  // The box follows the URL (Back, a link, 清除筛选), not only typing.
  useEffect(() => setEntity(filter.entity), [filter.entity]);
  const [years, setYears] = useState<number[]>([]);
  useEffect(() => {
    if (state.data?.years.length) setYears(state.data.years);
  }, [state.data]);
  const filtered = !!(filter.year || filter.entity || filter.kind || filter.level);
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
            {(filter.year && !years.includes(Number(filter.year)) ? [Number(filter.year), ...years] : years).map((y) => (
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
        {filtered && (
          <button type="button" onClick={() => navigate('/')}>
            清除筛选
          </button>
        )}
      </form>
      <Async state={state}>
        {(data) => (
          <>
            <p className="muted">
              共 {data.total} 份{state.loading ? '（更新中…）' : ''}
            </p>
            {data.items.length === 0 ? (
              <p className="empty">没有符合条件的文件。{filtered ? null : <Link to="/upload">上传一份</Link>}</p>
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

/** Totals in one unit down the column: 万元, as the tables print them (forms print 元). */
const TOTAL_UNIT = '万元';

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
            <th className="num">总额（{TOTAL_UNIT}）</th>
            <th className="num">表格</th>
            <th className="num">绩效目标表</th>
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
                {d.title && <div className="sub">{d.title}</div>}
              </td>
              <td>{d.fiscal_year ?? '？'}</td>
              <td>{KIND_ZH[d.kind] ?? d.kind}</td>
              <td>{LEVEL_ZH[d.level] ?? d.level}</td>
              <td className="num" title={d.total?.label ?? undefined}>
                {d.total ? (
                  <>
                    <span className="sub">{d.total.label}</span> {money(d.total.fen, TOTAL_UNIT)}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className="num">{d.table_count || '—'}</td>
              <td className="num">{d.form_count || '—'}</td>
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
