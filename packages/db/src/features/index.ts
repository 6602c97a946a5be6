// OGC API – Features: the fixed collection registry and its queries.
export {
  COLLECTION_IDS,
  COLLECTIONS,
  type CollectionId,
  type FeatureCollectionDef,
  type FeatureProperty,
  findCollection,
  type GeometryType,
  type PropertyType,
  parseFeatureId,
} from "./collections.ts";
export {
  CRS_URIS,
  CRS84,
  CRS84_URI,
  epsgUri,
  GK_SRID_MAX,
  GK_SRID_MIN,
  isOutputSrid,
  OUTPUT_SRIDS,
  parseCrs,
  type RequestCrs,
} from "./crs-uri.ts";
export { readCollectionExtents } from "./extent.repository.ts";
export { featureSchema } from "./feature-schema.ts";
export { type FeaturePage, type GeoJsonFeature, getFeature, listFeatures } from "./features.repository.ts";
export {
  FILTER_IDS_MAX,
  INTERSECTS_POSITIONS_MAX,
  type ItemsFilter,
  type ItemsFilterProblem,
  NO_FILTER,
  type ParsedItemsFilter,
  parseItemsFilter,
  type RawItemsFilter,
  SORT_KEYS_MAX,
} from "./items-filter.ts";
export {
  BBOX_MAX_SPAN_DEGREES,
  type Bbox,
  ITEMS_LIMIT_DEFAULT,
  ITEMS_LIMIT_MAX,
  ITEMS_OFFSET_MAX,
  type ItemsQuery,
  type ItemsQueryProblem,
  type ParsedItemsQuery,
  parseBbox,
  parseItemsQuery,
  type RawItemsParams,
} from "./items-query.ts";
