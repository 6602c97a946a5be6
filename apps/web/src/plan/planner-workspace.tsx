import type { SessionUser as User } from "@lianpian/domain";
import { CursorReadout } from "../map/identify-cursor-readout.tsx";
import type { LayerGroupId } from "../map/layer-catalog.ts";
import { LayerPanel } from "../panels/layer-panel.tsx";
import { StatusBar } from "../panels/status-bar.tsx";
import { BasemapSwitcher } from "./basemap/basemap-switcher.tsx";
import { layerTitle } from "./data-io/import-layers.ts";
import { usePlanText } from "./i18n/use-plan-text.ts";
import { PlannerMap } from "./map/planner-map.tsx";
import { PlannerContext } from "./planner-context.ts";
import { SearchBox } from "./search/search-box.tsx";
import { SidePanel } from "./shell/side-panel.tsx";
import { useWorkbench, WorkbenchTable, WorkbenchTools } from "./table/workbench.tsx";
import { TabBar } from "./tabs/tab-bar.tsx";
import { TabContent } from "./tabs/tab-content.tsx";
import { usePlanOverlay } from "./use-plan-overlay.ts";
import { usePlannerStore } from "./use-planner-store.ts";

/** The planner's workspace: map with drawing, and the panels that work on the outline and the zone. */
export function PlannerWorkspace({ user, onLogout }: { user: User; onLogout(): void }) {
  const { t, locale } = usePlanText();
  const store = usePlannerStore(user);
  const { map, notice, session, visibility, setVisibility, exporter, mapEvents } = store;
  const overlay = usePlanOverlay(store);
  const workbench = useWorkbench();

  return (
    <PlannerContext.Provider value={store}>
      <main className="lp-planner" data-testid="planner">
        <SidePanel wide={store.tab === "import"} map={map}>
          <div className="lp-plan-row lp-planner-user">
            <span data-testid="planner-user">{user.display_name}</span>
            <button type="button" onClick={onLogout}>
              {t("logout")}
            </button>
          </div>
          <SearchBox map={map} locale={locale} />
          <BasemapSwitcher map={map} locale={locale} />
          <TabBar />
          {notice && (
            <p
              className={notice.kind === "ok" ? "lp-plan-ok" : "lp-plan-warn"}
              role="status"
              data-testid="notice"
            >
              {notice.text}
            </p>
          )}
          <TabContent />
          <details className="lp-planner-layers">
            <summary>{t("layers")}</summary>
            <LayerPanel
              visibility={visibility}
              onToggle={(id: LayerGroupId, visible: boolean) =>
                setVisibility((v) => ({ ...v, [id]: visible }))
              }
              onExport={(layer) => exporter.open({ kind: "layer", layer }, layerTitle(layer, locale))}
            />
          </details>
        </SidePanel>
        <div className="lp-stage">
          <PlannerMap
            locale={locale}
            visibility={visibility}
            overlay={overlay}
            popupSelection={store.popup}
            zonesRevision={session.writes + store.dataWrites}
            {...mapEvents}
            selection={store.selection}
            measuring={workbench.measuring}
          />
          <WorkbenchTools workbench={workbench} />
          <WorkbenchTable workbench={workbench} />
          <StatusBar
            status={store.status}
            cursor={null}
            zoom={null}
            readout={<CursorReadout map={map} locale={locale} />}
          />
        </div>
        {exporter.dialog}
      </main>
    </PlannerContext.Provider>
  );
}
