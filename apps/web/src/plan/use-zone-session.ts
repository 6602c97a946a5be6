import { checkZoneName, type Proposal, type Zone, type ZoneSummary } from "@lianpian/domain";
import { type RefObject, useCallback, useEffect, useState } from "react";
import { ApiFailure } from "../platform/api-client.ts";
import { type Polygonal, planApi } from "./api/plan-api.ts";
import type { DrawController } from "./draw/draw-controller.ts";
import { usePlanText } from "./i18n/use-plan-text.ts";
import { type Refusal, refusalOf, refusalOfCheck } from "./panels/field-refusal.ts";
import { bodyOf, draftOf, EMPTY_DRAFT, type ZoneDraft } from "./panels/zone-draft.ts";
import { singlePolygon } from "./zone-outline.ts";

export interface Notice {
  kind: "ok" | "error";
  text: string;
}

/** A save refused as stale (409): the version the edit started from, the newer one, and whether the outline was edited. */
export interface ZoneConflict {
  base: Zone;
  theirs: Zone;
  outlineEdited: boolean;
}

/**
 * The outline being worked on and the zone it belongs to (if saved): open,
 * save at the version started from, lifecycle calls, adopting a proposal,
 * and the list of saved zones. A refused save keeps everything typed: the
 * refusal is said at its field (the domain's rule refuses first, in the same
 * words as the API); a stale save keeps the draft and shows the newer
 * version beside it until the planner keeps theirs or takes the other.
 */
export function useZoneSession(
  draw: RefObject<DrawController | null>,
  notify: (notice: Notice) => void,
  fail: (error: unknown) => void,
) {
  const { t } = usePlanText();
  const [outline, setOutline] = useState<Polygonal | null>(null);
  const [zone, setZone] = useState<Zone | null>(null);
  const [draft, setDraft] = useState<ZoneDraft>(EMPTY_DRAFT);
  const [zones, setZones] = useState<ZoneSummary[]>([]);
  const [compare, setCompare] = useState<Zone | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [conflict, setConflict] = useState<ZoneConflict | null>(null);

  const refreshZones = useCallback(() => planApi.zones().then((r) => setZones(r.zones), fail), [fail]);
  useEffect(() => {
    refreshZones();
  }, [refreshZones]);
  /** Writes this session made to zones: the map reloads the zones tiles on each. */
  const [writes, setWrites] = useState(0);
  const written = () => {
    setWrites((n) => n + 1);
    refreshZones();
  };

  /** Shows an outline and hands it to terra-draw for vertex editing when it is one polygon. */
  const showOutline = (next: Polygonal | null) => {
    setOutline(next);
    draw.current?.load(singlePolygon(next));
  };
  const openZone = (z: Zone) => {
    setZone(z);
    setDraft(draftOf(z));
    showOutline(z.geometry);
    setCompare(null);
    setRefusal(null);
    setConflict(null);
  };
  const startNew = () => {
    setZone(null);
    setDraft(EMPTY_DRAFT);
    showOutline(null);
    setRefusal(null);
    setConflict(null);
  };
  /** The draft as typed; a refusal goes once its own field is edited. */
  const editDraft = (next: ZoneDraft) => {
    const field = refusal?.field as keyof ZoneDraft | undefined;
    if (field && field in next && next[field] !== draft[field]) setRefusal(null);
    setDraft(next);
  };
  const savedNotice = (z: Zone) =>
    notify({ kind: "ok", text: `${t("saved")} ${z.code} · ${t("version")} ${z.version}` });

  /**
   * Sends the draft on top of `onto`: the version the edit started from, or
   * after a stale save the newer one, with only the fields edited since
   * `base` (their other changes stay).
   */
  const send = async (onto: Zone | null, outlineEdited: boolean, base: Zone | null = null) => {
    if (!outline) return;
    const body = base ? editedSince(base, draft) : bodyOf(draft, !onto);
    // nothing of mine differs from what I started from: their version is the result
    if (base && onto && Object.keys(body).length === 0 && !outlineEdited) return openZone(onto);
    try {
      const saved = onto
        ? await planApi.patchZone(onto.id, {
            ...body,
            version: onto.version,
            ...(outlineEdited ? { geometry: outline } : {}),
          })
        : await planApi.createZone({ ...body, geometry: outline });
      openZone(saved);
      savedNotice(saved);
      written();
    } catch (error) {
      const current =
        error instanceof ApiFailure ? (error.details as { zone?: Zone } | null)?.zone : undefined;
      if (error instanceof ApiFailure && error.code === "conflict" && current && onto) {
        // nothing typed is lost: the draft and the outline stay, the newer version is shown beside them
        setConflict({ base: onto, theirs: current, outlineEdited });
        setCompare(current);
        setRefusal(null);
      } else setRefusal(refusalOf(error));
    }
  };

  const save = async () => {
    const refused = refusalOfCheck(checkZoneName(draft.name_zh));
    setRefusal(refused);
    if (refused || !outline) return;
    await send(zone, Boolean(zone && outline !== zone.geometry));
  };
  /** After a stale save: the draft saved on top of the newer version (their outline kept unless mine was edited). */
  const keepMine = async () => {
    if (!conflict) return;
    await send(conflict.theirs, conflict.outlineEdited, conflict.base);
  };
  const takeTheirs = () => {
    if (conflict) openZone(conflict.theirs);
  };

  /** Runs a write on the open zone and shows the zone it returns; the error, or null when it was written. */
  const zoneCall = async (call: (z: Zone) => Promise<Zone>): Promise<unknown> => {
    if (!zone) return null;
    try {
      const next = await call(zone);
      openZone(next);
      savedNotice(next);
      written();
      return null;
    } catch (error) {
      fail(error);
      return error;
    }
  };

  /** The fund-share override (or back to computed): a refusal is the panel's to show, with the typed shares kept. */
  const saveShares = async (
    shares: { company_id: number | null; share_pct: number }[] | undefined,
  ): Promise<Refusal | null> => {
    if (!zone) return null;
    try {
      const next = await planApi.setParties(zone.id, zone.version, shares);
      openZone(next);
      savedNotice(next);
      written();
      return null;
    } catch (error) {
      return refusalOf(error, "shares");
    }
  };

  const remove = async () => {
    if (!zone) return;
    try {
      await planApi.deleteZone(zone.id, zone.version);
      startNew();
      written();
    } catch (error) {
      fail(error);
    }
  };

  const adopt = async (c: Proposal) => {
    try {
      const created = await planApi.createZone({
        geometry: c.geometry,
        name_zh: `连片候选片区${c.rank}`,
        zone_type: c.suggested_zone_type,
      });
      openZone(created);
      notify({ kind: "ok", text: `${t("saved")} ${created.code}` });
      written();
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  return {
    writes,
    outline,
    setOutline,
    zone,
    draft,
    setDraft: editDraft,
    zones,
    compare,
    setCompare,
    showOutline,
    openZone,
    startNew,
    save,
    refusal,
    conflict,
    keepMine,
    takeTheirs,
    zoneCall,
    saveShares,
    remove,
    adopt,
  };
}

/** The fields of the draft that differ from a saved version (as request body fields). */
function editedSince(base: Zone, draft: ZoneDraft): Record<string, unknown> {
  const before = bodyOf(draftOf(base), false);
  const after = bodyOf(draft, false);
  return Object.fromEntries(
    Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
  );
}
