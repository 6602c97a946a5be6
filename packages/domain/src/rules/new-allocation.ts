import type { Mineral } from "../enums.ts";
import { type MiningMethod, mineScaleClass, type ProductionUnit, type ScaleClass } from "./scale-class.ts";

/*
 * New allocation (配置新设, Zezhou plan): a proposed licence area must not
 * overlap protected areas, key infrastructure, other licences (held or
 * proposed) or planned
 * treatment zones, and a new site must be at least medium in both deposit
 * and production scale. New sites must not outnumber the mines closed
 * (close-and-ban or guided exit), shown as a running count.
 */

/** What a proposed area meets, with the overlap measured by the database (m² and 亩). */
export interface AllocationOverlap {
  kind: "protected_area" | "infrastructure" | "licence" | "proposal" | "zone";
  id: number;
  name_zh: string;
  /** Polygonal overlap; 0 where a line or point of infrastructure crosses the area. */
  overlap_m2: number;
  overlap_mu: number;
}

export interface NewAllocationInput {
  mineral: Mineral;
  miningMethod: MiningMethod;
  depositScale: ScaleClass;
  productionScale: number;
  productionUnit: ProductionUnit;
}

export interface AllocationReason {
  code: string;
  zh: string;
  en: string;
}

const KIND_LABEL: Record<AllocationOverlap["kind"], { zh: string; en: string }> = {
  protected_area: { zh: "保护区", en: "protected area" },
  infrastructure: { zh: "重要基础设施", en: "key infrastructure" },
  licence: { zh: "已有矿业权", en: "existing licence" },
  proposal: { zh: "其他拟设矿业权", en: "another proposed licence" },
  zone: { zh: "规划治理片区", en: "planned treatment zone" },
};

const atLeastMedium = (c: ScaleClass | null) => c === "medium" || c === "large";
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/**
 * Whether a proposed new site may be allocated, with every reason it may not.
 * @example checkNewAllocation({ mineral: "bauxite", miningMethod: "open_pit", depositScale: "medium", productionScale: 30, productionUnit: "万t/a" }, []).ok // true
 */
export function checkNewAllocation(
  input: NewAllocationInput,
  overlaps: readonly AllocationOverlap[],
): { ok: boolean; productionClass: ScaleClass | null; reasons: AllocationReason[] } {
  const reasons: AllocationReason[] = [];
  if (!atLeastMedium(input.depositScale))
    reasons.push({ code: "deposit_below_medium", zh: "矿床规模未达中型", en: "deposit below medium scale" });
  const productionClass = mineScaleClass({
    mineral: input.mineral,
    miningMethod: input.miningMethod,
    productionScale: input.productionScale,
    unit: input.productionUnit,
  });
  if (!atLeastMedium(productionClass))
    reasons.push({
      code: "production_below_medium",
      zh: `生产规模${input.productionScale}${input.productionUnit}未达中型`,
      en: `production ${input.productionScale} ${input.productionUnit} below medium scale`,
    });
  for (const o of overlaps) {
    const label = KIND_LABEL[o.kind];
    reasons.push({
      code: `overlaps_${o.kind}`,
      zh:
        o.overlap_m2 > 0
          ? `与${label.zh}“${o.name_zh}”重叠${round(o.overlap_m2, 1)}平方米（${round(o.overlap_mu, 2)}亩）`
          : `与${label.zh}“${o.name_zh}”相交`,
      en:
        o.overlap_m2 > 0
          ? `overlaps ${label.en} "${o.name_zh}" by ${round(o.overlap_m2, 1)} m² (${round(o.overlap_mu, 2)} mu)`
          : `crosses ${label.en} "${o.name_zh}"`,
    });
  }
  return { ok: reasons.length === 0, productionClass, reasons };
}

/** The plan's count: new sites (approved) may not outnumber the mines closed. */
export function newVersusClosed(
  newSites: number,
  closed: number,
): { new: number; closed: number; ok: boolean } {
  return { new: newSites, closed, ok: newSites <= closed };
}

/**
 * Safety distance between two operations when no setting exists for their
 * mineral and method: 300 m, the upper figure of GB 6722 (爆破安全规程) for
 * flyrock from open-pit blasting, the usual separation Shanxi's non-coal
 * plans apply. A setting per mineral and method (table safety_distances)
 * replaces it; two operations use the larger of their two distances.
 */
export const DEFAULT_SAFETY_DISTANCE_M = 300;
