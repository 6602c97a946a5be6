import { useEffect, useState } from "react";

/**
 * GETs a JSON path and keeps the latest reply; a path change (or a new
 * `reload` number, after a write) refetches and drops late replies. On a
 * reload the last reply of the same path stays shown until the new one comes.
 */
export function useJson<T>(path: string, reload = 0): { data: T | null; failed: boolean } {
  const [state, setState] = useState<{ path: string; reload: number; data: T | null; failed: boolean }>({
    path,
    reload,
    data: null,
    failed: false,
  });
  useEffect(() => {
    let alive = true;
    fetch(path, { credentials: "same-origin" })
      .then(async (r) => {
        if (!r.ok) throw new Error(String(r.status));
        const data = (await r.json()) as T;
        if (alive) setState({ path, reload, data, failed: false });
      })
      .catch(() => alive && setState({ path, reload, data: null, failed: true }));
    return () => {
      alive = false;
    };
  }, [path, reload]);
  return state.path === path ? state : { data: null, failed: false };
}
