import {
  assessment,
  type InspectionView,
  inspectionAction,
  inspectionKind,
  macroSign,
  thresholdParameter,
} from "@lianpian/domain";
import { useState } from "react";
import { AlertLevelBadge } from "../../alerts/alert-level-badge.tsx";
import { reasonText } from "../../alerts/alert-reason.ts";
import { formatDateTime } from "../../platform/format.ts";
import { useText } from "../../platform/use-text.ts";
import CARD_TEXT from "./inspection-card.text.json" with { type: "json" };
import { reviewApi } from "./review-api.ts";

/** One inspection in the review list: values, thresholds, alert reason, photos, actions and the review. */
export function InspectionCard({
  i,
  onReviewed,
  onError,
}: {
  i: InspectionView;
  onReviewed(next: InspectionView): void;
  onError(e: unknown): void;
}) {
  const { t, locale, label } = useText(CARD_TEXT);
  const [reason, setReason] = useState("");
  const [full, setFull] = useState<string | null>(null);
  const decide = (decision: "accept" | "reject") =>
    reviewApi
      .review(i.client_key, decision, decision === "reject" ? reason.trim() : null)
      .then((r) => onReviewed(r.inspection), onError);
  const param = (p: string) => label(thresholdParameter, p);
  const when = formatDateTime(i.inspected_at, locale);

  return (
    <li className="lp-review-item" data-testid="review-item" data-review={reviewState(i)}>
      <div className="lp-review-head">
        <strong>{i.hazard_name}</strong> <small>{i.unified_code}</small>
        {i.raised_alert && <AlertLevelBadge level={i.raised_alert.level} />}
      </div>
      <small>
        {when} · {i.inspector_name} · {label(inspectionKind, i.kind)} · {label(assessment, i.assessment)}
      </small>
      <p>
        {t("values")}: {t("rainfall")} {i.rainfall_mm ?? "—"} mm · {t("displacement")}{" "}
        {i.displacement_mm ?? "—"} mm · {t("cracks")}{" "}
        {i.cracks.length > 0
          ? i.cracks.map((c) => `${c.crack_id} ${c.width_mm} mm (Δ ${c.change_mm ?? "—"})`).join("; ")
          : t("none")}
        {i.macro_signs.length > 0 && ` · ${i.macro_signs.map((m) => label(macroSign, m)).join("、")}`}
      </p>
      <p>
        {t("thresholds")}:{" "}
        {i.thresholds.length > 0
          ? i.thresholds.map((th) => `${param(th.parameter)} ${th.warn_value}`).join("; ")
          : t("none")}
      </p>
      {i.raised_alert && (
        <p className="lp-review-passed">
          <span aria-hidden="true">⚠</span> {t("passed")}:{" "}
          {(i.raised_alert.reasons as Parameters<typeof reasonText>[0][])
            .map((r) => reasonText(r, locale, param))
            .join("; ")}
        </p>
      )}
      <p>
        {t("actions")}:{" "}
        {i.actions.length > 0 ? i.actions.map((a) => label(inspectionAction, a)).join("、") : t("none")}
      </p>
      {i.notes && <p className="lp-review-notes">{i.notes}</p>}
      {i.photos_received.length > 0 && (
        <div className="lp-review-photos">
          {i.photos_received.map((sha) => (
            <button key={sha} type="button" onClick={() => setFull(reviewApi.photoUrl(i.client_key, sha))}>
              <img src={reviewApi.photoUrl(i.client_key, sha)} alt={t("photoAlt")} loading="lazy" />
            </button>
          ))}
        </div>
      )}
      {full && (
        <dialog open className="lp-review-full" onClose={() => setFull(null)}>
          <form method="dialog">
            <button type="submit">✕</button>
          </form>
          <img src={full} alt={t("photoAlt")} />
        </dialog>
      )}
      <ReviewState i={i} t={t} />
      {i.needs_review && (
        <div className="lp-review-decide">
          <button type="button" onClick={() => decide("accept")}>
            {t("accept")}
          </button>
          <input
            aria-label={t("reasonLabel")}
            placeholder={t("reasonLabel")}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="button" disabled={reason.trim() === ""} onClick={() => decide("reject")}>
            {t("reject")}
          </button>
        </div>
      )}
    </li>
  );
}

function reviewState(i: InspectionView): string {
  if (i.needs_review) return "pending";
  return i.review_decision ?? "none";
}

function ReviewState({ i, t }: { i: InspectionView; t: (k: keyof typeof CARD_TEXT) => string }) {
  if (i.needs_review)
    return (
      <p className="lp-review-pending">
        <span aria-hidden="true">⚑</span>{" "}
        {t(i.review_reason === "hazard_written_off" ? "writtenOff" : "conflict")}
      </p>
    );
  if (i.review_decision === "accepted")
    return (
      <p>
        <span aria-hidden="true">✔</span> {t("accepted")}
      </p>
    );
  if (i.review_decision === "rejected")
    return (
      <p>
        <span aria-hidden="true">✖</span> {t("rejected")}: {i.review_note}
      </p>
    );
  return null;
}
