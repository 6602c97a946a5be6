import { alertLevel } from "@lianpian/domain";
import { type Static, Type } from "typebox";

/** Query shapes of the field routes; the replies are shared with the web app (@lianpian/domain). */

export const NearestQuery = Type.Object(
  {
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    mine: Type.Boolean({ default: false, description: "only points the user monitors" }),
    alert: Type.Optional(
      Type.Array(Type.Enum(alertLevel.values), {
        maxItems: 5,
        description: "only points at these alert levels",
      }),
    ),
  },
  { additionalProperties: false },
);
export type NearestQuery = Static<typeof NearestQuery>;

export const PackQuery = Type.Object(
  {
    bbox: Type.Optional(
      Type.String({ pattern: "^[-0-9.eE]+(,[-0-9.eE]+){3}$", description: "west,south,east,north (CRS84)" }),
    ),
    since: Type.Optional(
      Type.String({
        format: "date-time",
        description:
          "the generated_at of the phone's last pack: only points changed since (written-off ones too)",
      }),
    ),
  },
  { additionalProperties: false },
);
