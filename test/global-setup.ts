import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareDatabase } from "@lianpian/api/bootstrap";
import { openDatabase } from "@lianpian/db";
import { demoSeedData } from "@lianpian/demo-data";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { TEMPLATE_DB_NAME, withDatabaseName } from "./support/server-url.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Embedded: a migrated, seeded PGlite data directory that tests copy. */
    templateDir: string;
    /** Server: the URL of the server and the template database tests clone. */
    serverUrl: string;
    /** Where the web app is built once for the run's browser tests (test/support/browser.ts). */
    webBuildDir: string;
  }
}

/**
 * Builds one migrated database with the demo data, once for the whole run:
 * a PGlite data directory (copied by each test file) or, with DATABASE_URL,
 * a template database on the server (cloned by CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const webRoot = mkdtempSync(join(tmpdir(), "lianpian-web-"));
  project.provide("webBuildDir", join(webRoot, "dist"));
  const removeWeb = () => rmSync(webRoot, { recursive: true, force: true });
  const serverUrl = process.env.DATABASE_URL ?? "";
  project.provide("serverUrl", serverUrl);
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB_NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB_NAME}`);
    await admin.end();
    const db = await openDatabase({ databaseUrl: withDatabaseName(serverUrl, TEMPLATE_DB_NAME) });
    await prepareDatabase(db, { demo: true, demoAccounts: true, seed: demoSeedData() });
    await db.close();
    project.provide("templateDir", "");
    return async () => {
      removeWeb();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB_NAME} WITH (FORCE)`);
      await c.end();
    };
  }
  const root = mkdtempSync(join(tmpdir(), "lianpian-template-"));
  const dataDir = join(root, "pgdata");
  const db = await openDatabase({ dataDir });
  await prepareDatabase(db, { demo: true, demoAccounts: true, seed: demoSeedData() });
  await db.close();
  project.provide("templateDir", dataDir);
  return () => {
    removeWeb();
    rmSync(root, { recursive: true, force: true });
  };
}
