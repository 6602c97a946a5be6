import { Type } from "typebox";

/** Path parameters of one inspection; its reply shapes live in @lianpian/domain. */
export const ClientKeyParams = Type.Object({ key: Type.String({ format: "uuid" }) });
