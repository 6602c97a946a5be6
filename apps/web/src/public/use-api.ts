import { useEffect, useState } from "react";

export type Loaded<T> = { state: "loading" } | { state: "ok"; data: T } | { state: "error"; error: unknown };

/**
 * The result of an API call that depends on `deps`; a newer call aborts the
 * older one, so a fast slider never shows a stale year, and the last data
 * stays on screen while the next loads (no flicker).
 */
export function useApi<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
  enabled = true,
) {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load again
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setResult({ state: "ok", data }),
      (error) => {
        if (!controller.signal.aborted) setResult({ state: "error", error });
      },
    );
    return () => controller.abort();
  }, [...deps, enabled, attempt]);
  return { result, retry: () => setAttempt((n) => n + 1) };
}

/** The data of a result, or undefined while loading or failed. */
export function dataOf<T>(result: Loaded<T>): T | undefined {
  return result.state === "ok" ? result.data : undefined;
}
