import "./public.css";
import "./report/citizen-report.css";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n-context.tsx";
import type { MapStatus } from "../map/map-status.ts";
import { dataOf, useApi } from "../platform/use-api.ts";
import { PublicLegend } from "./map/public-legend.tsx";
import { PublicMap } from "./map/public-map.tsx";
import type { PublicStyleInput } from "./map/public-style.ts";
import { TimeSlider } from "./map/time-slider.tsx";
import { publicApi } from "./public-api.ts";
import { usePublicText } from "./public-messages.ts";
import { PublicTabs } from "./public-tabs.tsx";
import { ReportForm } from "./report/report-form.tsx";
import { TrackLookup } from "./report/track-lookup.tsx";
import { SharePanel } from "./share-panel.tsx";
import { type MapAt, type PublicView, parseView, viewQuery } from "./url-state.ts";

const TABS = ["map", "charts", "report", "track"] as const;

// ECharts is large: its chunk loads when a chart is first shown, not with the map.
const DashboardPanel = lazy(() =>
  import("./dashboard/dashboard-panel.tsx").then((m) => ({ default: m.DashboardPanel })),
);
// Staff triage is for a few logged-in users: it loads when its tab opens.
const TriageView = lazy(() => import("./triage/triage-view.tsx").then((m) => ({ default: m.TriageView })));

/** Reads the view from the address bar and keeps the address bar equal to the view (shareable). */
function useView() {
  const [view, setView] = useState<PublicView>(() => parseView(window.location.search));
  const update = useCallback((patch: Partial<PublicView>) => {
    setView((current) => {
      const next = { ...current, ...patch };
      window.history.replaceState(null, "", `/public${viewQuery(next)}`);
      return next;
    });
  }, []);
  return [view, update] as const;
}

/**
 * /public: the restoration progress map with its time slider and legend,
 * the dashboards, the citizen report and its status lookup, and (behind a
 * login) the staff triage. Every filter lives in the URL; `embed=1` gives an
 * iframe-friendly page with the map or one chart.
 */
export function PublicFace() {
  const { locale, setLocale } = useI18n();
  const { t } = usePublicText();
  const [view, setView] = useView();
  const [picking, setPicking] = useState(false);
  const [pick, setPick] = useState<readonly [number, number] | null>(null);
  const [centreRequest, setCentreRequest] = useState(0);
  const [status, setStatus] = useState<MapStatus>({ phase: "style" });

  // The link's language wins once; afterwards the switch in the header writes it back.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on arrival only
  useEffect(() => {
    if (view.locale && view.locale !== locale) setLocale(view.locale);
  }, []);
  useEffect(() => setView({ locale: locale === "zh" ? null : locale }), [locale, setView]);

  const config = dataOf(useApi((signal) => publicApi.config(signal), []).result);
  const year = view.year ?? config?.years.current ?? null;
  const progress = dataOf(
    useApi((signal) => publicApi.progress(view.county, year, signal), [view.county, year], {
      enabled: year !== null,
    }).result,
  );
  const regions = dataOf(useApi((signal) => publicApi.regions(signal), []).result);
  const wantCharts = view.embed ? view.chart !== null : view.tab === "charts";
  const dashboard = useApi((signal) => publicApi.dashboard(view.county, year, signal), [view.county, year], {
    enabled: wantCharts && year !== null,
  });

  const input = useMemo<PublicStyleInput>(
    () => ({
      locale,
      layers: view.layers,
      county: view.county,
      pick,
      progress: progress
        ? {
            zones: new Map(progress.zones.map((z) => [z.id, z.state])),
            subsidence: new Map(progress.subsidence.map((s) => [s.id, s.state])),
          }
        : null,
      regions: (regions?.features ?? [])
        .filter((f) => f.properties.approximate && f.geometry)
        .map((f) => ({
          id: f.id,
          geometry: f.geometry,
          name: `${locale === "zh" ? f.properties.name_zh : f.properties.name_en}${t("sketch")}`,
        })),
    }),
    [locale, view.layers, view.county, pick, progress, regions, t],
  );

  const focus = useMemo(() => {
    const [w, s, e, n] = config?.counties.find((c) => c.code === view.county)?.bbox ?? [];
    return w !== undefined && s !== undefined && e !== undefined && n !== undefined
      ? ([w, s, e, n] as const)
      : null;
  }, [config, view.county]);

  // staff see a report's place up close, and so does the reporter once a place is chosen
  const [flyTo, setFlyTo] = useState<readonly [number, number] | null>(null);
  const onPick = useCallback((lngLat: [number, number] | null) => {
    setPick(lngLat);
    if (lngLat) {
      setPicking(false);
      setFlyTo(lngLat);
    }
  }, []);
  const showOnMap = useCallback((lngLat: [number, number]) => {
    setPick(lngLat);
    setFlyTo(lngLat);
  }, []);
  // the link carries the map's position and zoom too
  const [initialAt] = useState(view.at);
  const onMoved = useCallback((at: MapAt) => setView({ at }), [setView]);

  const slider = year !== null && <TimeSlider year={year} onYear={(y) => setView({ year: y })} />;
  const county = (
    <label className="lp-pub-county">
      {t("county")}
      <select
        value={view.county ?? ""}
        data-testid="county-filter"
        onChange={(e) => setView({ county: e.currentTarget.value || null })}
      >
        <option value="">{t("allCounties")}</option>
        {config?.counties.map((c) => (
          <option key={c.code} value={c.code}>
            {locale === "zh" ? c.name_zh : c.name_en}
          </option>
        ))}
      </select>
    </label>
  );
  const charts =
    dashboard.result.state === "ok" ? (
      <Suspense fallback={<p className="lp-pub-note">{t("loading")}</p>}>
        <DashboardPanel data={dashboard.result.data} only={view.embed ? view.chart : null} />
      </Suspense>
    ) : dashboard.result.state === "error" ? (
      <p className="lp-pub-error" role="alert">
        {t("loadFailed")}{" "}
        <button type="button" onClick={dashboard.retry}>
          {t("retry")}
        </button>
      </p>
    ) : (
      <p className="lp-pub-note">{t("loading")}</p>
    );
  const fullLink = `/public${viewQuery({ ...view, embed: false, chart: null })}`;
  const review = config?.map_review_number && (
    <p className="lp-pub-review" data-testid="map-review-number">
      {t("reviewNumber")}
      {locale === "zh" ? "：" : ": "}
      {config.map_review_number}
    </p>
  );

  if (view.embed && view.chart) {
    return (
      <main className="lp-pub lp-embed lp-pub-embed-chart">
        {county}
        {slider}
        {charts}
        <a className="lp-pub-open" href={fullLink} target="_blank" rel="noopener">
          {t("openFull")} ↗
        </a>
      </main>
    );
  }

  const map = (
    <div className="lp-pub-map-area" data-map-status={status.phase}>
      <PublicMap
        locale={locale}
        input={input}
        picking={picking}
        focus={focus}
        centreRequest={centreRequest}
        onPick={onPick}
        onStatus={setStatus}
        initialAt={initialAt}
        onMoved={onMoved}
        flyTo={flyTo}
      />
      {review}
    </div>
  );
  if (view.embed) {
    return (
      <main className="lp-pub lp-embed">
        {map}
        <div className="lp-pub-embed-bar">
          {slider}
          <details className="lp-pub-embed-legend" open>
            <summary>{t("legend")}</summary>
            <PublicLegend
              layers={view.layers}
              progress={progress ?? null}
              onLayers={(layers) => setView({ layers })}
            />
          </details>
          <a className="lp-pub-open" href={fullLink} target="_blank" rel="noopener">
            {t("openFull")} ↗
          </a>
        </div>
      </main>
    );
  }

  return (
    <main className={`lp-pub lp-pub-tab-${view.tab}`}>
      {map}
      <aside className="lp-pub-panel">
        <div className="lp-pub-filters">
          {county}
          {slider}
        </div>
        {view.tab !== "triage" && (
          <PublicTabs tabs={TABS} current={view.tab} onTab={(tab) => setView({ tab })} />
        )}
        <div id="public-panel" role="tabpanel" aria-labelledby={`tab-${view.tab}`} className="lp-pub-body">
          {view.tab === "map" && (
            <PublicLegend
              layers={view.layers}
              progress={progress ?? null}
              onLayers={(layers) => setView({ layers })}
            />
          )}
          {view.tab === "charts" && charts}
          {view.tab === "report" && config && (
            <ReportForm
              limits={config.limits}
              pick={pick}
              picking={picking}
              onPicking={setPicking}
              onPick={onPick}
              onPickCentre={() => setCentreRequest((n) => n + 1)}
              onTrack={(code) => setView({ tab: "track", code })}
            />
          )}
          {view.tab === "track" && (
            <TrackLookup initialCode={view.code} onCode={(code) => setView({ code })} />
          )}
          {view.tab === "triage" && (
            <Suspense fallback={<p className="lp-pub-note">{t("loading")}</p>}>
              <TriageView onShow={showOnMap} />
            </Suspense>
          )}
        </div>
        <footer className="lp-pub-foot">
          <p className="lp-pub-note">{t("demoNotice")}</p>
          <SharePanel view={view} />
          <a
            href="/public?tab=triage"
            className="lp-pub-staff"
            onClick={(e) => {
              e.preventDefault();
              setView({ tab: view.tab === "triage" ? "map" : "triage" });
            }}
          >
            {view.tab === "triage" ? t("tabMap") : t("tabTriage")}
          </a>
        </footer>
      </aside>
    </main>
  );
}
