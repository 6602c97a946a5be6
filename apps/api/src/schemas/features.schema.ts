import {
  BBOX_MAX_SPAN_DEGREES,
  COLLECTION_IDS,
  COLLECTIONS,
  FILTER_IDS_MAX,
  INTERSECTS_POSITIONS_MAX,
  ITEMS_LIMIT_DEFAULT,
  ITEMS_LIMIT_MAX,
  ITEMS_OFFSET_MAX,
} from "@lianpian/db";
import { type Static, Type } from "typebox";

// Shapes of OGC API – Features Part 1 (Core, GeoJSON) documents, as this API writes them.

export const Link = Type.Object({
  href: Type.String(),
  rel: Type.String(),
  type: Type.Optional(Type.String()),
  title: Type.Optional(Type.String()),
});
export type Link = Static<typeof Link>;

export const LandingPage = Type.Object({
  title: Type.String(),
  description: Type.String(),
  links: Type.Array(Link),
});

export const Conformance = Type.Object({ conformsTo: Type.Array(Type.String()) });

export const Collection = Type.Object({
  id: Type.String(),
  title: Type.String({ description: "zh-CN title" }),
  title_en: Type.String(),
  description: Type.String({ description: "zh-CN description" }),
  description_en: Type.String(),
  itemType: Type.Literal("feature"),
  crs: Type.Array(Type.String()),
  storageCrs: Type.String(),
  extent: Type.Optional(
    Type.Object({
      spatial: Type.Object({ bbox: Type.Array(Type.Array(Type.Number())), crs: Type.String() }),
    }),
  ),
  links: Type.Array(Link),
});
export type Collection = Static<typeof Collection>;

export const Collections = Type.Object({ links: Type.Array(Link), collections: Type.Array(Collection) });

export const Feature = Type.Object({
  type: Type.Literal("Feature"),
  id: Type.Integer(),
  geometry: Type.Unknown({ description: "GeoJSON geometry in CRS84 (or the crs asked for), or null" }),
  properties: Type.Record(Type.String(), Type.Unknown()),
  links: Type.Optional(Type.Array(Link)),
});

export const FeatureCollection = Type.Object({
  type: Type.Literal("FeatureCollection"),
  timeStamp: Type.String({ format: "date-time" }),
  numberMatched: Type.Integer(),
  numberReturned: Type.Integer(),
  links: Type.Array(Link),
  features: Type.Array(Feature),
});
export type FeatureCollection = Static<typeof FeatureCollection>;

/** JSON Schema of a collection's features (application/schema+json). */
export const FeatureSchema = Type.Record(Type.String(), Type.Unknown());

const Format = Type.Optional(Type.Literal("json", { description: "Output format; JSON is the only one" }));

/** Query of every features path but the landing page; unknown parameters are refused (/req/core/query-param-unknown). */
export const FormatQuery = Type.Object({ f: Format }, { additionalProperties: false });

export const LandingQuery = Type.Object({
  f: Type.Optional(
    Type.Union([Type.Literal("json"), Type.Literal("html")], {
      description: "json: this landing page; html: the web app. Without f, Accept decides.",
    }),
  ),
});

const CrsParam = Type.Optional(
  Type.String({
    description:
      "CRS of the response's coordinates (OGC API – Features Part 2), one of the collection's crs list, e.g. http://www.opengis.net/def/crs/EPSG/0/4490 or …/4547 (axis order of the CRS: latitude / northing first). Default CRS84.",
    examples: ["http://www.opengis.net/def/crs/EPSG/0/4547"],
  }),
);

/**
 * Filters by feature property (OGC API – Features Part 1, /rec/core/fc-filters):
 * `?status=producing`, `*` a wildcard in text (`mine_name=*煤*`), `min..max`
 * for numbers and dates, a member for lists. Every property name of the
 * registry is a parameter; one the collection lacks is 400.
 */
const PROPERTY_FILTERS = Object.fromEntries(
  [...new Set(COLLECTIONS.flatMap((c) => c.properties.map((p) => p.name)))].map((name) => [
    name,
    Type.Optional(Type.String({ maxLength: 200, description: `Filter by the property ${name}` })),
  ]),
);

export const ItemsQuery = Type.Object(
  {
    bbox: Type.Optional(
      Type.String({
        description: `minLon,minLat,maxLon,maxLat in CRS84 (WGS 84 / CGCS2000 longitude, latitude); features intersecting it. At most ${BBOX_MAX_SPAN_DEGREES}° each way.`,
        examples: ["112.8,35.4,113.0,35.6"],
      }),
    ),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        default: ITEMS_LIMIT_DEFAULT,
        description: `Page size; a value above ${ITEMS_LIMIT_MAX} is served as ${ITEMS_LIMIT_MAX}.`,
      }),
    ),
    offset: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: ITEMS_OFFSET_MAX,
        default: 0,
        description: "Index of the first feature",
      }),
    ),
    crs: CrsParam,
    "bbox-crs": Type.Optional(
      Type.String({
        description:
          "CRS of the bbox (OGC API – Features Part 2), one of the collection's crs list; its four numbers in that CRS's axis order (latitude / northing first for EPSG codes). Default CRS84.",
        examples: ["http://www.opengis.net/def/crs/EPSG/0/4547"],
      }),
    ),
    f: Format,
    sortby: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          "Up to 3 property names, comma-separated, each `-` for descending (`+` or none: ascending); then by id",
        examples: ["-area_km2,mine_name"],
      }),
    ),
    ids: Type.Optional(
      Type.String({
        maxLength: 12_000,
        description: `Only these feature ids (up to ${FILTER_IDS_MAX}, comma-separated)`,
      }),
    ),
    zone: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: "Only rows intersecting this zone's outline (the zone itself for zones)",
      }),
    ),
    intersects: Type.Optional(
      Type.String({
        maxLength: 200_000,
        description: `Only rows intersecting this GeoJSON Polygon or MultiPolygon (CRS84, up to ${INTERSECTS_POSITIONS_MAX} positions): a drawn outline`,
      }),
    ),
    skipGeometry: Type.Optional(
      Type.Boolean({
        description: "Rows without geometry, each with its bbox (CRS84): an attribute table's page",
      }),
    ),
    ...PROPERTY_FILTERS,
  },
  { additionalProperties: false },
);

/** Query of a single feature: its CRS (Part 2) and the format. */
export const FeatureQuery = Type.Object({ crs: CrsParam, f: Format }, { additionalProperties: false });

export const CollectionParams = Type.Object({
  collectionId: Type.String({
    description: `One of ${COLLECTION_IDS.join(", ")}`,
    examples: ["hazard_points"],
  }),
});

export const FeatureParams = Type.Object({
  collectionId: Type.String({
    description: `One of ${COLLECTION_IDS.join(", ")}`,
    examples: ["hazard_points"],
  }),
  featureId: Type.String({ description: "Row id; for counties the 6-digit code", examples: ["1", "140521"] }),
});
