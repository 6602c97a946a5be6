import type { DatasetMine, DatasetMineCorner, DatasetMineFund, PolygonalGeometry } from "@lianpian/domain";
import { geodesicArea } from "@lianpian/geo";
import type { CompanyDraft } from "./companies.ts";
import type { MineAttributes } from "./mine-attributes.ts";
import type { MineSite } from "./mine-placement.ts";
import { COUNTY_SHORT, minePlaceName } from "./names.ts";
import { DEMO_AS_OF_YEAR, FICTIONAL } from "./provenance.ts";
import type { Random } from "./random.ts";
import { type EN, ringToLngLat } from "./shapes.ts";

export interface MineDraft {
  site: MineSite;
  row: DatasetMine;
  owner: number | null;
  /** Licence number before the replica serial is put in (see licenceNo). */
  licence: { year: string; month: string; base: number } | null;
}

const SUFFIX: Record<string, string> = {
  coal: "煤矿",
  construction_stone: "建筑石料矿",
  cement_limestone: "水泥用灰岩矿",
  bauxite: "铝土矿",
  iron: "铁矿",
  sand_gravel: "砂石料场",
  dolomite: "白云岩矿",
  clay: "砖瓦用黏土矿",
  other: "熔剂用灰岩矿",
};

/** "C" + county code + year + month + "11" + an 8-digit serial: 23 characters, unique per serial. */
export function licenceNo(county: string, year: string, month: string, serial: number): string {
  return `C${county}${year}${month}11${String(serial).padStart(8, "0")}`;
}

/** Geometry, corner list (licensed mines) and licensed area from a GK ring. */
export function mineGeometry(ring: readonly EN[], srid: 4546 | 4547, licensed: boolean) {
  const geom: PolygonalGeometry = { type: "MultiPolygon", coordinates: [[ringToLngLat(ring, srid)]] };
  const corners: DatasetMineCorner[] = licensed
    ? ring.map(([e, n], i) => ({
        ring: 1,
        point_no: i + 1,
        x_northing: Math.round(n * 1000) / 1000,
        y_easting: Math.round(e * 1000) / 1000,
        source_srid: srid,
      }))
    : [];
  const areaKm2 = Math.round(geodesicArea(geom) / 100) / 10_000;
  return { geom, corners, areaKm2 };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The restoration fund (矿山地质环境治理恢复基金) by year, 万元: accrued at a
 * rate per tonne of capacity (coal 8–14 元/t, others 2–5), used in part,
 * carried over as balance. Suspended mines accrue a fifth; closed mines stop
 * in the year their licence ended.
 */
function funds(mineral: string, a: MineAttributes, rng: Random): DatasetMineFund[] {
  if (a.productionScale === null || a.status === "building") return [];
  const rate = mineral === "coal" ? rng.float(8, 14) : rng.float(2, 5);
  const lastYear = a.status === "closed" ? Number(a.validTo?.slice(0, 4)) : DEMO_AS_OF_YEAR;
  const rows: DatasetMineFund[] = [];
  let balance = round2(a.productionScale * rate * rng.float(0.5, 3));
  for (let year = 2019; year <= Math.min(lastYear, DEMO_AS_OF_YEAR); year++) {
    const accrued = round2(
      a.productionScale * rate * (a.status === "suspended" ? 0.2 : rng.float(0.85, 1.1)),
    );
    const used = round2(Math.min(balance + accrued, accrued * rng.float(0.3, 1.2)));
    balance = round2(balance + accrued - used);
    rows.push({ year, accrued_wan: accrued, used_wan: used, balance_wan: balance });
  }
  return rows;
}

/** Mine rows with names, licence numbers, holders, corners and funds. */
export function mineRows(
  sites: readonly MineSite[],
  attributes: readonly MineAttributes[],
  owners: readonly (number | null)[],
  companies: readonly CompanyDraft[],
  rng: Random,
  source: string,
): MineDraft[] {
  const names = new Map<string, Set<string>>();
  let historicSerial = 0;
  return sites.map((site, i) => {
    const a = attributes[i] as MineAttributes;
    const r = rng.fork(`mine-${i}`);
    const taken = names.get(site.county) ?? new Set<string>();
    names.set(site.county, taken);
    const place = minePlaceName(r, taken);
    const licensed = site.category !== "historic";
    const owner = owners[i] ?? null;
    const licence = licensed
      ? { year: (a.validFrom ?? "2010").slice(0, 4), month: (a.validFrom ?? "2010-01").slice(5, 7), base: i }
      : null;
    const key = licence
      ? licenceNo(site.county, licence.year, licence.month, licence.base)
      : `HIST-${site.county}-${String(++historicSerial).padStart(3, "0")}`;
    const { geom, corners, areaKm2 } = mineGeometry(site.footprint.ring, site.srid, licensed);
    const mineName = licensed
      ? `${COUNTY_SHORT[site.county]}${place}${SUFFIX[site.mineral] ?? "矿"}`
      : `${COUNTY_SHORT[site.county]}${place}历史遗留废弃矿坑`;
    const row: DatasetMine = {
      key,
      license_no: licensed ? key : null,
      mine_name: mineName,
      company_credit_code:
        owner === null ? null : ((companies[owner] as CompanyDraft).row.credit_code as string),
      county_code: site.county,
      mineral: site.mineral,
      mining_method: site.method,
      production_scale: a.productionScale,
      production_unit: "万t/a",
      scale_class: a.scaleClass,
      area_km2: areaKm2,
      valid_from: a.validFrom,
      valid_to: a.validTo,
      safety_permit_valid_to: a.safetyPermitValidTo,
      remaining_service_years: a.remainingYears,
      status: a.status,
      disposition: a.disposition,
      disposition_doc: a.dispositionDoc,
      green_mine_level: a.greenLevel,
      green_mine_year: a.greenYear,
      restoration_state: a.restorationState,
      suitability: a.suitability,
      source_srid: site.srid,
      geom,
      corners,
      funds: licensed ? funds(site.mineral, a, r) : [],
      data_source: source,
      remarks: licensed
        ? `${FICTIONAL}；拐点为CGCS2000 3度带高斯-克吕格坐标`
        : `${FICTIONAL}；无主历史遗留矿坑`,
    };
    return { site, row, owner, licence };
  });
}
