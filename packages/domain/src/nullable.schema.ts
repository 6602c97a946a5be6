import { Type } from "typebox";

/**
 * `T | null`. Safe in request bodies too: the API does not coerce JSON
 * bodies, so a `null` is never turned into 0 or "" by the first branch.
 */
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
