/** Latency figures of one replay, in milliseconds. */
export interface ReplayStats {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** CPU time of this Node process per request (client, and server when in-process), in ms. */
  cpuMsPerRequest: number;
}

/** One replay: each counted request's latency, the wall time, and this process's CPU time. */
export interface ReplayRun {
  latenciesMs: number[];
  seconds: number;
  cpuMs: number;
}

/**
 * Runs `task` for every item of the list, `passes` times over in list order,
 * with at most `concurrency` in flight: each worker takes the next request as
 * soon as its last one ends, so the concurrency stays full until the last
 * request has started. Returns each request's latency in milliseconds, in
 * request order, the wall time and this process's CPU time. Every path
 * given the same list and passes does exactly the same requests, so their
 * times compare like for like. The loop is bounded by the request count; a
 * failing task fails the replay.
 */
export async function replay<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
  passes = 1,
): Promise<ReplayRun> {
  const total = items.length * passes;
  const latenciesMs = new Array<number>(total).fill(0);
  let next = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const worker = async () => {
    while (next < total) {
      const index = next++;
      const t0 = performance.now();
      await task(items[index % items.length] as T);
      latenciesMs[index] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const cpu = process.cpuUsage(cpuStart);
  return {
    latenciesMs,
    seconds: (performance.now() - started) / 1000,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

/** The q-quantile (0..1) of a list by the nearest-rank method. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Throughput and latency percentiles of replays of the same list. */
export function summarise(runs: readonly ReplayRun[]): ReplayStats {
  const all = runs.flatMap((r) => r.latenciesMs);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const cpuMs = runs.reduce((sum, r) => sum + r.cpuMs, 0);
  return {
    requests: all.length,
    seconds,
    perSecond: seconds > 0 ? all.length / seconds : 0,
    p50Ms: percentile(all, 0.5),
    p95Ms: percentile(all, 0.95),
    maxMs: all.length > 0 ? Math.max(...all) : Number.NaN,
    cpuMsPerRequest: all.length > 0 ? cpuMs / all.length : Number.NaN,
  };
}
