import { type DragEvent, useState } from "react";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { CrsSelect } from "./crs-select.tsx";
import { ACCEPTED_FILES, ENCODINGS, IMPORT_LAYERS } from "./import-layers.ts";
import { RefusalText } from "./refusal-text.tsx";
import type { ImportSession } from "./use-import-session.ts";

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 2 : 1)} MB`;

/** Step 1: the target layer and the file (picked or dropped), then the upload with its progress. */
export function FileSection({ session }: { session: ImportSession }) {
  const { t, locale } = usePlanText();
  const [layer, setLayer] = useState<string>("hazards");
  const [file, setFile] = useState<File | null>(null);
  const [over, setOver] = useState(false);
  // left empty, the server reads them from the file (.cpg/.prj, the GeoPackage, the TXT header) or detects them
  const [encoding, setEncoding] = useState("");
  const [crs, setCrs] = useState("");
  const uploading = session.busy === "file" && session.progress !== null;

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  };

  return (
    <section className="lp-io-step" data-testid="import-file">
      <h3>{t("ioStepFile")}</h3>
      <label>
        <span>{t("ioTargetLayer")}</span>
        <select data-testid="import-layer" value={layer} onChange={(e) => setLayer(e.target.value)}>
          {IMPORT_LAYERS.map((l) => (
            <option key={l.name} value={l.name}>
              {l.title[locale]}
            </option>
          ))}
        </select>
      </label>
      <RefusalText session={session} control="layer" />
      <label
        className={over ? "lp-io-drop lp-io-drop-over" : "lp-io-drop"}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <input
          type="file"
          accept={ACCEPTED_FILES}
          data-testid="import-file-input"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <span>{file ? `${file.name} · ${megabytes(file.size)}` : t("ioDropHint")}</span>
      </label>
      <p className="lp-plan-muted">{t("ioFormats")}</p>
      <details open={session.refusal?.control === "crs" || session.refusal?.control === "encoding"}>
        <summary>{t("ioDeclare")}</summary>
        <label>
          <span>{t("ioEncoding")}</span>
          <select
            data-testid="upload-encoding"
            value={encoding}
            onChange={(e) => setEncoding(e.target.value)}
          >
            <option value="">{t("ioDetect")}</option>
            {ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {e.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <RefusalText session={session} control="encoding" />
        <CrsSelect testId="upload-crs" value={crs || null} emptyLabel={t("ioDetect")} onChange={setCrs} />
        <RefusalText session={session} control="crs" />
      </details>
      <div className="lp-plan-row">
        <button
          type="button"
          data-testid="import-upload"
          disabled={!file || session.busy !== null}
          onClick={() =>
            file &&
            session.upload(file, layer, { ...(encoding ? { encoding } : {}), ...(crs ? { crs } : {}) })
          }
        >
          {t("ioUpload")}
        </button>
        {uploading && (
          <button type="button" onClick={session.cancelUpload}>
            {t("ioCancel")}
          </button>
        )}
      </div>
      {session.progress && (
        <div className="lp-io-progress" data-testid="import-progress">
          <progress max={session.progress.total || 1} value={session.progress.sent} />
          <span>
            {session.progress.sent < session.progress.total
              ? `${megabytes(session.progress.sent)} / ${megabytes(session.progress.total)}`
              : t("ioReading")}
          </span>
        </div>
      )}
      {session.busy === "file" && !session.progress && <p className="lp-plan-muted">{t("ioReading")}</p>}
      <RefusalText session={session} control="file" />
    </section>
  );
}
