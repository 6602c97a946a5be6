import { useEffect, useState } from "react";

/** GETs a JSON path and keeps the latest reply; a path change refetches and drops late replies. */
export function useJson<T>(path: string): { data: T | null; failed: boolean } {
  const [state, setState] = useState<{ path: string; data: T | null; failed: boolean }>({
    path,
    data: null,
    failed: false,
  });
  useEffect(() => {
    let alive = true;
    fetch(path, { credentials: "same-origin" })
      .then(async (r) => {
        if (!r.ok) throw new Error(String(r.status));
        const data = (await r.json()) as T;
        if (alive) setState({ path, data, failed: false });
      })
      .catch(() => alive && setState({ path, data: null, failed: true }));
    return () => {
      alive = false;
    };
  }, [path]);
  return state.path === path ? state : { data: null, failed: false };
}
