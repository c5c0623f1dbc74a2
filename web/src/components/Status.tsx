import type { ReactNode } from 'react';
import type { ApiFailure } from '../lib/api.js';
import { Link } from './Link.js';

// Loading and error states, the same everywhere.

export function Loading({ label = '加载中…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function ErrorBox({ error, retry }: { error: ApiFailure | Error; retry?: () => void }) {
  return (
    <div className="error" role="alert">
      <strong>出错了：</strong>
      {error.message}
      {'status' in error && error.status === 404 ? (
        <Link to="/" className="button">
          返回文件库
        </Link>
      ) : (
        retry && (
          <button type="button" onClick={retry}>
            重试
          </button>
        )
      )}
    </div>
  );
}

/** Render loading / error / content for one useApi result. */
export function Async<T>({ state, children }: { state: { data: T | null; error: ApiFailure | null; loading: boolean; reload: () => void }; children: (data: T) => ReactNode }) {
  if (state.error) return <ErrorBox error={state.error} retry={state.reload} />;
  if (state.data === null) return <Loading />;
  return <>{children(state.data)}</>;
}
