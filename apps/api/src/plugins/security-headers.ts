import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";

/** Tianditu's tile hosts (t0–t7), allowed once an admin has set its key. */
const TIANDITU_ORIGINS = Array.from({ length: 8 }, (_, i) => `https://t${i}.tianditu.gov.cn`);

/**
 * The base-map origins an admin configured in the run-time settings (an
 * XYZ/WMTS URL, the Tianditu key), for the pages' img-src and connect-src.
 */
export async function configuredMapOrigins(app: FastifyInstance): Promise<string[]> {
  if (!app.hasDecorator("settings")) return [];
  const origins: string[] = [];
  const url = await app.settings.get("basemap.tile_url");
  if (typeof url === "string" && url) {
    try {
      origins.push(new URL(url.replace(/[{}]/g, "")).origin);
    } catch {}
  }
  if (await app.settings.get("basemap.tianditu_key")) origins.push(...TIANDITU_ORIGINS);
  return origins;
}

const CSP_DIRECTIVES: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  // MapLibre and React set inline style attributes.
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
  "font-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'self'"],
};

/**
 * The headers helmet (as configured below) puts on a plain-HTTP API reply,
 * written out once: routes exempt from the per-request hooks (the vector
 * tile, tiles-mvt.routes.ts) send these precomputed. security-headers.test.ts
 * checks they equal what helmet sends.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "content-security-policy": Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join(";"),
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "cross-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "SAMEORIGIN",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
});

/** HSTS, sent only when the request came over TLS. */
const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Security headers on every reply (@fastify/helmet): a Content-Security-Policy
 * that fits the app — it loads nothing off its own origin but the base-map
 * hosts an admin configures (run-time settings, on HTML pages); MapLibre's workers and the phone's photos are
 * blob: URLs —, frames only for the public embed pages (`/public?embed=1`),
 * no referrer beyond the origin, nosniff, and HSTS when served over TLS.
 */
export const securityHeaders = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // Tiles and API replies are fetched by other origins' map clients (QGIS, GDAL, web maps).
    crossOriginResourcePolicy: { policy: "cross-origin" },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    // HSTS only means something over TLS; a plain-HTTP intranet server must not send it.
    strictTransportSecurity: false,
  });
  // Callback style: a reply that is not a page (API JSON, tiles) costs no promise.
  app.addHook("onSend", (request, reply, payload, done) => {
    const finish = () => {
      if (request.protocol === "https") reply.header("strict-transport-security", HSTS);
      if (isEmbedPage(request)) {
        const csp = String(reply.getHeader("content-security-policy") ?? "");
        reply.header("content-security-policy", csp.replace("frame-ancestors 'self'", "frame-ancestors *"));
        reply.removeHeader("x-frame-options");
      }
      // The API docs page (swagger-ui) brings its own inline script and styles.
      if (request.url.startsWith("/docs")) reply.removeHeader("content-security-policy");
      done(null, payload);
    };
    if (!String(reply.getHeader("content-type") ?? "").startsWith("text/html")) return finish();
    // A page may draw the base maps an admin configured; API replies load nothing.
    configuredMapOrigins(app)
      .catch(() => [])
      .then((list) => {
        const origins = list.join(" ");
        if (origins) {
          const csp = String(reply.getHeader("content-security-policy") ?? "")
            .replace("img-src 'self' data: blob:", `img-src 'self' data: blob: ${origins}`)
            .replace("connect-src 'self'", `connect-src 'self' ${origins}`);
          reply.header("content-security-policy", csp);
        }
        finish();
      });
  });
});

function isEmbedPage(request: FastifyRequest): boolean {
  const [path, query = ""] = request.url.split("?");
  return path === "/public" && new URLSearchParams(query).get("embed") === "1";
}
