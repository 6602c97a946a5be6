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
 * Runs `task` once for every item with at most `concurrency` in flight and
 * returns each item's latency in milliseconds, in item order. The loop is
 * bounded by the item count; a failing task fails the replay.
 */
export async function replay<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<ReplayRun> {
  const latenciesMs = new Array<number>(items.length).fill(0);
  let next = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const t0 = performance.now();
      await task(items[index] as T);
      latenciesMs[index] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  const cpu = process.cpuUsage(cpuStart);
  return {
    latenciesMs,
    seconds: (performance.now() - started) / 1000,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

/** Where a steady replay stopped in its list, so the next window goes on from there. */
export interface Cursor {
  next: number;
}

/**
 * Replays the list in a loop for a fixed window with `concurrency` requests
 * always in flight, as a load tool does, and counts the requests that end
 * inside the window: the throughput of the steady state, free of the idle
 * tail a single pass has while its last slow items finish. Requests still
 * in flight at the deadline end before it returns but are not counted. The
 * cursor carries on across windows, so every item gets its turn.
 */
export async function replayFor<T>(
  items: readonly T[],
  concurrency: number,
  seconds: number,
  cursor: Cursor,
  task: (item: T) => Promise<void>,
): Promise<ReplayRun> {
  if (items.length === 0) throw new Error("nothing to replay");
  const latenciesMs: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const cpuStart = process.cpuUsage();
  let cpuAtDeadline: NodeJS.CpuUsage | undefined;
  const worker = async () => {
    while (performance.now() < deadline) {
      const item = items[cursor.next % items.length] as T;
      cursor.next++;
      const t0 = performance.now();
      await task(item);
      const t1 = performance.now();
      if (t1 <= deadline) latenciesMs.push(t1 - t0);
      else cpuAtDeadline ??= process.cpuUsage(cpuStart);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpu = cpuAtDeadline ?? process.cpuUsage(cpuStart);
  return { latenciesMs, seconds, cpuMs: (cpu.user + cpu.system) / 1000 };
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
