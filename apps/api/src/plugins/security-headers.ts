import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
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

const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(" ")}`)
  .join(";");

/**
 * The security headers of a plain-HTTP API reply, written out once (the set
 * @fastify/helmet sent before this plugin replaced it): a CSP, no framing but
 * by the app itself, cross-origin reads allowed (tiles and API replies are
 * fetched by other origins' map clients: QGIS, GDAL, web maps), no referrer
 * beyond the origin, nosniff. The vector tile sends them with its own
 * precomputed headers (tiles-mvt.routes.ts).
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "content-security-policy": CSP,
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

/** The public embed page (`/public?embed=1`): any site may frame it. */
const EMBED_HEADERS = headersWithout("x-frame-options", {
  "content-security-policy": CSP.replace("frame-ancestors 'self'", "frame-ancestors *"),
});
/** The API docs page (swagger-ui) brings its own inline script and styles: no CSP. */
const DOCS_HEADERS = headersWithout("content-security-policy");

function headersWithout(
  name: string,
  changed: Record<string, string> = {},
): Readonly<Record<string, string>> {
  const headers: Record<string, string> = { ...API_SECURITY_HEADERS, ...changed };
  delete headers[name];
  return Object.freeze(headers);
}

/** HSTS, sent only when the request came over TLS (a plain-HTTP intranet server must not send it). */
const HSTS = "max-age=31536000; includeSubDomains";

/** Route config of a route that sends the security headers itself (the vector tile). */
interface OwnSecurityHeaders {
  ownSecurityHeaders?: boolean;
}

/**
 * Security headers on every reply, set by one callback-style onSend hook
 * from precomputed sets: a Content-Security-Policy that fits the app — it
 * loads nothing off its own origin but the base-map hosts an admin
 * configures (run-time settings, on HTML pages); MapLibre's workers and the
 * phone's photos are blob: URLs —, frames only for the public embed pages
 * (`/public?embed=1`), no referrer beyond the origin, nosniff, and HSTS when
 * served over TLS. A header a route set itself (a photo's `sandbox` CSP)
 * wins; a route with `config.ownSecurityHeaders` (the vector tile) gets only HSTS.
 */
export const securityHeaders = fp(async (app: FastifyInstance) => {
  app.addHook("onSend", (request, reply, payload, done) => {
    if (request.protocol === "https") reply.header("strict-transport-security", HSTS);
    if ((request.routeOptions.config as OwnSecurityHeaders).ownSecurityHeaders) return done(null, payload);
    setAbsent(reply, headersFor(request));
    if (!String(reply.getHeader("content-type") ?? "").startsWith("text/html")) return done(null, payload);
    // A page may draw the base maps an admin configured; API replies load nothing.
    configuredMapOrigins(app)
      .catch(() => [])
      .then((list) => {
        const origins = list.join(" ");
        const csp = reply.getHeader("content-security-policy");
        if (origins && typeof csp === "string") {
          reply.header(
            "content-security-policy",
            csp
              .replace("img-src 'self' data: blob:", `img-src 'self' data: blob: ${origins}`)
              .replace("connect-src 'self'", `connect-src 'self' ${origins}`),
          );
        }
        done(null, payload);
      });
  });
});

function setAbsent(reply: FastifyReply, headers: Readonly<Record<string, string>>): void {
  for (const name in headers) if (!reply.hasHeader(name)) reply.header(name, headers[name]);
}

function headersFor(request: FastifyRequest): Readonly<Record<string, string>> {
  const url = request.url;
  if (url.startsWith("/docs")) return DOCS_HEADERS;
  return url.startsWith("/public?") && isEmbedPage(url) ? EMBED_HEADERS : API_SECURITY_HEADERS;
}

function isEmbedPage(url: string): boolean {
  const [path, query = ""] = url.split("?");
  return path === "/public" && new URLSearchParams(query).get("embed") === "1";
}
