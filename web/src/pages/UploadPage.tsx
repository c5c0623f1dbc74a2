import { useState, type FormEvent } from 'react';
import type { ApiErrorBody, ImportResponse } from '../../../src/server/api-types.js';
import { Link } from '../components/Link.js';

// Upload one disclosure (a PDF or text file, or its parts) with a progress bar. Writes need the admin
// token, kept for this browser session only.

const TOKEN_KEY = 'yusuan.token';

type State = { phase: 'idle' } | { phase: 'sending'; loaded: number; total: number } | { phase: 'parsing' } | { phase: 'done'; result: ImportResponse } | { phase: 'failed'; message: string };

export function UploadPage() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [files, setFiles] = useState<File[]>([]);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const busy = state.phase === 'sending' || state.phase === 'parsing';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!files.length) return;
    sessionStorage.setItem(TOKEN_KEY, token);
    const body = new FormData();
    for (const f of files) body.append('file', f, f.name);
    // XMLHttpRequest, not fetch: it reports upload progress.
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/disclosures');
    xhr.setRequestHeader('authorization', `Bearer ${token.trim()}`);
    xhr.upload.onprogress = (ev) => setState({ phase: 'sending', loaded: ev.loaded, total: ev.lengthComputable ? ev.total : 0 });
    xhr.upload.onload = () => setState({ phase: 'parsing' });
    xhr.onerror = () => setState({ phase: 'failed', message: '网络错误，上传中断' });
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status === 200 || xhr.status === 201) setState({ phase: 'done', result: parsed as ImportResponse });
      else setState({ phase: 'failed', message: (parsed as ApiErrorBody | null)?.message ?? `上传失败（HTTP ${xhr.status}）` });
    };
    setState({ phase: 'sending', loaded: 0, total: files.reduce((s, f) => s + f.size, 0) });
    xhr.send(body);
  };

  const pct = state.phase === 'sending' && state.total ? Math.round((state.loaded / state.total) * 100) : null;
  return (
    <section className="upload">
      <h1>上传</h1>
      <p className="muted">上传一份部门预算公开或绩效目标表（PDF 或文本）。表格与说明分成几个文件发布时，一起选择。同一文件重复上传不会重复保存。</p>
      <form onSubmit={submit}>
        <label>
          管理口令
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} placeholder="服务启动时在终端打印的口令" autoComplete="off" required />
        </label>
        <div>
          文件
          <label className="file-pick">
            <span className="button">选择文件…</span>
            <input type="file" multiple accept=".pdf,.txt,application/pdf,text/plain" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
            <span className="muted">{files.length ? files.map((f) => `${f.name}（${Math.ceil(f.size / 1024)} KB）`).join('，') : '未选择文件'}</span>
          </label>
        </div>
        <button type="submit" disabled={busy || !files.length}>
          上传并导入
        </button>
      </form>
      {state.phase === 'sending' && (
        <div className="progress" role="progressbar" aria-valuenow={pct ?? undefined} aria-valuemin={0} aria-valuemax={100}>
          <div className="bar" style={{ width: `${pct ?? 5}%` }} />
          <span>上传中 {pct !== null ? `${pct}%` : '…'}</span>
        </div>
      )}
      {state.phase === 'parsing' && (
        <div className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          已上传，正在解析与检查…
        </div>
      )}
      {state.phase === 'failed' && (
        <div className="error" role="alert">
          <strong>未能导入：</strong>
          {state.message}
        </div>
      )}
      {state.phase === 'done' && <UploadResult r={state.result} />}
    </section>
  );
}

function UploadResult({ r }: { r: ImportResponse }) {
  const d = r.disclosure;
  const link = (
    <Link to={`/d/${r.id}`}>
      {d.entity ?? '（未识别单位）'} {d.fiscal_year ?? ''}年{d.title ? `《${d.title}》` : ''}
    </Link>
  );
  if (r.matched === 'files') {
    return (
      <div className="ok" role="status">
        所选文件已是 {link} 的一部分（这份公开由 {r.stored_files ?? "几"} 个文件组成），未重复导入，当前版本不变。
      </div>
    );
  }
  return (
    <div className="ok" role="status">
      {r.status === 'imported' ? '已导入' : '此文件已在库中，未重复保存'}：{link}
      {r.superseded.length > 0 && '（旧版本已保留为历史版本）'}
    </div>
  );
}
