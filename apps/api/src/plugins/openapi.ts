import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { ErrorReply } from "../schemas/error.schema.ts";

/** OpenAPI 3 document generated from the route schemas, at /openapi.json, with a docs page at /docs. */
export const openapi = fp(async (app: FastifyInstance) => {
  app.addSchema(ErrorReply);
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Lianpian 连片 API",
        description:
          "Web GIS for contiguous mine ecological restoration (集中连片综合治理) in Jincheng, Shanxi. " +
          "Vector tiles, OGC API – Features, and domain endpoints.",
        version: "0.1.0",
      },
      tags: [
        { name: "tiles", description: "Mapbox vector tiles and TileJSON" },
        { name: "features", description: "OGC API – Features Part 1" },
        { name: "system", description: "Health and metadata" },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: "/docs", uiConfig: { deepLinking: true } });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
});
