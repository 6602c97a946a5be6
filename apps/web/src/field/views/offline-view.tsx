import { useEffect, useRef, useState } from "react";
import { formatDateTime } from "../../platform/format.ts";
import { pack } from "../api/field-api.ts";
import { useFieldText } from "../i18n/use-field-text.ts";
import { downloadHazardPack, recordTiles } from "../offline/hazard-pack.ts";
import { formatAge, formatDuration, timeLeftMs } from "../offline/pack-progress.ts";
import { persistStorage } from "../offline/persist-storage.ts";
import { type Bbox, bboxAround, bboxOf } from "../offline/tile-math.ts";
import { downloadTiles, type Progress, planTiles, type TilePlan } from "../offline/tile-pack.ts";
import { usePackStatus } from "../offline/use-pack-status.ts";
import { type InstallPrompt, onInstallPrompt } from "../pwa/register-pwa.ts";

type Area = "mine" | "around";
const RADII_KM = [2, 5, 10] as const;
const MIN_ZOOM = 8;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The area to keep; "mine" asks where the user's points are now (an estimate saves nothing: the download does). */
async function areaBbox(area: Area, radiusKm: number, here: [number, number] | null): Promise<Bbox | null> {
  if (area === "around") return here ? bboxAround(here[0], here[1], radiusKm * 1000) : null;
  const reply = await pack(null);
  const mine = new Set(reply.monitored_ids);
  return bboxOf(
    reply.hazards.filter((c) => mine.has(c.id)).map((c) => [c.lng, c.lat] as const),
    1000,
  );
}

/**
 * What the phone holds and how old it is; choose an area, see how big it
 * is, keep its points and map tiles. A cut download continues where it
 * stopped; an update fetches only changed cards and tiles.
 */
export function OfflineView({ here, online }: { here: [number, number] | null; online: boolean }) {
  const { t, locale } = useFieldText();
  const status = usePackStatus();
  const [area, setArea] = useState<Area>("around");
  const [radiusKm, setRadiusKm] = useState<number>(5);
  const [maxZoom, setMaxZoom] = useState(14);
  const [plan, setPlan] = useState<(TilePlan & { bbox: Bbox }) | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [finished, setFinished] = useState<{ progress: Progress; cards: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [install, setInstall] = useState<InstallPrompt | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    persistStorage().then(setPersisted);
    return onInstallPrompt(setInstall);
  }, []);
  useEffect(() => () => abort.current?.abort(), []);

  const run = async (step: (signal: AbortSignal) => Promise<void>) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setProblem(null);
    try {
      await step(controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
      status.reload();
    }
  };

  const estimate = () =>
    run(async (signal) => {
      setPlan(null);
      const bbox = await areaBbox(area, radiusKm, here);
      if (!bbox) throw new Error(t("needPosition"));
      setFinished(null);
      setPlan({
        ...(await planTiles(window.location.origin, bbox, { min: MIN_ZOOM, max: maxZoom }, signal)),
        bbox,
      });
    });

  const download = () =>
    run(async (signal) => {
      if (!plan) return;
      setFinished(null);
      const cards = await downloadHazardPack(plan.bbox);
      const done = await downloadTiles(plan, signal, setProgress);
      await recordTiles(plan.urls.length, done.bytes);
      setFinished({ progress: done, cards: cards.cardsChanged ?? cards.cardCount });
    });

  const { info, manifest } = status;
  const resumable = plan !== null && manifest?.key === plan.key && !manifest.complete;
  const updating = plan !== null && manifest?.key === plan.key && manifest.complete;
  const now = Date.now();
  const left = progress
    ? timeLeftMs(progress.done, progress.total, now - progress.startedAt, progress.held)
    : null;

  return (
    <section className="lpf-pack" data-testid="offline-view">
      <h2>{t("packTitle")}</h2>
      {persisted !== null && (
        <p className={persisted ? "lpf-note" : "lpf-warn"} data-testid="storage-persisted">
          <span aria-hidden="true">{persisted ? "✔" : "⚠"}</span>{" "}
          {persisted ? t("storagePersisted") : t("storageNotPersisted")}
        </p>
      )}
      <p data-testid="pack-info">
        {info
          ? `${t("packHolds")}: ${info.cardCount} ${t("points")} · ${info.tileCount} ${t("tiles")} · ${mb(info.tileBytes)} · ${t("packAge")} ${formatAge(Date.parse(info.generatedAt), now, locale)}（${formatDateTime(info.generatedAt, locale)}）`
          : t("packNone")}
        {status.usage !== null && ` · ${t("storageUsed")} ${mb(status.usage)}`}
      </p>
      {manifest && !manifest.complete && (
        <p className="lpf-warn" data-testid="pack-incomplete">
          <span aria-hidden="true">⚠</span> {t("packIncomplete")}（{Object.keys(manifest.tiles).length}{" "}
          {t("tiles")}）
        </p>
      )}
      <fieldset>
        <legend>{t("packArea")}</legend>
        <label className="lpf-toggle">
          <input type="radio" name="area" checked={area === "around"} onChange={() => setArea("around")} />
          {t("areaAround")}
          <select
            value={radiusKm}
            onChange={(e) => setRadiusKm(Number(e.target.value))}
            data-testid="pack-radius"
          >
            {RADII_KM.map((r) => (
              <option key={r} value={r}>
                {r} km
              </option>
            ))}
          </select>
        </label>
        <label className="lpf-toggle">
          <input type="radio" name="area" checked={area === "mine"} onChange={() => setArea("mine")} />
          {t("areaMine")}
        </label>
        <label className="lpf-toggle">
          {t("maxZoom")}
          <select
            value={maxZoom}
            onChange={(e) => setMaxZoom(Number(e.target.value))}
            data-testid="pack-max-zoom"
          >
            {[12, 13, 14, 15].map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {!online && <p className="lpf-warn">{t("needsNetwork")}</p>}
      <div className="lpf-actions">
        <button type="button" className="lpf-secondary" disabled={busy || !online} onClick={estimate}>
          {t("estimate")}
        </button>
        <button
          type="button"
          className="lpf-primary"
          disabled={busy || !online || !plan}
          onClick={download}
          data-testid="pack-download"
        >
          {resumable ? t("resume") : updating ? t("updatePack") : t("download")}
        </button>
        {busy && (
          <button type="button" className="lpf-secondary" onClick={() => abort.current?.abort()}>
            {t("cancel")}
          </button>
        )}
      </div>
      {plan && (
        <p data-testid="pack-estimate" data-to-fetch={plan.urls.length - plan.held} data-held={plan.held}>
          {t("estimate")}: {plan.urls.length} {t("tiles")} · ≈ {mb(plan.estimatedBytes)} · {t("alreadyHeld")}{" "}
          {plan.held} · {t("toFetch")} {plan.urls.length - plan.held}
          {plan.stale > 0 ? ` · ${t("staleTiles")} ${plan.stale}` : ""}
          <br />
          <small>{t("estimateNote")}</small>
        </p>
      )}
      {progress && (
        <div data-testid="pack-progress-box">
          <progress data-testid="pack-progress" max={progress.total} value={progress.done}>
            {progress.done}/{progress.total}
          </progress>
          <p data-testid="pack-progress-text" data-done={progress.done} data-total={progress.total}>
            {progress.done}/{progress.total} {t("tiles")} · {mb(progress.bytes)}
            {busy && left !== null
              ? ` · ${t("timeLeft")} ${formatDuration(left, locale)} ${t("timeLeftEn")}`
              : ""}
          </p>
        </div>
      )}
      {finished && (
        <p
          className="lpf-note"
          data-testid="pack-result"
          data-fetched={finished.progress.fetched}
          data-unchanged={finished.progress.unchanged}
          data-held={finished.progress.held}
        >
          <span aria-hidden="true">✔</span> {t("realSize")} {mb(finished.progress.bytes)} ·{" "}
          {t("fetchedTiles")} {finished.progress.fetched} · {t("unchangedTiles")}{" "}
          {finished.progress.unchanged} · {t("alreadyHeld")} {finished.progress.held} · {t("cardsUpdated")}{" "}
          {finished.cards}
        </p>
      )}
      {problem && <p className="lpf-error">{problem}</p>}
      {install && (
        <button type="button" className="lpf-primary" onClick={() => install.prompt()}>
          {t("install")}
        </button>
      )}
    </section>
  );
}
