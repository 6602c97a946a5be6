import { PHOTO_MAX_PER_INSPECTION } from "@lianpian/domain";
import { type ChangeEvent, useState } from "react";
import { useFieldText } from "../i18n/use-field-text.ts";
import { type PreparedPhoto, preparePhoto } from "../photos/prepare-photo.ts";

/** Photos from the camera or from files, resized on the phone as soon as they are picked. */
export function PhotoPicker({
  photos,
  onChange,
}: {
  photos: PreparedPhoto[];
  onChange(next: PreparedPhoto[]): void;
}) {
  const { t } = useFieldText();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    setBusy(true);
    setProblem(null);
    const next = [...photos];
    for (const file of files.slice(0, PHOTO_MAX_PER_INSPECTION - photos.length)) {
      const prepared = await preparePhoto(file);
      if (prepared === "not_an_image") setProblem(`${file.name}: ${t("photoNotImage")}`);
      else if (prepared === "too_large") setProblem(`${file.name}: ${t("photoTooLarge")}`);
      else if (!next.some((p) => p.sha256 === prepared.sha256)) next.push(prepared);
    }
    onChange(next);
    setBusy(false);
  };

  const remove = (photo: PreparedPhoto) => {
    URL.revokeObjectURL(photo.previewUrl);
    onChange(photos.filter((p) => p !== photo));
  };

  const full = photos.length >= PHOTO_MAX_PER_INSPECTION;
  return (
    <fieldset className="lpf-photos">
      <legend>
        {t("photos")} <small>{t("photoLimit")}</small>
      </legend>
      <div className="lpf-thumbs" data-testid="photo-thumbs" data-count={photos.length}>
        {photos.map((p) => (
          <figure key={p.sha256}>
            <img src={p.previewUrl} alt="" />
            <button type="button" className="lpf-small" aria-label={t("remove")} onClick={() => remove(p)}>
              ✕
            </button>
          </figure>
        ))}
      </div>
      {!full && (
        <div className="lpf-actions">
          <label className={busy ? "lpf-secondary lpf-busy" : "lpf-secondary"}>
            📷 {t("takePhoto")}
            <input type="file" accept="image/*" capture="environment" hidden onChange={add} />
          </label>
          <label className={busy ? "lpf-secondary lpf-busy" : "lpf-secondary"}>
            🖼 {t("choosePhotos")}
            <input type="file" accept="image/*" multiple hidden onChange={add} data-testid="photo-input" />
          </label>
        </div>
      )}
      {problem && (
        <p className="lpf-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
