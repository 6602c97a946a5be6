import { commonFieldLabel, type Label, type Vocabulary } from "@lianpian/domain";
import type { RawBuilder } from "kysely";

/** JSON type of a published property; arrays are arrays of that scalar. */
export type PropertyType =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "date"
  | "date-time"
  | "string[]"
  | "integer[]"
  | "object";

/** One attribute of a collection's features, as published (never a column chosen by the request). */
export interface FeatureProperty {
  /** Key in the GeoJSON `properties`; also the column name unless `sql` is given. */
  name: string;
  type: PropertyType;
  nullable: boolean;
  title: Label;
  /** Closed vocabulary of the values, for the schema. */
  values?: readonly string[];
  /** A fixed SQL expression over the collection's table, aliased `t` (joins, derived values). */
  sql?: RawBuilder<unknown>;
}

interface Options {
  nullable?: boolean;
  vocabulary?: Vocabulary<string>;
  sql?: RawBuilder<unknown>;
}

function property(type: PropertyType, name: string, title: Label, options: Options = {}) {
  const p: FeatureProperty = { name, type, nullable: options.nullable ?? false, title };
  if (options.vocabulary) p.values = options.vocabulary.values;
  if (options.sql) p.sql = options.sql;
  return p;
}

/** A property titled from the field-label registry (@lianpian/domain field-labels): `text("mine_name", mineFieldLabel.mine_name)`. */
type Maker = (name: string, title: Label, options?: Options) => FeatureProperty;
const maker =
  (type: PropertyType): Maker =>
  (name, title, options) =>
    property(type, name, title, options);

/** Builders of property entries, one per type: `text("name_zh", villageFieldLabel.name_zh)`. */
export const text = maker("string");
export const int = maker("integer");
export const num = maker("number");
export const bool = maker("boolean");
export const date = maker("date");
export const dateTime = maker("date-time");
export const textList = maker("string[]");
export const intList = maker("integer[]");
export const object = maker("object");

/** Provenance and last change, published for every collection. */
export const provenance = (): FeatureProperty[] => [
  text("data_source", commonFieldLabel.data_source),
  dateTime("updated_at", commonFieldLabel.updated_at),
];
