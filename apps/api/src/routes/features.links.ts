import { type Bbox, CRS84_URI, type ItemsQuery } from "@lianpian/db";
import type { FastifyRequest } from "fastify";
import type { Link } from "../schemas/features.schema.ts";

export const JSON_TYPE = "application/json";
export const GEOJSON_TYPE = "application/geo+json";
export const SCHEMA_TYPE = "application/schema+json";
export const OPENAPI_TYPE = "application/vnd.oai.openapi+json;version=3.0";

// A host as it may appear in a Host header: name or IPv4, or [IPv6], with an optional port.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * `proto://host` of the request, for absolute links. Behind a reverse proxy
 * the scheme comes from X-Forwarded-Proto (first hop); the host is the Host
 * header the proxy passes on. A malformed Host never reaches a link.
 */
export function baseUrl(request: FastifyRequest): string {
  const forwarded = request.headers["x-forwarded-proto"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim().toLowerCase();
  const proto = first === "https" || first === "http" ? first : request.protocol;
  const host = HOST.test(request.host) ? request.host : "localhost";
  return `${proto}://${host}`;
}

export function link(href: string, rel: string, type: string, title?: string): Link {
  return title === undefined ? { href, rel, type } : { href, rel, type, title };
}

/** The items URL of a page of that query; bbox numbers are written back as parsed, crs and bbox-crs kept. */
function itemsUrl(
  base: string,
  collectionId: string,
  query: ItemsQuery,
  offset: number,
  filter: readonly [string, string][],
): string {
  const params = new URLSearchParams(filter as [string, string][]);
  if (query.bbox) params.set("bbox", bboxText(query.bbox));
  if (query.bbox && query.bboxCrs.uri !== CRS84_URI) params.set("bbox-crs", query.bboxCrs.uri);
  if (query.crs.uri !== CRS84_URI) params.set("crs", query.crs.uri);
  params.set("limit", String(query.limit));
  if (offset > 0) params.set("offset", String(offset));
  return `${base}/collections/${collectionId}/items?${params.toString().replaceAll("%2C", ",")}`;
}

function bboxText(bbox: Bbox): string {
  return bbox.map(String).join(",");
}

/** self, and next / prev when there is such a page, then the collection. */
export function itemsLinks(
  base: string,
  collectionId: string,
  query: ItemsQuery,
  numberMatched: number,
  numberReturned: number,
  filter: readonly [string, string][] = [],
): Link[] {
  const links = [
    link(itemsUrl(base, collectionId, query, query.offset, filter), "self", GEOJSON_TYPE, "This page"),
  ];
  if (numberReturned > 0 && query.offset + numberReturned < numberMatched) {
    links.push(
      link(
        itemsUrl(base, collectionId, query, query.offset + query.limit, filter),
        "next",
        GEOJSON_TYPE,
        "Next page",
      ),
    );
  }
  if (query.offset > 0) {
    const prev = Math.max(0, Math.min(query.offset - query.limit, numberMatched - query.limit));
    links.push(
      link(itemsUrl(base, collectionId, query, prev, filter), "prev", GEOJSON_TYPE, "Previous page"),
    );
  }
  links.push(link(`${base}/collections/${collectionId}`, "collection", JSON_TYPE, "The collection"));
  return links;
}

/**
 * Whether the client asked for a web page rather than JSON: `f` decides if
 * given; otherwise an explicit text/html in Accept that outranks JSON (a
 * browser's navigation). `*\/*` alone (curl, GDAL, fetch) gets JSON.
 */
export function wantsHtml(f: string | undefined, accept: string | undefined): boolean {
  if (f !== undefined) return f === "html";
  if (!accept) return false;
  let html = 0;
  let json = 0;
  for (const range of accept.split(",")) {
    const [type = "", ...params] = range.split(";").map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q)) continue;
    if (type === "text/html") html = Math.max(html, q);
    if (type === "application/json" || type === "application/*" || type === "*/*") json = Math.max(json, q);
  }
  return html > json;
}
