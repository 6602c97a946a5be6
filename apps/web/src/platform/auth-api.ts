import type { DemoAccount, SessionUser } from "@lianpian/domain";
import { ApiFailure, call } from "./api-client.ts";

/** The session calls every face makes (planner, admin, field, staff triage), through the one client. */
export const authApi = {
  /** The logged-in user; an ApiFailure (401) when there is no session. */
  me: () => call<{ user: SessionUser }>("GET", "/api/auth/me").then((r) => r.user),
  /** The logged-in user, or null when there is no session (other failures still throw). */
  meOrNull: () =>
    authApi.me().catch((error: unknown) => {
      if (error instanceof ApiFailure && error.status === 401) return null;
      throw error;
    }),
  login: (username: string, password: string) =>
    call<{ user: SessionUser }>("POST", "/api/auth/login", { username, password }).then((r) => r.user),
  logout: () => call<void>("POST", "/api/auth/logout"),
  demoAccounts: () =>
    call<{ accounts: DemoAccount[] }>("GET", "/api/auth/demo-accounts").then((r) => r.accounts),
};
