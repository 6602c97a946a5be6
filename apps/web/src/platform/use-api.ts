import { useEffect, useState } from "react";
import { isNetworkFailure } from "./api-client.ts";

export type Loaded<T> = { state: "loading" } | { state: "ok"; data: T } | { state: "error"; error: unknown };

interface UseApiOptions {
  /** Load only when true (default true). */
  enabled?: boolean;
  /** Load again every so many ms while mounted (a list whose clock moves). */
  refreshMs?: number;
}

/** Waits before the 1st and 2nd automatic retry of a call that got no response. */
const NETWORK_RETRY_MS = [1_000, 3_000];

/**
 * Server state for a component: the result of an API call that depends on
 * `deps`. A newer call aborts the older one, so a fast slider never shows a
 * stale year, and the last data stays on screen while the next loads (no
 * flicker). A call that got no response is retried twice by itself; any
 * failure can be retried by hand with `retry()`.
 */
export function useApi<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
  { enabled = true, refreshMs }: UseApiOptions = {},
) {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load again
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const timers: ReturnType<typeof setTimeout>[] = [];
    const run = (retries: number) =>
      load(controller.signal).then(
        (data) => {
          if (!controller.signal.aborted) setResult({ state: "ok", data });
        },
        (error) => {
          if (controller.signal.aborted) return;
          const wait = NETWORK_RETRY_MS[retries];
          if (isNetworkFailure(error) && wait !== undefined)
            timers.push(setTimeout(() => void run(retries + 1), wait));
          else setResult({ state: "error", error });
        },
      );
    void run(0);
    const every = refreshMs ? setInterval(() => void run(0), refreshMs) : undefined;
    return () => {
      controller.abort();
      for (const t of timers) clearTimeout(t);
      if (every) clearInterval(every);
    };
  }, [...deps, enabled, attempt, refreshMs]);
  return { result, retry: () => setAttempt((n) => n + 1) };
}

/** The data of a result, or undefined while loading or failed. */
export function dataOf<T>(result: Loaded<T>): T | undefined {
  return result.state === "ok" ? result.data : undefined;
}
