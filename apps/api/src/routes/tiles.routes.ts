import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { readLayerVersions, TILE_LAYERS } from "@lianpian/db";
import { JINCHENG_BBOX } from "@lianpian/domain";
import type { FastifyRequest } from "fastify";
import { errorResponses } from "../schemas/error.schema.ts";
import { LayerParams, TileJson, TileLayerList } from "../schemas/tiles.schema.ts";
import { tileSetOrThrow } from "./tiles-mvt.routes.ts";

const tags = ["tiles"];
const ATTRIBUTION = "合成演示数据 synthetic demo data";

/** Tile routes answer everyone alike (drafts are never in tiles): the auth hook skips the session lookup. */
const PUBLIC_ROUTE = { publicRoute: true };

/**
 * The vector tile layers of the fixed registry (@lianpian/db tiles/layers.ts):
 * `/tiles` lists the layers and `/tiles/{layer}.json` is TileJSON 3.0.0;
 * `{layer}` may also be a face (plan, map, public, field) or layers joined by
 * commas. The tiles themselves are tiles-mvt.routes.ts.
 */
export const tilesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/tiles",
    {
      schema: {
        tags,
        summary: "List the vector tile layers",
        description:
          "Each layer with its data version: a map that polls this list reloads the layers whose version moved.",
        response: { 200: TileLayerList },
      },
      config: PUBLIC_ROUTE,
    },
    async (request, reply) => {
      const base = baseUrl(request);
      const versions = await readLayerVersions(request.readDb());
      reply.header("cache-control", "no-cache");
      return {
        layers: TILE_LAYERS.map((l) => ({
          id: l.name,
          title: l.title,
          description: l.description,
          geometry: l.kind,
          minzoom: l.minzoom,
          maxzoom: l.maxzoom,
          tilejson: `${base}/tiles/${l.name}.json`,
          tiles: `${base}/tiles/${l.name}/{z}/{x}/{y}.mvt`,
          version: versions.get(l.name) ?? 0,
        })),
      };
    },
  );

  app.get(
    "/tiles/:layer.json",
    {
      schema: {
        tags,
        summary: "TileJSON 3.0.0 of one layer",
        description:
          "Absolute tile URL built from the request's host and protocol, with `?v=` = the layer's data version, " +
          "so a client that reloads the TileJSON after an edit bypasses tiles its browser cached.",
        params: LayerParams,
        response: { 200: TileJson, ...errorResponses(404) },
      },
      config: PUBLIC_ROUTE,
    },
    async (request, reply) => {
      const set = tileSetOrThrow(request.params.layer);
      const versions = await readLayerVersions(request.readDb());
      const version = set.layers.map((l) => versions.get(l.name) ?? 0).join(".");
      const [west, south, east, north] = JINCHENG_BBOX;
      const only = set.single ? set.layers[0] : undefined;
      reply.header("cache-control", "no-cache");
      return {
        tilejson: "3.0.0" as const,
        name: only?.title ?? `${set.name} composite`,
        description: only?.description ?? `Layers ${set.layers.map((l) => l.name).join(", ")} in one tile`,
        version: "1.0.0",
        attribution: ATTRIBUTION,
        scheme: "xyz" as const,
        tiles: [`${baseUrl(request)}/tiles/${set.name}/{z}/{x}/{y}.mvt?v=${version}`],
        minzoom: set.minzoom,
        maxzoom: set.maxzoom,
        bounds: [west, south, east, north],
        center: [(west + east) / 2, (south + north) / 2, Math.max(set.minzoom, 9)],
        vector_layers: set.layers.map((layer) => ({
          id: layer.name,
          description: layer.description,
          minzoom: layer.minzoom,
          maxzoom: layer.maxzoom,
          fields: Object.fromEntries(
            layer.fields.map((f) => [
              f.name,
              `${f.type} — ${f.description}${f.minzoom ? `; in tiles from zoom ${f.minzoom} (从第 ${f.minzoom} 级起)` : ""}`,
            ]),
          ),
        })),
      };
    },
  );
};

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}
