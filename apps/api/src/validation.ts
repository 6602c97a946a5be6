import ajvCompiler from "@fastify/ajv-compiler";
import type { FastifyServerOptions } from "fastify";

/** What Fastify hands a validator compiler for one part of one route. */
interface RouteSchema {
  schema: unknown;
  httpPart?: string;
}
type Compile = (route: RouteSchema) => unknown;

const SHARED = { removeAdditional: false, useDefaults: true } as const;

/**
 * Two validators. The URL's parts (params, query string) and headers arrive
 * as text, so they are coerced to the schema's types ("12" → 12, a repeated
 * key → an array). A JSON body carries its own types and is checked as sent:
 * coercing it would turn `null` into 0 or "" in the first branch of a
 * `T | null` union (a cleared budget stored as 0 万元), and let "12" pass
 * for a number.
 */
export const schemaController: NonNullable<FastifyServerOptions["schemaController"]> = {
  compilersFactory: {
    buildValidator(externalSchemas: Record<string, unknown>) {
      const build = (coerceTypes: "array" | false, allErrors: boolean) =>
        ajvCompiler()(externalSchemas as never, {
          customOptions: { ...SHARED, coerceTypes, allErrors },
        }) as unknown as Compile;
      // A URL's parts are small: every problem is listed. A body may be megabytes of repeated
      // items: the validator stops at the first problem, so a hostile body costs nothing to refuse.
      const fromUrl = build("array", true);
      const fromBody = build(false, false);
      const compile: Compile = (route) => (route.httpPart === "body" ? fromBody : fromUrl)(route);
      return compile as unknown as ReturnType<ReturnType<typeof ajvCompiler>>;
    },
  },
};
