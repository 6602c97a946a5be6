import { useCallback, useEffect, useState } from "react";
import { type PackInfo, readMeta, type TileManifest } from "../store/field-db.ts";

export interface PackStatus {
  info: PackInfo | null;
  manifest: TileManifest | null;
  /** Bytes this site stores (navigator.storage.estimate), when the browser tells. */
  usage: number | null;
  reload(): void;
}

/** What the phone holds for offline use: the pack summary, the tile manifest, the storage used. */
export function usePackStatus(): PackStatus {
  const [state, setState] = useState<Omit<PackStatus, "reload">>({ info: null, manifest: null, usage: null });
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick asks for a fresh read
  useEffect(() => {
    let live = true;
    (async () => {
      const [info, manifest, estimate] = await Promise.all([
        readMeta("pack"),
        readMeta("tiles"),
        navigator.storage?.estimate?.().catch(() => undefined),
      ]);
      if (live) setState({ info: info ?? null, manifest: manifest ?? null, usage: estimate?.usage ?? null });
    })();
    return () => {
      live = false;
    };
  }, [tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
