import { useState, type FormEvent } from 'react';
import type { SearchHit, SearchResponse } from '../../../src/server/api-types.js';
import { Link } from '../components/Link.js';
import { Async } from '../components/Status.js';
import { useApi } from '../lib/api.js';
import { money } from '../lib/format.js';
import { href, navigate } from '../lib/router.js';

// Search across documents: entities, projects, indicators. A project or indicator hit opens its form.

const GROUPS: Array<[SearchHit['type'], string]> = [
  ['project', '项目'],
  ['indicator', '绩效指标'],
  ['entity', '单位'],
];

function target(h: SearchHit): string {
  return h.form === null ? `/d/${h.disclosure_id}` : href(`/d/${h.disclosure_id}`, { tab: 'forms', form: h.form });
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
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="单位、项目或绩效指标中的字，如 爱国卫生" maxLength={100} autoFocus aria-label="检索词" />
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
                        {label}（{hits.length}）
                      </h2>
                      <ul className="hit-list">
                        {hits.map((h, i) => (
                          <li key={i} data-hit={type}>
                            <Link to={target(h)}>{highlight(h.text, data.q)}</Link>
                            <span className="sub">
                              {type === 'indicator' && <> 指标值 {h.value} · 项目 {h.project} ·</>}
                              {type === 'project' && h.amount_fen !== null && <> 年度资金 {money(h.amount_fen, '元')} 元 ·</>} {h.entity} {h.fiscal_year ?? ''}年
                            </span>
                          </li>
                        ))}
                      </ul>
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
