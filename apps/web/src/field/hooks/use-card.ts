import type { CardReply, HazardCard } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { card as fetchCard } from "../api/field-api.ts";
import { cachedCard, saveCards } from "../store/cards-store.ts";

export interface CardState {
  card: HazardCard | null;
  recent: CardReply["recent_inspections"];
  /** The server's copy (and now cached), or the cached one. */
  source: "server" | "cache" | null;
  loading: boolean;
}

/**
 * A point's card: fresh from the server when possible (and kept for offline
 * use, so the version an inspection carries is the one the user saw), else
 * the cached copy.
 */
export function useCard(id: number, online: boolean): CardState {
  const [state, setState] = useState<CardState>({ card: null, recent: [], source: null, loading: true });
  useEffect(() => {
    let live = true;
    (async () => {
      if (online) {
        try {
          const reply = await fetchCard(id);
          if (reply.private) await saveCards([reply.card]);
          if (live)
            setState({
              card: reply.card,
              recent: reply.recent_inspections,
              source: "server",
              loading: false,
            });
          return;
        } catch (error) {
          console.warn("[card] server unavailable, using the cached card", error);
        }
      }
      const cached = (await cachedCard(id)) ?? null;
      if (live) setState({ card: cached, recent: [], source: cached ? "cache" : null, loading: false });
    })();
    return () => {
      live = false;
    };
  }, [id, online]);
  return state;
}
