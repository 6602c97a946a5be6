import { isPrivateKey } from "@lianpian/domain";
import { describe, expect, it } from "vitest";
import { COLLECTION_IDS, COLLECTIONS, findCollection, parseFeatureId } from "./collections.ts";
import { featureSchema } from "./feature-schema.ts";

describe("collection registry", () => {
  it("lists exactly the published ids, in order", () => {
    expect(COLLECTIONS.map((c) => c.id)).toEqual([...COLLECTION_IDS]);
    expect(COLLECTION_IDS).toEqual([
      "counties",
      "rivers",
      "transport_lines",
      "villages",
      "protected_areas",
      "mines",
      "subsidence_areas",
      "hazard_points",
      "corridors",
      "treatment_zones",
      "check_dams",
    ]);
  });

  it("names only plain snake_case identifiers, once each, and no private field", () => {
    const identifier = /^[a-z][a-z0-9_]*$/;
    for (const c of COLLECTIONS) {
      for (const name of [c.table, c.geometryColumn, c.idColumn]) expect(name).toMatch(identifier);
      const names = c.properties.map((p) => p.name);
      expect(new Set(names).size, c.id).toBe(names.length);
      for (const name of names) {
        expect(name, c.id).toMatch(identifier);
        expect(isPrivateKey(name), `${c.id}.${name}`).toBe(false);
      }
    }
  });

  it("keeps json_build_object under PostgreSQL's 100 arguments", () => {
    for (const c of COLLECTIONS) expect(c.properties.length * 2, c.id).toBeLessThanOrEqual(100);
  });

  it("finds a collection only by its exact id", () => {
    expect(findCollection("mines")?.table).toBe("mines");
    for (const id of ["Mines", "mines ", "mines;drop table mines", "constructor", "__proto__", ""]) {
      expect(findCollection(id)).toBeUndefined();
    }
  });
});

describe("parseFeatureId", () => {
  const mines = findCollection("mines");
  const counties = findCollection("counties");
  if (!mines || !counties) throw new Error("registry incomplete");

  it("reads positive int4 ids of serial collections", () => {
    expect(parseFeatureId(mines, "1")).toBe(1);
    expect(parseFeatureId(mines, "2147483647")).toBe(2147483647);
    for (const text of ["0", "-1", "01", "1.0", "1e3", "abc", "", "2147483648", "99999999999"]) {
      expect(parseFeatureId(mines, text), text).toBeUndefined();
    }
  });

  it("reads the 6-digit code of counties, as text", () => {
    expect(parseFeatureId(counties, "140521")).toBe("140521");
    for (const text of ["14052", "1405210", "040521", "abcdef"]) {
      expect(parseFeatureId(counties, text), text).toBeUndefined();
    }
  });
});

describe("featureSchema", () => {
  it("describes each property with one JSON type, as GDAL reads it", () => {
    const hazards = findCollection("hazard_points");
    if (!hazards) throw new Error("registry incomplete");
    const schema = featureSchema(hazards, "http://example/schema") as {
      properties: { properties: { properties: Record<string, Record<string, unknown>> } };
    };
    const props = schema.properties.properties.properties;
    expect(Object.keys(props)).toEqual(hazards.properties.map((p) => p.name));
    expect(props.threatened_people).toMatchObject({ type: "integer" });
    expect(props.size_value).toMatchObject({ type: "number", nullable: true });
    expect(props.written_off_at).toMatchObject({ type: "string", format: "date" });
    expect(props.triggers).toMatchObject({
      type: "array",
      items: { type: "string", enum: expect.any(Array) },
    });
    expect(props.danger_grade).toMatchObject({ type: "string", enum: ["small", "medium", "large", "huge"] });
    for (const p of Object.values(props)) expect(typeof p.type).toBe("string");
  });
});
