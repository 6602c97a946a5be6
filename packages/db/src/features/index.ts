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
export { readCollectionExtents } from "./extent.repository.ts";
export { featureSchema } from "./feature-schema.ts";
export { type FeaturePage, type GeoJsonFeature, getFeature, listFeatures } from "./features.repository.ts";
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
