import { type ReportCategory, reportCategory } from "@lianpian/domain";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { type PreparedPhoto, preparePhoto } from "../../field/photos/prepare-photo.ts";
import { errorText } from "../../platform/api-client.ts";
import { useText } from "../../platform/use-text.ts";
import { type PublicConfig, publicApi } from "../public-api.ts";
import { reportText } from "./report-messages.ts";

export interface ReportFormProps {
  limits: PublicConfig["limits"];
  pick: readonly [number, number] | null;
  picking: boolean;
  onPicking(on: boolean): void;
  onPick(lngLat: [number, number] | null): void;
  /** Picks the map's centre: for keyboards, after panning the map with the arrow keys. */
  onPickCentre(): void;
  onTrack(code: string): void;
}

type Place = { lngLat: readonly [number, number]; source: "map" | "gps"; accuracyM: number | null };

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The citizen report (群众举报): a place (map or GPS), a category, words, an optional photo and contact. */
export function ReportForm({
  limits,
  pick,
  picking,
  onPicking,
  onPick,
  onPickCentre,
  onTrack,
}: ReportFormProps) {
  const { t, locale } = useText(reportText);
  const id = useId();
  const [gps, setGps] = useState<Place | null>(null);
  const [category, setCategory] = useState<ReportCategory | null>(null);
  const [text, setText] = useState("");
  const [contact, setContact] = useState("");
  const [website, setWebsite] = useState("");
  const [photo, setPhoto] = useState<PreparedPhoto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  // One key per report content: a resend after a lost reply is stored once (same key and content → 200);
  // an edited report gets a key of its own.
  const sendKey = useRef<{ content: string; key: string } | null>(null);

  // A tap on the map replaces a GPS fix: the latest choice wins (the fix's own point, shown on the map, keeps it).
  useEffect(() => {
    if (pick) setGps((g) => (g && g.lngLat[0] === pick[0] && g.lngLat[1] === pick[1] ? g : null));
  }, [pick]);
  useEffect(() => {
    if (!photo) return;
    const url = photo.previewUrl;
    return () => URL.revokeObjectURL(url);
  }, [photo]);

  const place: Place | null = gps ?? (pick ? { lngLat: pick, source: "map", accuracyM: null } : null);
  const chars = [...text.trim()].length;

  function locate() {
    setError(null);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const lngLat: [number, number] = [p.coords.longitude, p.coords.latitude];
        setGps({ lngLat, source: "gps", accuracyM: Math.round(p.coords.accuracy) });
        onPick(lngLat);
      },
      () => setError(t("gpsFailed")),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  async function choosePhoto(file: File | undefined) {
    setError(null);
    if (!file) return;
    const prepared = await preparePhoto(file);
    if (prepared === "not_an_image") return setError(t("photoNotImage"));
    if (prepared === "too_large" || prepared.blob.size > limits.photo_max_bytes)
      return setError(t("photoTooLarge"));
    setPhoto(prepared);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!place || !category) return;
    setSending(true);
    setError(null);
    try {
      const body = {
        category,
        text,
        contact: contact.trim() || null,
        website,
        lng: place.lngLat[0],
        lat: place.lngLat[1],
        location_source: place.source,
        accuracy_m: place.accuracyM,
        photo: photo ? { content_type: photo.contentType, data_base64: await toBase64(photo.blob) } : null,
      };
      const content = JSON.stringify(body);
      if (sendKey.current?.content !== content) sendKey.current = { content, key: crypto.randomUUID() };
      const reply = await publicApi.report({ ...body, client_key: sendKey.current.key });
      setCode(reply.tracking_code);
      onPicking(false);
    } catch (e) {
      setError(errorText(e, locale));
    } finally {
      setSending(false);
    }
  }

  if (code) {
    return (
      <section className="lp-pub-report" aria-live="polite">
        <h2>{t("heading")}</h2>
        <p>{t("sent")}</p>
        <p className="lp-pub-code" data-testid="tracking-code">
          {code}
        </p>
        <p className="lp-pub-note">{t("sentHint")}</p>
        <div className="lp-pub-actions">
          <button type="button" onClick={() => onTrack(code)}>
            {t("trackThis")}
          </button>
          <button
            type="button"
            className="lp-pub-secondary"
            onClick={() => {
              setCode(null);
              setText("");
              setPhoto(null);
              onPick(null);
            }}
          >
            {t("another")}
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="lp-pub-report" onSubmit={submit} aria-describedby={`${id}-privacy`}>
      <h2>{t("heading")}</h2>
      <p className="lp-pub-note">{t("intro")}</p>
      <fieldset>
        <legend>{t("place")}</legend>
        <div className="lp-pub-actions">
          <button
            type="button"
            aria-pressed={picking}
            data-testid="pick-on-map"
            onClick={() => onPicking(!picking)}
          >
            {t("pickOnMap")}
          </button>
          {picking && (
            <button type="button" className="lp-pub-secondary" onClick={onPickCentre}>
              {t("useCentre")}
            </button>
          )}
          {"geolocation" in navigator && (
            <button type="button" className="lp-pub-secondary" onClick={locate}>
              {t("useGps")}
            </button>
          )}
        </div>
        <p className="lp-pub-place" aria-live="polite" data-testid="report-place">
          {picking && !place
            ? t("picking")
            : place
              ? `${t("placeChosen")}: ${place.lngLat[0].toFixed(5)}, ${place.lngLat[1].toFixed(5)}${place.accuracyM ? ` (±${place.accuracyM} m)` : ""}`
              : t("noPlace")}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t("category")}</legend>
        {reportCategory.values.map((value) => (
          <label key={value} className="lp-pub-radio">
            <input
              type="radio"
              name={`${id}-category`}
              value={value}
              checked={category === value}
              required
              onChange={() => setCategory(value)}
            />
            {reportCategory.labels[value][locale]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-text`}>{t("text")}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        required
        rows={4}
        maxLength={limits.text_max_chars + 50}
        placeholder={t("textHint")}
        aria-describedby={`${id}-count`}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <p
        id={`${id}-count`}
        className={chars > limits.text_max_chars ? "lp-pub-note lp-pub-over" : "lp-pub-note"}
      >
        {chars} / {limits.text_max_chars} {t("chars")}
      </p>
      <label htmlFor={`${id}-photo`}>{t("photo")}</label>
      <input
        id={`${id}-photo`}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        capture="environment"
        onChange={(e) => void choosePhoto(e.currentTarget.files?.[0])}
      />
      {photo && (
        <div className="lp-pub-photo">
          <img src={photo.previewUrl} alt="" />
          <button type="button" className="lp-pub-secondary" onClick={() => setPhoto(null)}>
            {t("removePhoto")}
          </button>
        </div>
      )}
      <label htmlFor={`${id}-contact`}>{t("contact")}</label>
      <input
        id={`${id}-contact`}
        type="text"
        autoComplete="tel"
        maxLength={limits.contact_max_chars}
        value={contact}
        onChange={(e) => setContact(e.currentTarget.value)}
      />
      {/* Honeypot: off-screen and out of the tab order; people leave it empty, bots fill it in. */}
      <div className="lp-pub-hp" aria-hidden="true">
        <label htmlFor={`${id}-website`}>{t("honeypot")}</label>
        <input
          id={`${id}-website`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(e) => setWebsite(e.currentTarget.value)}
        />
      </div>
      <p id={`${id}-privacy`} className="lp-pub-note">
        {t("privacy")}
      </p>
      {error && (
        <p className="lp-pub-error" role="alert">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="lp-pub-primary"
        disabled={sending || !place || !category || chars < limits.text_min_chars}
      >
        {sending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
