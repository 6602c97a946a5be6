import { type Static, Type } from "typebox";
import { ACCOUNT_ROLES } from "./roles.ts";

/** The logged-in user as /api/auth/login and /api/auth/me reply with it. */
export const SessionUser = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  display_name: Type.String(),
  role: Type.Enum([...ACCOUNT_ROLES]),
  must_change_password: Type.Boolean({
    description: "an admin set the password: change it before anything else",
  }),
});
export type SessionUser = Static<typeof SessionUser>;

/** A demo account the login page offers (only ever created on the embedded demo). */
export const DemoAccount = Type.Object({
  username: Type.String(),
  password: Type.String(),
  role: Type.String(),
  role_zh: Type.String(),
  role_en: Type.String(),
});
export type DemoAccount = Static<typeof DemoAccount>;
