import { lazy, Suspense, useState } from "react";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { MeasureToolbar } from "../measure/measure-toolbar.tsx";
import { usePlanner } from "../planner-context.ts";
import { tableText } from "./table-text.ts";

// The table loads when it is first opened.
const AttributeTable = lazy(() =>
  import("./attribute-table.tsx").then((m) => ({ default: m.AttributeTable })),
);

/** The map's workbench state: the attribute table open or not, a measuring tool on or not. */
export function useWorkbench() {
  const [tableOpen, setTableOpen] = useState(false);
  const [measuring, setMeasuring] = useState(false);
  return { tableOpen, setTableOpen, measuring, setMeasuring };
}
export type Workbench = ReturnType<typeof useWorkbench>;

/** The tools over the map: measure (distance, area, circle) and the attribute table's switch. */
export function WorkbenchTools({ workbench }: { workbench: Workbench }) {
  const { map } = usePlanner();
  const { locale } = usePlanText();
  return (
    <MeasureToolbar map={map} locale={locale} onActive={workbench.setMeasuring}>
      <button
        type="button"
        data-testid="table-toggle"
        aria-pressed={workbench.tableOpen}
        onClick={() => workbench.setTableOpen(!workbench.tableOpen)}
      >
        {tableText("open", locale)}
      </button>
    </MeasureToolbar>
  );
}

/** The attribute table under the map, tied to the planner's selection, open zone and drawn outline. */
export function WorkbenchTable({ workbench }: { workbench: Workbench }) {
  const { map, selection, setSelection, session, exporter } = usePlanner();
  const { locale } = usePlanText();
  if (!workbench.tableOpen) return null;
  return (
    <Suspense fallback={null}>
      <AttributeTable
        map={map}
        locale={locale}
        selection={selection}
        onSelection={setSelection}
        zoneId={session.zone?.id ?? null}
        outline={session.outline}
        onExport={exporter.open}
        onClose={() => workbench.setTableOpen(false)}
      />
    </Suspense>
  );
}
