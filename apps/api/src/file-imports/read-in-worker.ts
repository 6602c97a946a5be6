import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { FormatErrorCode, ReadOptions, SourceFile } from "@lianpian/formats";

export type WorkerRead =
  | { ok: true; file: SourceFile; layers: string[] }
  | { ok: false; code: FormatErrorCode | "timeout" | "worker_failed"; message: string; details: unknown };

/** The TypeScript loader the worker needs (the app runs its sources through tsx), then the worker module. */
const TSX_API = new URL(
  "dist/esm/api/index.mjs",
  pathToFileURL(createRequire(import.meta.url).resolve("tsx/package.json")),
).href;
const WORKER = new URL("./parse-worker.ts", import.meta.url).href;
const BOOT = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;

/**
 * Reads a file in a worker thread so tiles keep being served while a large
 * file is parsed; the worker is terminated when it runs past `timeoutMs`.
 * Never throws: a refusal, a timeout or a crashed worker is a result.
 */
export function readInWorker(
  bytes: Uint8Array,
  options: ReadOptions,
  timeoutMs: number,
): Promise<WorkerRead> {
  return new Promise((resolve) => {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: { bytes, options },
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    let settled = false;
    const settle = (result: WorkerRead) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        settle({
          ok: false,
          code: "timeout",
          message: `parsing took longer than ${timeoutMs} ms`,
          details: null,
        }),
      timeoutMs,
    );
    worker.once("message", (m: WorkerRead) => settle(m));
    worker.once("error", (e) =>
      settle({ ok: false, code: "worker_failed", message: e.message, details: null }),
    );
    worker.once("exit", (code) =>
      settle({
        ok: false,
        code: "worker_failed",
        message: `the reader stopped (exit ${code})`,
        details: null,
      }),
    );
  });
}
