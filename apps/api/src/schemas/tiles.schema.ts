import { TILE_FACES, TILE_LAYER_NAMES } from "@lianpian/db";
import { type Static, Type } from "typebox";

const layerName = Type.String({
  description:
    `Tile layer (${TILE_LAYER_NAMES.join(", ")}), a face's composite (${TILE_FACES.join(", ")}) ` +
    "or layers joined by commas, served in one tile with one MVT layer each",
  examples: ["mines", "plan", "mines,zones"],
  maxLength: 200,
});

/** z/x/y must be integers; their ranges are checked by the route for a precise error code. */
export const TileParams = Type.Object({
  layer: layerName,
  z: Type.Integer({ description: "Zoom (0–22; each layer has its own range, see its TileJSON)" }),
  x: Type.Integer({ description: "Column, 0 … 2^z − 1" }),
  y: Type.Integer({ description: "Row, 0 … 2^z − 1 (XYZ scheme, north up)" }),
});
export type TileParams = Static<typeof TileParams>;

export const LayerParams = Type.Object({ layer: layerName });
export type LayerParams = Static<typeof LayerParams>;

/** An MVT tile: protobuf bytes under their own media type (a Buffer reply is sent as is, never serialised). */
export const MvtTile = {
  description:
    "Mapbox Vector Tile 2.1 (one MVT layer per tile layer, named after it), brotli or gzip when asked",
  content: {
    "application/vnd.mapbox-vector-tile": {
      schema: Type.Unsafe<Buffer>({ type: "string", format: "binary" }),
    },
  },
};
export const NoContent = Type.Null({ description: "Empty tile: no feature of the layer touches it" });
export const NotModified = Type.Null({ description: "Not modified (If-None-Match matched the ETag)" });

const VectorLayer = Type.Object({
  id: Type.String(),
  description: Type.String(),
  minzoom: Type.Integer(),
  maxzoom: Type.Integer(),
  fields: Type.Record(Type.String(), Type.String(), {
    description: "Attribute name → its type (String or Number) and meaning",
  }),
});

/** TileJSON 3.0.0 for one layer. */
export const TileJson = Type.Object(
  {
    tilejson: Type.Literal("3.0.0"),
    name: Type.String(),
    description: Type.String(),
    version: Type.String(),
    attribution: Type.String(),
    scheme: Type.Literal("xyz"),
    tiles: Type.Array(Type.String(), {
      description: "Absolute tile URL template; `v` is the layer's data version",
    }),
    minzoom: Type.Integer(),
    maxzoom: Type.Integer(),
    bounds: Type.Array(Type.Number(), {
      minItems: 4,
      maxItems: 4,
      description: "[west, south, east, north]",
    }),
    center: Type.Array(Type.Number(), { minItems: 3, maxItems: 3, description: "[lng, lat, zoom]" }),
    vector_layers: Type.Array(VectorLayer),
  },
  { title: "TileJSON 3.0.0" },
);
export type TileJson = Static<typeof TileJson>;

export const TileLayerList = Type.Object({
  layers: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      description: Type.String(),
      geometry: Type.Union([Type.Literal("point"), Type.Literal("line"), Type.Literal("polygon")]),
      minzoom: Type.Integer(),
      maxzoom: Type.Integer(),
      tilejson: Type.String({ description: "Absolute URL of the layer's TileJSON" }),
      tiles: Type.String({ description: "Absolute tile URL template" }),
      version: Type.Integer({
        description:
          "The layer's data version: it moves with every edit of the layer, as the `v` of the TileJSON's tile URL does",
      }),
    }),
  ),
});
