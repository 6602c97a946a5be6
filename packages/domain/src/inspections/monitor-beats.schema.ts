import { type Static, Type } from "typebox";

/**
 * Group monitoring beats (群测群防): which hazard points each field account
 * watches. Shared by the API (validation, OpenAPI), the repository and the
 * planner's web app (types).
 */

/** A hazard point of a monitor's beat, as the planner lists it. */
export const BeatPoint = Type.Object({
  id: Type.Integer(),
  unified_code: Type.String(),
  name_zh: Type.String(),
  hazard_type: Type.String(),
  danger_grade: Type.String(),
  lng: Type.Number(),
  lat: Type.Number(),
});
export type BeatPoint = Static<typeof BeatPoint>;

/** A field account (群测群防员) and the hazard points it watches. */
export const MonitorBeat = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  display_name: Type.String(),
  disabled: Type.Boolean(),
  points: Type.Array(BeatPoint),
});
export type MonitorBeat = Static<typeof MonitorBeat>;
