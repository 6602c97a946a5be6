import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";

export interface SecurityHeadersOptions {
  /** Origins of base-map tiles an admin configured (Tianditu, an XYZ/WMTS server), allowed for images and fetches. */
  mapOrigins?: readonly string[];
}

/**
 * Security headers on every reply (@fastify/helmet): a Content-Security-Policy
 * that fits the app — it loads nothing off its own origin but the base-map
 * hosts an admin configures; MapLibre's workers and the phone's photos are
 * blob: URLs —, frames only for the public embed pages (`/public?embed=1`),
 * no referrer beyond the origin, nosniff, and HSTS when served over TLS.
 */
export const securityHeaders = fp(async (app: FastifyInstance, options: SecurityHeadersOptions) => {
  const maps = options.mapOrigins ?? [];
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        // MapLibre and React set inline style attributes.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", ...maps],
        "connect-src": ["'self'", ...maps],
        "worker-src": ["'self'", "blob:"],
        "font-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
      },
    },
    // Tiles and API replies are fetched by other origins' map clients (QGIS, GDAL, web maps).
    crossOriginResourcePolicy: { policy: "cross-origin" },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    // HSTS only means something over TLS; a plain-HTTP intranet server must not send it.
    strictTransportSecurity: false,
  });
  app.addHook("onSend", async (request, reply) => {
    if (request.protocol === "https")
      reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    if (isEmbedPage(request)) {
      const csp = String(reply.getHeader("content-security-policy") ?? "");
      reply.header("content-security-policy", csp.replace("frame-ancestors 'self'", "frame-ancestors *"));
      reply.removeHeader("x-frame-options");
    }
    // The API docs page (swagger-ui) brings its own inline script and styles.
    if (request.url.startsWith("/docs")) reply.removeHeader("content-security-policy");
  });
});

function isEmbedPage(request: FastifyRequest): boolean {
  const [path, query = ""] = request.url.split("?");
  return path === "/public" && new URLSearchParams(query).get("embed") === "1";
}
