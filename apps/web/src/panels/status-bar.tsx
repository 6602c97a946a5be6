import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n-context.tsx";
import { cursorText } from "../map/identify-cursor.ts";
import type { MapStatus } from "../map/map-status.ts";

interface StatusBarProps {
  status: MapStatus;
  cursor: [number, number] | null;
  zoom: number | null;
  /** A live readout in place of `cursor` (e.g. one that follows the map by itself). */
  readout?: ReactNode;
}

/** Loading progress on the left; cursor position and zoom on the right. */
export function StatusBar({ status, cursor, zoom, readout }: StatusBarProps) {
  const { t, locale } = useI18n();
  let text: string;
  if (status.phase === "style") text = t("statusLoadingStyle");
  else if (status.phase === "tiles")
    text = `${t("statusLoadingTiles")} ${status.loaded} / ${status.loaded + status.pending}`;
  else if (status.phase === "ready") text = t("statusReady");
  else text = `${t("statusError")}: ${status.message}`;

  return (
    <footer className="lp-status" data-phase={status.phase}>
      <span className="lp-status-text" role="status" aria-live="polite">
        {(status.phase === "tiles" || status.phase === "style") && (
          <span className="lp-spinner" aria-hidden />
        )}
        {text}
      </span>
      <span className="lp-coords" data-testid="cursor">
        {readout}
        {[cursor && cursorText(cursor, locale), zoom !== null && `${t("zoom")} ${zoom.toFixed(1)}`]
          .filter(Boolean)
          .join(" · ")}
      </span>
    </footer>
  );
}
