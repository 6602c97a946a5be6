import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { SEARCH_QUERY_MAX, search } from "@lianpian/db";
import { can } from "@lianpian/domain";
import { Type } from "typebox";
import { roleOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 2 });
const SearchReply = Type.Object({
  query: Type.String(),
  coordinates: Type.Array(Type.Object({ position: Position, read_as: Type.String(), label: Type.String() })),
  groups: Type.Array(
    Type.Object({
      kind: Type.Union([
        Type.Literal("mine"),
        Type.Literal("hazard"),
        Type.Literal("village"),
        Type.Literal("zone"),
      ]),
      more: Type.Boolean(),
      hits: Type.Array(
        Type.Object({
          kind: Type.String(),
          id: Type.Integer(),
          label: Type.String(),
          detail: Type.Union([Type.String(), Type.Null()]),
          position: Position,
          bbox: Type.Array(Type.Number(), { minItems: 4, maxItems: 4 }),
        }),
      ),
    }),
  ),
});

/**
 * One search box for every face: mines (name, licence, right holder), hazard
 * points (unified code, name), villages, zones (code, name — drafts only for
 * readers with zones.read, as on the layers) and typed coordinates.
 */
export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/search",
    {
      schema: {
        tags: ["search"],
        summary: "Find mines, hazard points, villages, zones and typed coordinates (lon/lat, DMS, GK X/Y)",
        querystring: Type.Object(
          {
            q: Type.String({ minLength: 1, maxLength: SEARCH_QUERY_MAX }),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 8 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: SearchReply, ...errorResponses(400) },
      },
    },
    async (request) =>
      search(request.readDb(), request.query.q, {
        includeDrafts: can(roleOf(request), "zones.read"),
        limit: request.query.limit,
      }),
  );
};
