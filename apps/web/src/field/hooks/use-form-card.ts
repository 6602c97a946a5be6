import type { HazardCard } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { card as fetchCard } from "../api/field-api.ts";
import { cachedCard, saveCards } from "../store/cards-store.ts";

/**
 * The card an inspection is made against: the copy on the phone (the version
 * the user downloaded and read), fetched only when there is none. Its
 * version goes with the inspection, so a later change on the server shows
 * up as a conflict instead of passing silently.
 */
export function useFormCard(id: number, online: boolean): { card: HazardCard | null; loading: boolean } {
  const [state, setState] = useState<{ card: HazardCard | null; loading: boolean }>({
    card: null,
    loading: true,
  });
  useEffect(() => {
    let live = true;
    (async () => {
      let found: HazardCard | null = (await cachedCard(id)) ?? null;
      if (!found && online) {
        try {
          const reply = await fetchCard(id);
          found = reply.card;
          if (reply.private) await saveCards([reply.card]);
        } catch (error) {
          console.warn("[form] card unavailable", error);
        }
      }
      if (live) setState({ card: found, loading: false });
    })();
    return () => {
      live = false;
    };
  }, [id, online]);
  return state;
}
