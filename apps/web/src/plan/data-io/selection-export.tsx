import { usePlanText } from "../i18n/use-plan-text.ts";
import type { SelectedRef } from "../selection/selection-state.ts";
import type { ExportTarget } from "./export-request.ts";
import { layerTitle } from "./import-layers.ts";

interface SelectionExportProps {
  selection: readonly SelectedRef[];
  onExport(target: ExportTarget, title: string): void;
}

/** The selected features' export: one button per layer they are on, with their ids. */
export function SelectionExport({ selection, onExport }: SelectionExportProps) {
  const { t, locale } = usePlanText();
  const byLayer = new Map<string, string[]>();
  for (const s of selection) byLayer.set(s.layer, [...(byLayer.get(s.layer) ?? []), s.id]);
  if (byLayer.size === 0) return null;
  return (
    <div className="lp-plan-row" data-testid="selection-export">
      {[...byLayer].map(([layer, ids]) => (
        <button
          key={layer}
          type="button"
          onClick={() =>
            onExport({ kind: "layer", layer, ids }, `${layerTitle(layer, locale)} (${ids.length})`)
          }
        >
          {t("ioExportSelected")} {layerTitle(layer, locale)} ({ids.length})
        </button>
      ))}
    </div>
  );
}
