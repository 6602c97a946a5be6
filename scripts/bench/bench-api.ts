import type { AddressInfo } from "node:net";
import { buildApp, loadConfig } from "@lianpian/api";
import type { Db } from "@lianpian/db";

/** The real API a bench talks to over HTTP. */
export interface BenchApi {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Stops the server (the database stays open: its opener closes it). */
  close(): Promise<void>;
}

/**
 * The real app over the bench database (`db`, opened on `databaseUrl`), logging warnings only,
 * with `env` on top of its configuration (e.g. LIANPIAN_TILE_CACHE_MB: "0"); listening on a
 * free port of 127.0.0.1.
 */
export async function listenBenchApi(
  db: Db,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<BenchApi> {
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", ...env });
  const app = await buildApp({ db, config, logger: false });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
