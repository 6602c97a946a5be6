import { existsSync } from "node:fs";
import staticFiles from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { apiError } from "../errors.ts";

/** Paths that belong to the API; everything else may fall back to the single-page app. */
const API_PREFIXES = ["/tiles", "/collections", "/conformance", "/api", "/openapi", "/docs", "/health"];

/** True for a path the API answers (not a page or asset of the web app). */
export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/**
 * Serves the built web app (apps/web/dist) with an index.html fallback for
 * client-side routes such as /plan. Unknown API paths (and pages, when the
 * app is not built) get the JSON 404.
 */
export const webApp = fp(async (app: FastifyInstance, options: { distDir: string }) => {
  const built = existsSync(`${options.distDir}/index.html`);
  if (!built) app.log.warn({ distDir: options.distDir }, "web app not built; run `npm run build`");
  else
    await app.register(staticFiles, {
      root: options.distDir,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each text asset (apps/web/build/precompress.ts):
      // sent by Accept-Encoding, never compressed per request.
      preCompressed: true,
      // @fastify/static 10 passes the FastifyReply (it has header(), not setHeader()).
      setHeaders(reply, path) {
        const hashed = /\/assets\//.test(path);
        reply.header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const isPage = request.method === "GET" && !isApiPath(path);
    if (!built || !isPage || path.includes("."))
      throw apiError("not_found", { method: request.method, url: request.url });
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
});
