import { useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../src/server/api-types.js';

// Fetching from the API with its {code, message} errors, and a hook with loading and error states.

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let r: Response;
  try {
    r = await fetch(url, { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiFailure(0, 'network', '无法连接服务器');
  }
  if (!r.ok) {
    const body = (await r.json().catch(() => null)) as ApiErrorBody | null;
    throw new ApiFailure(r.status, body?.code ?? 'http', body?.message ?? `请求失败（HTTP ${r.status}）`);
  }
  return (await r.json()) as T;
}

export interface Loaded<T> {
  data: T | null;
  error: ApiFailure | null;
  loading: boolean;
  reload: () => void;
}

/** GET `url` (null: nothing to load); refetches when the url changes, cancels stale requests. */
export function useApi<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiFailure | null; loading: boolean; url: string | null }>({ data: null, error: null, loading: url !== null, url });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (url === null) return;
    const ctl = new AbortController();
    setState((s) => ({ data: s.url === url ? s.data : null, error: null, loading: true, url }));
    getJson<T>(url, ctl.signal).then(
      (data) => setState({ data, error: null, loading: false, url }),
      (e: Error) => {
        if (e.name !== 'AbortError') setState({ data: null, error: e instanceof ApiFailure ? e : new ApiFailure(0, 'client', e.message), loading: false, url });
      },
    );
    return () => ctl.abort();
  }, [url, tick]);
  return { data: state.data, error: state.error, loading: state.loading, reload: () => setTick((t) => t + 1) };
}
