import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  COLLECTIONS,
  CRS_URIS,
  CRS84,
  CRS84_URI,
  type FeatureCollectionDef,
  featureSchema,
  findCollection,
  getFeature,
  listFeatures,
  type ParsedItemsQuery,
  parseCrs,
  parseFeatureId,
  parseItemsFilter,
  parseItemsQuery,
  readCollectionExtents,
} from "@lianpian/db";
import { can } from "@lianpian/domain";
import { apiError } from "../errors.ts";
import { roleOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import {
  Collection,
  CollectionParams,
  Collections,
  Conformance,
  Feature,
  FeatureCollection,
  FeatureParams,
  FeatureQuery,
  FeatureSchema,
  FormatQuery,
  ItemsQuery,
  LandingPage,
  LandingQuery,
} from "../schemas/features.schema.ts";
import {
  baseUrl,
  GEOJSON_TYPE,
  itemsLinks,
  JSON_TYPE,
  link,
  OPENAPI_TYPE,
  SCHEMA_TYPE,
  wantsHtml,
} from "./features.links.ts";

const CONFORMANCE_CLASSES = [
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
  "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
];

const tags = ["features"];

/**
 * OGC API – Features Part 1 (Core, GeoJSON, OpenAPI 3.0) and Part 2 (CRS by
 * reference: crs, bbox-crs, Content-Crs) over the fixed collection registry
 * of @lianpian/db: landing page, conformance, collections, items (bbox,
 * limit, offset) and single features.
 */
export const featuresRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The landing page shares `/` with the web app: JSON for clients that want JSON,
  // the single-page app (through the not-found handler of plugins/web-app.ts) for browsers.
  app.get(
    "/",
    {
      schema: {
        tags,
        summary: "Landing page (JSON), or the web app for browsers",
        querystring: LandingQuery,
        response: { 200: LandingPage, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      reply.header("vary", "Accept");
      if (wantsHtml(request.query.f, request.headers.accept)) return reply.callNotFound();
      const base = baseUrl(request);
      return reply.type(JSON_TYPE).send({
        title: "Lianpian 连片 — OGC API Features",
        description:
          "晋城矿山生态修复（集中连片综合治理）数据：矿山、采煤沉陷区、地质灾害隐患点、生态廊道、治理片区及底图图层。" +
          " Mine ecological restoration data of Jincheng, Shanxi, as OGC API – Features.",
        links: [
          link(`${base}/`, "self", JSON_TYPE, "This document"),
          link(`${base}/openapi.json`, "service-desc", OPENAPI_TYPE, "The API definition (OpenAPI 3.0)"),
          link(`${base}/docs`, "service-doc", "text/html", "The API documentation"),
          link(`${base}/conformance`, "conformance", JSON_TYPE, "Conformance classes"),
          link(`${base}/collections`, "data", JSON_TYPE, "The feature collections"),
        ],
      });
    },
  );

  app.get(
    "/conformance",
    {
      schema: {
        tags,
        summary: "Conformance classes implemented",
        querystring: FormatQuery,
        response: { 200: Conformance, ...errorResponses(400) },
      },
    },
    async () => ({ conformsTo: CONFORMANCE_CLASSES }),
  );

  app.get(
    "/collections",
    {
      schema: {
        tags,
        summary: "The feature collections",
        querystring: FormatQuery,
        response: { 200: Collections, ...errorResponses(400) },
      },
    },
    async (request) => {
      const base = baseUrl(request);
      const extents = await readCollectionExtents(request.readDb(), COLLECTIONS);
      return {
        links: [link(`${base}/collections`, "self", JSON_TYPE, "This document")],
        collections: COLLECTIONS.map((c) => describeCollection(c, extents.get(c.id) ?? null, base)),
      };
    },
  );

  app.get(
    "/collections/:collectionId",
    {
      schema: {
        tags,
        summary: "One feature collection",
        params: CollectionParams,
        querystring: FormatQuery,
        response: { 200: Collection, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const collection = collectionOr404(request.params.collectionId);
      const extents = await readCollectionExtents(request.readDb(), [collection]);
      return describeCollection(collection, extents.get(collection.id) ?? null, baseUrl(request));
    },
  );

  app.get(
    "/collections/:collectionId/feature-schema",
    {
      schema: {
        tags,
        summary:
          "JSON Schema of the collection's GeoJSON Features (the field list GDAL reads; not Part 5's flat schema)",
        params: CollectionParams,
        querystring: FormatQuery,
        response: { 200: FeatureSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const collection = collectionOr404(request.params.collectionId);
      const id = `${baseUrl(request)}/collections/${collection.id}/feature-schema`;
      return reply.type(SCHEMA_TYPE).send(featureSchema(collection, id));
    },
  );

  app.get(
    "/collections/:collectionId/items",
    {
      schema: {
        tags,
        summary: "Features of a collection, by page, optionally within a bbox",
        params: CollectionParams,
        querystring: ItemsQuery,
        response: { 200: FeatureCollection, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const collection = collectionOr404(request.params.collectionId);
      const parsed = parseItemsQuery(request.query);
      if (!parsed.ok) throw itemsQueryError(parsed);
      const { sortby, ids, zone, intersects, skipGeometry } = request.query;
      const properties = propertyParams(request.query as Record<string, unknown>);
      const filter = parseItemsFilter(collection, {
        properties,
        sortby,
        ids,
        zone,
        intersects,
        skipGeometry,
        // Draft zones, as on the planner's layers: only for readers with zones.read.
        includeDrafts: can(roleOf(request), "zones.read"),
      });
      if (!filter.ok)
        throw apiError("validation_failed", { parameter: filter.parameter, problem: filter.message });
      const query = { ...parsed.query, filter: filter.filter };
      const page = await listFeatures(request.readDb(), collection, query);
      reply.header("content-crs", `<${query.crs.uri}>`);
      const head = JSON.stringify({
        type: "FeatureCollection",
        timeStamp: new Date().toISOString(),
        numberMatched: page.numberMatched,
        numberReturned: page.numberReturned,
        links: itemsLinks(
          baseUrl(request),
          collection.id,
          query,
          page.numberMatched,
          page.numberReturned,
          filterParams(request.query as Record<string, unknown>),
        ),
      });
      // The features arrive as finished JSON text from PostgreSQL; splice, don't re-serialise.
      const body = `${head.slice(0, -1)},"features":${page.featuresJson}}`;
      return reply.type(GEOJSON_TYPE).send(body as unknown as FeatureCollection);
    },
  );

  app.get(
    "/collections/:collectionId/items/:featureId",
    {
      schema: {
        tags,
        summary: "One feature",
        params: FeatureParams,
        querystring: FeatureQuery,
        response: { 200: Feature, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { collectionId, featureId } = request.params;
      const collection = collectionOr404(collectionId);
      const crs = request.query.crs === undefined ? CRS84 : parseCrs(request.query.crs);
      if (!crs)
        throw apiError("unsupported_crs", {
          parameter: "crs",
          value: request.query.crs,
          supported: CRS_URIS,
        });
      const id = parseFeatureId(collection, featureId);
      const feature = id === undefined ? undefined : await getFeature(request.readDb(), collection, id, crs);
      if (!feature) throw apiError("feature_not_found", { collection: collection.id, featureId });
      const base = baseUrl(request);
      const crsQuery = crs.uri === CRS84_URI ? "" : `?crs=${encodeURIComponent(crs.uri)}`;
      const self = `${base}/collections/${collection.id}/items/${encodeURIComponent(featureId)}${crsQuery}`;
      return reply
        .type(GEOJSON_TYPE)
        .header("content-crs", `<${crs.uri}>`)
        .send({
          ...feature,
          links: [
            link(self, "self", GEOJSON_TYPE, "This feature"),
            link(`${base}/collections/${collection.id}`, "collection", JSON_TYPE, "The collection"),
          ],
        });
    },
  );
};

const ITEMS_OWN_PARAMS = new Set(["bbox", "bbox-crs", "crs", "limit", "offset", "f"]);
const FILTER_PARAMS = new Set(["sortby", "ids", "zone", "intersects", "skipGeometry"]);

/** The property filters of an items request: every parameter that is not one of the route's own. */
function propertyParams(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!ITEMS_OWN_PARAMS.has(name) && !FILTER_PARAMS.has(name) && typeof value === "string")
      out[name] = value;
  }
  return out;
}

/** The filter and sort parameters as sent, for the next/prev links. */
function filterParams(query: Record<string, unknown>): [string, string][] {
  return Object.entries(query)
    .filter(([name, value]) => !ITEMS_OWN_PARAMS.has(name) && value !== undefined)
    .map(([name, value]) => [name, String(value)]);
}

function collectionOr404(id: string): FeatureCollectionDef {
  const collection = findCollection(id);
  if (!collection) throw apiError("unknown_collection", { collectionId: id });
  return collection;
}

const ITEMS_QUERY_ERRORS = {
  bad_bbox: { code: "bad_bbox", parameter: "bbox" },
  bbox_too_large: { code: "bbox_too_large", parameter: "bbox" },
  limit_out_of_range: { code: "limit_out_of_range", parameter: "limit" },
  offset_out_of_range: { code: "validation_failed", parameter: "offset" },
  unsupported_crs: { code: "unsupported_crs", parameter: "crs" },
  unsupported_bbox_crs: { code: "unsupported_crs", parameter: "bbox-crs" },
} as const;

function itemsQueryError(parsed: Extract<ParsedItemsQuery, { ok: false }>) {
  const { code, parameter } = ITEMS_QUERY_ERRORS[parsed.reason];
  const supported = code === "unsupported_crs" ? { supported: CRS_URIS } : {};
  return apiError(code, { parameter, problem: parsed.message, ...supported });
}

function describeCollection(
  c: FeatureCollectionDef,
  bbox: readonly number[] | null,
  base: string,
): Collection {
  const href = `${base}/collections/${c.id}`;
  const links = [
    link(href, "self", JSON_TYPE, "This collection"),
    link(`${href}/items`, "items", GEOJSON_TYPE, "The features"),
    // Spelled "describedBy": GDAL 3.6 (Debian 12) matches that exact case to find the field
    // list; relation types compare case-insensitively (RFC 8288), so it is still "describedby".
    link(`${href}/feature-schema`, "describedBy", SCHEMA_TYPE, "JSON Schema of the features"),
  ];
  return {
    id: c.id,
    title: c.title.zh,
    title_en: c.title.en,
    description: c.description.zh,
    description_en: c.description.en,
    itemType: "feature",
    crs: [...CRS_URIS],
    storageCrs: CRS84_URI,
    ...(bbox ? { extent: { spatial: { bbox: [[...bbox]], crs: CRS84_URI } } } : {}),
    links,
  };
}
