import { useEffect, useRef, useState } from "react";
import { useFieldText } from "../i18n/use-field-text.ts";
import { downloadHazardPack, recordTiles } from "../offline/hazard-pack.ts";
import { persistStorage } from "../offline/persist-storage.ts";
import { type Bbox, bboxAround, bboxOf } from "../offline/tile-math.ts";
import { downloadTiles, type Progress, planTiles, type TilePlan } from "../offline/tile-pack.ts";
import { type InstallPrompt, onInstallPrompt } from "../pwa/register-pwa.ts";
import { allCards } from "../store/cards-store.ts";
import { type PackInfo, readMeta } from "../store/field-db.ts";

type Area = "mine" | "around";
const RADII_KM = [2, 5, 10] as const;
const MIN_ZOOM = 8;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function areaBbox(area: Area, radiusKm: number, here: [number, number] | null): Promise<Bbox | null> {
  if (area === "around") return here ? bboxAround(here[0], here[1], radiusKm * 1000) : null;
  const info = await downloadHazardPack(null);
  const mine = new Set(info.monitoredIds);
  const cards = (await allCards()).filter((c) => mine.has(c.id));
  return bboxOf(
    cards.map((c) => [c.lng, c.lat] as const),
    1000,
  );
}

/** Choose an area, see how big it is, keep its points and map tiles on the phone. */
export function OfflineView({ here, online }: { here: [number, number] | null; online: boolean }) {
  const { ft } = useFieldText();
  const [area, setArea] = useState<Area>("around");
  const [radiusKm, setRadiusKm] = useState<number>(5);
  const [maxZoom, setMaxZoom] = useState(14);
  const [plan, setPlan] = useState<(TilePlan & { bbox: Bbox }) | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [info, setInfo] = useState<PackInfo | null>(null);
  const [install, setInstall] = useState<InstallPrompt | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    readMeta("pack").then((p) => setInfo(p ?? null));
    persistStorage().then(setPersisted);
    return onInstallPrompt(setInstall);
  }, []);
  useEffect(() => () => abort.current?.abort(), []);

  const run = async (step: () => Promise<void>) => {
    abort.current?.abort();
    abort.current = new AbortController();
    setBusy(true);
    setProblem(null);
    try {
      await step();
    } catch (error) {
      if (!abort.current.signal.aborted) setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const estimate = () =>
    run(async () => {
      const bbox = await areaBbox(area, radiusKm, here);
      if (!bbox) throw new Error(ft("needPosition"));
      const signal = abort.current?.signal ?? new AbortController().signal;
      setPlan({
        ...(await planTiles(window.location.origin, bbox, { min: MIN_ZOOM, max: maxZoom }, signal)),
        bbox,
      });
    });

  const download = () =>
    run(async () => {
      if (!plan) return;
      const signal = abort.current?.signal ?? new AbortController().signal;
      await downloadHazardPack(plan.bbox);
      const done = await downloadTiles(plan, signal, setProgress);
      await recordTiles(done.done, done.bytes);
      setInfo((await readMeta("pack")) ?? null);
    });

  return (
    <section className="lpf-pack" data-testid="offline-view">
      <h2>{ft("packTitle")}</h2>
      {persisted !== null && (
        <p className={persisted ? "lpf-note" : "lpf-warn"} data-testid="storage-persisted">
          <span aria-hidden="true">{persisted ? "✔" : "⚠"}</span>{" "}
          {persisted ? ft("storagePersisted") : ft("storageNotPersisted")}
        </p>
      )}
      <p data-testid="pack-info">
        {info
          ? `${ft("packReady")} ${new Date(info.generatedAt).toLocaleString()} · ${info.cardCount} ${ft("points")} · ${info.tileCount} ${ft("tiles")} · ${mb(info.tileBytes)}`
          : ft("packNone")}
      </p>
      <fieldset>
        <legend>{ft("packArea")}</legend>
        <label className="lpf-toggle">
          <input type="radio" name="area" checked={area === "around"} onChange={() => setArea("around")} />
          {ft("areaAround")}
          <select value={radiusKm} onChange={(e) => setRadiusKm(Number(e.target.value))}>
            {RADII_KM.map((r) => (
              <option key={r} value={r}>
                {r} km
              </option>
            ))}
          </select>
        </label>
        <label className="lpf-toggle">
          <input type="radio" name="area" checked={area === "mine"} onChange={() => setArea("mine")} />
          {ft("areaMine")}
        </label>
        <label className="lpf-toggle">
          {ft("maxZoom")}
          <select value={maxZoom} onChange={(e) => setMaxZoom(Number(e.target.value))}>
            {[12, 13, 14, 15].map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {!online && <p className="lpf-warn">{ft("needsNetwork")}</p>}
      <div className="lpf-actions">
        <button type="button" className="lpf-secondary" disabled={busy || !online} onClick={estimate}>
          {ft("estimate")}
        </button>
        <button type="button" className="lpf-primary" disabled={busy || !online || !plan} onClick={download}>
          {ft("download")}
        </button>
        {busy && (
          <button type="button" className="lpf-secondary" onClick={() => abort.current?.abort()}>
            {ft("cancel")}
          </button>
        )}
      </div>
      {plan && (
        <p data-testid="pack-estimate">
          {ft("estimate")}: {plan.urls.length} {ft("tiles")} · ≈ {mb(plan.estimatedBytes)}
        </p>
      )}
      {progress && (
        <progress data-testid="pack-progress" max={progress.total} value={progress.done}>
          {progress.done}/{progress.total}
        </progress>
      )}
      {problem && <p className="lpf-error">{problem}</p>}
      {install && (
        <button type="button" className="lpf-primary" onClick={() => install.prompt()}>
          {ft("install")}
        </button>
      )}
    </section>
  );
}
