import { useCallback, useEffect, useRef, useState } from "react";

export type PositionState =
  | { kind: "none"; denied: boolean }
  | { kind: "locating" }
  | { kind: "gps"; lngLat: [number, number]; accuracyM: number }
  | { kind: "manual"; lngLat: [number, number] };

/**
 * Where the user is: the browser's geolocation (watched while the face is
 * open), or a position picked on the map when there is none or it is wrong.
 * A manual pick wins until the user asks to locate again.
 */
export function usePosition() {
  const [state, setState] = useState<PositionState>({ kind: "none", denied: false });
  const watch = useRef<number | null>(null);

  const stop = useCallback(() => {
    if (watch.current !== null) navigator.geolocation?.clearWatch(watch.current);
    watch.current = null;
  }, []);

  const locate = useCallback(() => {
    stop();
    if (!navigator.geolocation) {
      setState({ kind: "none", denied: true });
      return;
    }
    setState((s) => (s.kind === "gps" ? s : { kind: "locating" }));
    watch.current = navigator.geolocation.watchPosition(
      (p) =>
        setState({
          kind: "gps",
          lngLat: [p.coords.longitude, p.coords.latitude],
          accuracyM: Math.round(p.coords.accuracy),
        }),
      () => setState((s) => (s.kind === "gps" ? s : { kind: "none", denied: true })),
      { enableHighAccuracy: true, maximumAge: 30_000, timeout: 20_000 },
    );
  }, [stop]);

  const pick = useCallback(
    (lngLat: [number, number]) => {
      stop();
      setState({ kind: "manual", lngLat });
    },
    [stop],
  );

  useEffect(() => {
    locate();
    return stop;
  }, [locate, stop]);

  const lngLat = state.kind === "gps" || state.kind === "manual" ? state.lngLat : null;
  return { state, lngLat, locate, pick };
}
