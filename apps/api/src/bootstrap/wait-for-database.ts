import { isDatabaseOutage } from "@lianpian/db";

export interface WaitOptions {
  /** Told of each failed attempt and the wait before the next. */
  onRetry?: (attempt: number, waitMs: number, error: Error) => void;
  /** Stops waiting (the app is shutting down). */
  stopped?: () => boolean;
  firstWaitMs?: number;
  maxWaitMs?: number;
}

/**
 * Runs `step` until it succeeds, waiting longer after each attempt that met
 * a database outage (0.5 s doubling to 10 s). Any other error is a real
 * failure (a changed migration, a bug) and is thrown at once.
 */
export async function untilDatabaseAnswers<T>(step: () => Promise<T>, options: WaitOptions = {}): Promise<T> {
  let waitMs = options.firstWaitMs ?? 500;
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!isDatabaseOutage(error) || options.stopped?.()) throw error;
      options.onRetry?.(attempt, waitMs, error as Error);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      if (options.stopped?.()) throw error;
      waitMs = Math.min(maxWaitMs, waitMs * 2);
    }
  }
}
