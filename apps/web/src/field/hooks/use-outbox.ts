import { useEffect, useState } from "react";
import { listOutbox, subscribeOutbox } from "../outbox/outbox-store.ts";
import type { OutboxItem } from "../store/field-db.ts";

/** The outbox items, newest first, kept current. */
export function useOutbox(): OutboxItem[] {
  const [items, setItems] = useState<OutboxItem[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => {
      listOutbox()
        .then((next) => {
          if (live) setItems(next);
        })
        .catch((error) => console.warn("[outbox]", error));
    };
    load();
    const stop = subscribeOutbox(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return items;
}
