import { type Static, Type } from "typebox";

/** The one error shape of every 4xx/5xx reply. */
export const ErrorReply = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: "stable machine-readable code" }),
      message: Type.String({ description: "zh-CN message" }),
      message_en: Type.String({ description: "English message" }),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: "ErrorReply", title: "Error" },
);
export type ErrorReply = Static<typeof ErrorReply>;

/** `{ 400: ErrorReply, 404: ErrorReply, … }` for a route's response schema. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, Type.Ref("ErrorReply")]));
}
