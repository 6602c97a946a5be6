import { type App, buildApp, loadConfig } from "@lianpian/api";
import { openTestDatabase, type TestDatabase } from "./test-database.ts";

export interface TestApp {
  app: App;
  t: TestDatabase;
  close(): Promise<void>;
}

/**
 * The real app over a private copy of the demo database, not listening
 * (use `app.inject`, or `app.listen({ host: "127.0.0.1", port: 0 })`).
 * `env` overrides configuration variables (e.g. { LIANPIAN_TILE_CACHE_MB: "0" }).
 */
export async function openTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await openTestDatabase();
  const config = loadConfig({ LIANPIAN_DEMO_ACCOUNTS: "true", ...env });
  const app = await buildApp({ db: t.db, config, logger: false });
  await app.ready();
  return {
    app,
    t,
    async close() {
      await app.close();
      await t.drop();
    },
  };
}

/** Logs in a demo account and returns its bearer header. */
export async function loginAs(app: App, username: "admin" | "reviewer" | "planner" | "field") {
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: `${username}-demo-2026` },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const { token } = res.json() as { token: string };
  return { authorization: `Bearer ${token}` };
}
