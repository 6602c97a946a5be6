import { type Static, Type } from "typebox";
import { alertLevel, assessment, inspectionAction, inspectionKind, macroSign } from "../enums.ts";
import { PHOTO_CONTENT_TYPES, PHOTO_MAX_BYTES, PHOTO_MAX_PER_INSPECTION } from "./photo-rules.ts";

/**
 * The inspection a phone sends (巡查记录). One definition gives the API's
 * validator, its OpenAPI document and the TypeScript type the web app builds.
 */

// A JSON-Schema type list, not anyOf: the API's validator coerces types, and
// inside anyOf [number, null] it would turn a null into 0 before trying null.
const nullableNumber = (options: { minimum: number; maximum: number; description?: string }) =>
  Type.Optional(Type.Unsafe<number | null>({ type: ["number", "null"], ...options }));
const nullableString = (options: { maxLength: number }) =>
  Type.Optional(Type.Unsafe<string | null>({ type: ["string", "null"], ...options }));

export const CrackMeasurement = Type.Object(
  {
    crack_id: Type.String({ minLength: 1, maxLength: 20, description: "the crack's mark, e.g. L1" }),
    width_mm: Type.Number({ minimum: 0, maximum: 10000, description: "width now, mm" }),
    change_mm: nullableNumber({ minimum: -10000, maximum: 10000, description: "change since last, mm" }),
  },
  { additionalProperties: false },
);
export type CrackMeasurement = Static<typeof CrackMeasurement>;

/** A photo the inspection carries; the bytes follow, one upload per photo, named by sha256. */
export const PhotoManifestEntry = Type.Object(
  {
    sha256: Type.String({ pattern: "^[0-9a-f]{64}$" }),
    content_type: Type.Enum(PHOTO_CONTENT_TYPES),
    byte_size: Type.Integer({ minimum: 1, maximum: PHOTO_MAX_BYTES }),
  },
  { additionalProperties: false },
);
export type PhotoManifestEntry = Static<typeof PhotoManifestEntry>;

export const RecordedLocation = Type.Object(
  {
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    accuracy_m: nullableNumber({ minimum: 0, maximum: 100000 }),
  },
  { additionalProperties: false },
);

export const InspectionInput = Type.Object(
  {
    client_key: Type.String({ format: "uuid", description: "made once on the phone; the idempotency key" }),
    hazard_id: Type.Integer({ minimum: 1 }),
    hazard_version: Type.Integer({ minimum: 1, description: "the point's version the phone downloaded" }),
    inspected_at: Type.String({ format: "date-time" }),
    kind: Type.Enum(inspectionKind.values),
    rainfall_mm: nullableNumber({ minimum: 0, maximum: 2000, description: "rainfall, mm" }),
    cracks: Type.Array(CrackMeasurement, { maxItems: 20 }),
    displacement_mm: nullableNumber({ minimum: -100000, maximum: 100000, description: "displacement, mm" }),
    macro_signs: Type.Array(Type.Enum(macroSign.values), { maxItems: 8, uniqueItems: true }),
    assessment: Type.Enum(assessment.values),
    alert_level: Type.Enum(alertLevel.values),
    actions: Type.Array(Type.Enum(inspectionAction.values), { maxItems: 4, uniqueItems: true }),
    notes: nullableString({ maxLength: 4000 }),
    location: Type.Optional(Type.Union([RecordedLocation, Type.Null()])),
    photos: Type.Array(PhotoManifestEntry, { maxItems: PHOTO_MAX_PER_INSPECTION }),
    task_id: Type.Optional(
      Type.Unsafe<number | null>({
        type: ["integer", "null"],
        minimum: 1,
        maximum: 2147483647,
        description: "the field task this inspection answers (closes it)",
      }),
    ),
  },
  { additionalProperties: false },
);
export type InspectionInput = Static<typeof InspectionInput>;
