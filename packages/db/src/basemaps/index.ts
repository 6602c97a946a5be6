export {
  type BasemapRow,
  findBasemap,
  insertBasemap,
  listBasemaps,
  type NewBasemap,
} from "./basemaps.repository.ts";
