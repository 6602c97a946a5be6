import { useCallback, useEffect, useState } from "react";
import { ApiFailure, isNetworkFailure } from "../../platform/api-client.ts";
import { authApi } from "../../platform/auth-api.ts";
import { retryAttention } from "../outbox/outbox-store.ts";
import { readMeta, type SessionUser, writeMeta } from "../store/field-db.ts";

export type LoginError = "credentials" | "offline" | "other";

/**
 * Who is logged in. The user is remembered in IndexedDB so the face opens
 * offline; the session cookie itself is checked whenever the network is there.
 */
export function useSession() {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    (async () => {
      const remembered = (await readMeta("session")) ?? null;
      if (live) setUser(remembered);
      try {
        const current = await authApi.meOrNull();
        if (!live) return;
        await writeMeta("session", current ?? undefined);
        setUser(current);
      } catch (error) {
        // Offline: keep the remembered user; the outbox sends once a session works again.
        if (!isNetworkFailure(error)) console.warn("[session]", error);
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  const login = useCallback(async (username: string, password: string): Promise<LoginError | null> => {
    try {
      const u = await authApi.login(username, password);
      await writeMeta("session", u);
      setUser(u);
      await retryAttention(true);
      return null;
    } catch (error) {
      if (isNetworkFailure(error)) return "offline";
      if (error instanceof ApiFailure && error.status === 401) return "credentials";
      return "other";
    }
  }, []);

  const logout = useCallback(async () => {
    await authApi.logout().catch(() => {});
    await writeMeta("session", undefined);
    setUser(null);
  }, []);

  return { user, login, logout };
}
