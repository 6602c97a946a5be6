import { type AnalysisFixtures, insertAnalysisFixtures } from "@lianpian/db/testing";
import { afterAll, beforeAll } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

/** The test app with the analysis fixtures (packages/db testing) and the planner's bearer header. */
export interface AnalysisTestApp extends TestApp {
  f: AnalysisFixtures;
  planner: { authorization: string };
}

/**
 * The set-up of the zone and analysis route tests: opens the real app over a
 * private database with the analysis fixtures and the planner logged in before
 * the file's tests (beforeAll), and closes it after them. The returned object
 * is filled in by the time the tests run.
 */
export function useAnalysisTestApp(): AnalysisTestApp {
  const h = {} as AnalysisTestApp;
  beforeAll(async () => {
    const app = await openTestApp();
    const f = await insertAnalysisFixtures(app.t.db.kysely);
    Object.assign(h, app, { f, planner: await loginAs(app.app, "planner") });
  });
  afterAll(async () => {
    await h.close?.();
  });
  return h;
}
