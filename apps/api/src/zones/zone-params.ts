import { Type } from "typebox";

export const ZoneIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
export const ZoneVersionParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
  version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
});

/** Zone writes carry a geometry of at most GEOMETRY_CAPS.maxVertices positions: 1 MB is ample. */
export const ZONE_BODY_LIMIT_BYTES = 1024 * 1024;
