import { type KeyboardEvent, useRef } from "react";
import { type PublicMessageKey, usePublicText } from "./public-messages.ts";
import type { PublicTab } from "./url-state.ts";

const TAB_LABEL: Record<PublicTab, PublicMessageKey> = {
  map: "tabMap",
  charts: "tabCharts",
  report: "tabReport",
  track: "tabTrack",
  triage: "tabTriage",
};

/** WAI-ARIA tabs: arrow keys, Home and End move between them. */
export function PublicTabs({
  tabs,
  current,
  onTab,
}: {
  tabs: readonly PublicTab[];
  current: PublicTab;
  onTab(tab: PublicTab): void;
}) {
  const { t } = usePublicText();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next];
    if (tab) onTab(tab);
    refs.current[next]?.focus();
  };
  return (
    <div className="lp-pub-tabs" role="tablist" aria-label={t("tabsLabel")}>
      {tabs.map((tab, i) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${tab}`}
          aria-selected={current === tab}
          aria-controls="public-panel"
          tabIndex={current === tab ? 0 : -1}
          data-tab={tab}
          onClick={() => onTab(tab)}
          onKeyDown={(e) => move(e, i)}
        >
          {t(TAB_LABEL[tab])}
        </button>
      ))}
    </div>
  );
}
