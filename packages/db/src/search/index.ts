export {
  containsPattern,
  SEARCH_QUERY_MAX,
  type SearchHit,
  type SearchKind,
  type SearchOptions,
  type SearchResult,
  search,
} from "./search.repository.ts";
export { type CoordinateHit, coordinatesOf } from "./search-coordinates.ts";
