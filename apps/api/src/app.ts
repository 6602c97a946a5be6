import compress from "@fastify/compress";
import rateLimit from "@fastify/rate-limit";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Db } from "@lianpian/db";
import Fastify, { type FastifyServerOptions } from "fastify";
import { passwordChangeGate } from "./auth/password-change-gate.ts";
import type { AppConfig } from "./config.ts";
import { auth } from "./plugins/auth.ts";
import { type DatabaseReadiness, databaseReadiness } from "./plugins/database-readiness.ts";
import { clientError, errorHandler, frameworkError } from "./plugins/error-handler.ts";
import { inputEdge } from "./plugins/input-edge.ts";
import { openapi } from "./plugins/openapi.ts";
import { readYourWrites } from "./plugins/read-your-writes.ts";
import { securityHeaders } from "./plugins/security-headers.ts";
import {
  limitEveryWriteRoute,
  sharedRateLimitStore,
  sweepEndedRateLimitWindows,
} from "./plugins/shared-rate-limit-store.ts";
import { webApp } from "./plugins/web-app.ts";
import { adminAuditRoutes } from "./routes/admin-audit.routes.ts";
import { adminSettingsRoutes } from "./routes/admin-settings.routes.ts";
import { alertsRoutes } from "./routes/alerts.routes.ts";
import { analysisRoutes } from "./routes/analysis.routes.ts";
import { authRoutes } from "./routes/auth.routes.ts";
import { basemapsRoutes } from "./routes/basemaps.routes.ts";
import { reportsRoutes } from "./routes/citizen-reports.routes.ts";
import { featuresRoutes } from "./routes/features.routes.ts";
import { fieldRoutes } from "./routes/field.routes.ts";
import { fileImportsRoutes } from "./routes/file-imports.routes.ts";
import { healthRoutes } from "./routes/health.routes.ts";
import { inspectionsRoutes } from "./routes/inspections.routes.ts";
import { layerExportRoutes } from "./routes/layer-export.routes.ts";
import { monitorsRoutes } from "./routes/monitors.routes.ts";
import { pitsRoutes } from "./routes/pits.routes.ts";
import { publicRoutes } from "./routes/public.routes.ts";
import { rectificationRoutes } from "./routes/rectification.routes.ts";
import { registersRoutes } from "./routes/registers.routes.ts";
import { searchRoutes } from "./routes/search.routes.ts";
import { targetsRoutes } from "./routes/targets.routes.ts";
import { tilesRoutes } from "./routes/tiles.routes.ts";
import { COMPRESS_MIN_BYTES, tilesMvtRoutes } from "./routes/tiles-mvt.routes.ts";
import { usersRoutes } from "./routes/users.routes.ts";
import { zoneExportRoutes } from "./routes/zone-export.routes.ts";
import { zoneLifecycleRoutes } from "./routes/zone-lifecycle.routes.ts";
import { zoneDecisionRoutes } from "./routes/zone-lifecycle-decisions.routes.ts";
import { zonesRoutes } from "./routes/zones.routes.ts";
import { schemaController } from "./validation.ts";

declare module "fastify" {
  interface FastifyInstance {
    db: Db;
    config: AppConfig;
  }
}

/** Hard cap of any JSON body; uploads declare their own (smaller or larger) limits. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export interface BuildOptions {
  db: Db;
  config: AppConfig;
  /** Pino options; tests pass `false` to keep output quiet. */
  logger?: FastifyServerOptions["logger"];
  /** Whether the database is migrated and serving; the default is ready (an app built after prepareDatabase). */
  readiness?: DatabaseReadiness;
}

/** The whole HTTP app over an open database. Listening is the caller's business. */
export async function buildApp({ db, config, logger, readiness = { ready: true } }: BuildOptions) {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    requestTimeout: 60_000,
    return503OnClosing: true,
    trustProxy: config.trustProxy,
    schemaController,
    frameworkErrors: frameworkError,
    clientErrorHandler: clientError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate("db", db);
  app.decorate("config", config);
  await app.register(errorHandler);
  await app.register(databaseReadiness, { readiness });
  await app.register(securityHeaders);
  await app.register(compress, {
    global: true,
    threshold: COMPRESS_MIN_BYTES,
    encodings: ["gzip", "deflate"],
  });
  // On a server several API processes may share the database: their counters live in it. The
  // embedded database has one process, and the in-memory store costs no query.
  limitEveryWriteRoute(app);
  await app.register(rateLimit, {
    global: false,
    ...(db.mode === "server" ? { store: sharedRateLimitStore(db) } : {}),
  });
  if (db.mode === "server") sweepEndedRateLimitWindows(app, db);
  await app.register(openapi);
  await app.register(auth);
  await app.register(passwordChangeGate);
  await app.register(readYourWrites);
  await app.register(inputEdge);
  await app.register(authRoutes);
  await app.register(healthRoutes);
  await app.register(tilesRoutes);
  await app.register(tilesMvtRoutes);
  await app.register(featuresRoutes);
  await app.register(fieldRoutes);
  await app.register(inspectionsRoutes);
  await app.register(alertsRoutes);
  await app.register(publicRoutes);
  await app.register(reportsRoutes);
  await app.register(targetsRoutes);
  await app.register(zonesRoutes);
  await app.register(zoneLifecycleRoutes);
  await app.register(zoneDecisionRoutes);
  await app.register(zoneExportRoutes);
  await app.register(layerExportRoutes);
  await app.register(fileImportsRoutes);
  await app.register(analysisRoutes);
  await app.register(rectificationRoutes);
  await app.register(pitsRoutes);
  await app.register(searchRoutes);
  await app.register(basemapsRoutes);
  await app.register(registersRoutes);
  await app.register(usersRoutes);
  await app.register(adminAuditRoutes);
  await app.register(adminSettingsRoutes);
  await app.register(monitorsRoutes);
  await app.register(webApp, { distDir: config.webDistDir });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
