import type { Proposal, Zone, ZoneSummary } from "@lianpian/domain";
import { type RefObject, useCallback, useEffect, useState } from "react";
import { ApiFailure } from "../platform/api-client.ts";
import { type Polygonal, planApi } from "./api/plan-api.ts";
import type { DrawController } from "./draw/draw-controller.ts";
import { usePlanText } from "./i18n/use-plan-text.ts";
import { bodyOf, draftOf, EMPTY_DRAFT, type ZoneDraft } from "./panels/zone-draft.ts";
import { singlePolygon } from "./zone-outline.ts";

export interface Notice {
  kind: "ok" | "error";
  text: string;
}

/**
 * The outline being worked on and the zone it belongs to (if saved): open,
 * save at the version started from (a stale save reloads the newer zone),
 * lifecycle calls, adopting a proposal, and the list of saved zones.
 */
export function useZoneSession(
  draw: RefObject<DrawController | null>,
  notify: (notice: Notice) => void,
  fail: (error: unknown) => void,
) {
  const { p } = usePlanText();
  const [outline, setOutline] = useState<Polygonal | null>(null);
  const [zone, setZone] = useState<Zone | null>(null);
  const [draft, setDraft] = useState<ZoneDraft>(EMPTY_DRAFT);
  const [zones, setZones] = useState<ZoneSummary[]>([]);
  const [compare, setCompare] = useState<Zone | null>(null);

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
  };
  const startNew = () => {
    setZone(null);
    setDraft(EMPTY_DRAFT);
    showOutline(null);
  };

  const save = async () => {
    if (!outline) return;
    try {
      const body = bodyOf(draft, !zone);
      const saved = zone
        ? await planApi.patchZone(zone.id, {
            ...body,
            version: zone.version,
            ...(outline !== zone.geometry ? { geometry: outline } : {}),
          })
        : await planApi.createZone({ ...body, geometry: outline });
      openZone(saved);
      notify({ kind: "ok", text: `${p("saved")} ${saved.code} · ${p("version")} ${saved.version}` });
      written();
    } catch (error) {
      const current = (error as ApiFailure).details as { zone?: Zone } | undefined;
      if (error instanceof ApiFailure && error.code === "conflict" && current?.zone) {
        openZone(current.zone);
        notify({ kind: "error", text: p("stale") });
      } else fail(error);
    }
  };

  /** Runs a write on the open zone and shows the zone it returns. */
  const zoneCall = async (call: (z: Zone) => Promise<Zone>) => {
    if (!zone) return;
    try {
      openZone(await call(zone));
      written();
    } catch (error) {
      fail(error);
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
      notify({ kind: "ok", text: `${p("saved")} ${created.code}` });
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
    setDraft,
    zones,
    compare,
    setCompare,
    showOutline,
    openZone,
    startNew,
    save,
    zoneCall,
    remove,
    adopt,
  };
}
