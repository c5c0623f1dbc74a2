import { useState, type FormEvent } from 'react';
import type { SearchHit, SearchResponse } from '../../../src/server/api-types.js';
import { Link } from '../components/Link.js';
import { Async } from '../components/Status.js';
import { useApi } from '../lib/api.js';
import { money } from '../lib/format.js';
import { href, navigate } from '../lib/router.js';

// Search across documents: entities, projects, indicators and table rows. A project or indicator hit
// opens its form, a row hit its table with the row marked; every hit names its document.

const GROUPS: Array<[SearchHit['type'], string]> = [
  ['project', '项目'],
  ['row', '表格行'],
  ['indicator', '绩效指标'],
  ['entity', '单位'],
];

function target(h: SearchHit): string {
  if (h.table !== null) return href(`/d/${h.disclosure_id}`, { tab: h.table, row: h.row });
  return h.form === null ? `/d/${h.disclosure_id}` : href(`/d/${h.disclosure_id}`, { tab: 'forms', form: h.form });
}

/** The document a hit belongs to: 单位 · 年度 · 标题. */
function documentOf(h: SearchHit): string {
  return [h.entity, h.fiscal_year ? `${h.fiscal_year}年` : null, h.doc_title].filter(Boolean).join(' · ');
}

function detail(h: SearchHit): string | null {
  const amount = h.amount_fen !== null ? `${money(h.amount_fen, h.unit)} ${h.unit ?? '万元'}` : null;
  switch (h.type) {
    case 'indicator':
      return `指标值 ${h.value ?? ''} · 项目 ${h.project ?? ''}`;
    case 'project':
      return [h.value ? `实施单位 ${h.value}` : null, amount ? `年度资金 ${amount}` : null].filter(Boolean).join(' · ') || null;
    case 'row':
      return [h.value, h.path && h.path.length > 1 ? h.path.join(' › ') : null, amount].filter(Boolean).join(' · ');
    case 'entity':
      return amount;
  }
}

export function SearchPage({ query }: { query: URLSearchParams }) {
  const q = query.get('q') ?? '';
  const [text, setText] = useState(q);
  const state = useApi<SearchResponse>(q ? href('/api/search', { q }) : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) navigate(href('/search', { q: text.trim() }));
  };
  return (
    <section>
      <h1>检索</h1>
      <form className="searchbar" onSubmit={submit} role="search">
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="单位、项目、绩效指标或表格行中的字，如 会议费" maxLength={100} autoFocus aria-label="检索词" />
        <button type="submit">检索</button>
      </form>
      {q && (
        <Async state={state}>
          {(data) =>
            data.hits.length === 0 ? (
              <p className="empty">没有找到“{data.q}”。</p>
            ) : (
              <div className="hits">
                {GROUPS.map(([type, label]) => {
                  const hits = data.hits.filter((h) => h.type === type);
                  if (!hits.length) return null;
                  return (
                    <section key={type}>
                      <h2>
                        {label}（{data.truncated.includes(type) ? `${hits.length}+` : hits.length}）
                      </h2>
                      <ul className="hit-list">
                        {hits.map((h, i) => (
                          <li key={i} data-hit={type}>
                            <Link to={target(h)}>{highlight(type === 'entity' ? documentOf(h) : h.text, data.q)}</Link>
                            {detail(h) && <span className="sub">{detail(h)}</span>}
                            {type !== 'entity' && <span className="sub doc">{documentOf(h)}</span>}
                          </li>
                        ))}
                      </ul>
                      {data.truncated.includes(type) && <p className="muted">只列出前 {data.limit} 条；请用更长的检索词缩小范围。</p>}
                    </section>
                  );
                })}
              </div>
            )
          }
        </Async>
      )}
    </section>
  );
}

function highlight(text: string, q: string) {
  const i = text.indexOf(q);
  if (i < 0) return text;
  return (
    <>
      {text.slice(0, i)}
      <mark>{q}</mark>
      {text.slice(i + q.length)}
    </>
  );
}
