import type {
  DatasetCompany,
  DatasetHazardPoint,
  DatasetMine,
  DatasetSubsidenceArea,
} from "@lianpian/domain";
import { fromProjected, gkZoneSrid, type ProjectedSrid, toProjected } from "@lianpian/geo";
import type { Position } from "geojson";
import type { CompanyDraft } from "./companies.ts";
import { creditCode } from "./credit-code.ts";
import { roundPosition, type XY } from "./frame.ts";
import type { HazardDraft } from "./hazards.ts";
import { licenceNo, type MineDraft, mineGeometry } from "./mine-rows.ts";
import { insideWithClearance, type Region } from "./placement.ts";
import { streamFor } from "./random.ts";
import { ringToLngLat, shiftRing } from "./shapes.ts";
import type { SubsidenceDraft } from "./subsidence.ts";

interface Offset {
  dE: number;
  dN: number;
  srid: ProjectedSrid;
}

const ZERO = (srid: ProjectedSrid): Offset => ({ dE: 0, dN: 0, srid });

/**
 * An offset of 1–8 km that keeps a circle of `radius` about `center` inside
 * the county; after a few misses, no offset (the replica then lies on top of
 * its original, which is still valid data).
 */
function offsetFor(
  label: string,
  seed: number,
  center: XY,
  radius: number,
  region: Region,
  srid: ProjectedSrid,
): Offset {
  const rng = streamFor(seed, label);
  for (let attempt = 0; attempt < 8; attempt++) {
    const d = rng.float(1000, 8000);
    const a = rng.float(0, 2 * Math.PI);
    const dE = d * Math.cos(a);
    const dN = d * Math.sin(a);
    if (insideWithClearance([center[0] + dE, center[1] + dN], region, radius * 1.03 + 200))
      return { dE, dN, srid };
  }
  return ZERO(srid);
}

function shift(p: Position, o: Offset): [number, number] {
  if (o.dE === 0 && o.dN === 0) return [p[0] as number, p[1] as number];
  const [e, n] = toProjected([p[0] as number, p[1] as number], o.srid);
  return roundPosition(fromProjected([e + o.dE, n + o.dN], o.srid), 7);
}

const suffix = (r: number) => `（复制${r}）`;

export interface Replicas {
  companies: DatasetCompany[];
  mines: DatasetMine[];
  subsidenceAreas: DatasetSubsidenceArea[];
  hazardPoints: DatasetHazardPoint[];
}

/**
 * Copies 1…scale−1 of companies, mines, subsidence areas and hazard points,
 * for benchmarks: new keys and codes, jittered places inside the same
 * county. A subsidence area and a ground collapse move with their mine, so
 * a copy still lies over the copy of its mine.
 */
export function replicate(
  seed: number,
  scale: number,
  regions: ReadonlyMap<string, Region>,
  companies: readonly CompanyDraft[],
  mines: readonly MineDraft[],
  basins: readonly SubsidenceDraft[],
  hazards: readonly HazardDraft[],
): Replicas {
  const out: Replicas = { companies: [], mines: [], subsidenceAreas: [], hazardPoints: [] };
  const region = (code: string) => regions.get(code) as Region;
  for (let r = 1; r < scale; r++) {
    const credit = new Map<string, string>();
    for (const c of companies) {
      const code = creditCode(c.row.county_code ?? "140500", r * 1000 + c.index);
      credit.set(c.row.credit_code, code);
      out.companies.push({ ...c.row, credit_code: code, name_zh: c.row.name_zh + suffix(r) });
    }
    const keys = new Map<string, string>();
    const offsets = new Map<number, Offset>();
    for (const m of mines) {
      const s = m.site;
      const o = offsetFor(
        `mine-${r}-${s.index}`,
        seed,
        s.center,
        s.footprint.outerRadius,
        region(s.county),
        s.srid,
      );
      offsets.set(s.index, o);
      const key = m.licence
        ? licenceNo(s.county, m.licence.year, m.licence.month, r * 10_000 + m.licence.base)
        : `${m.row.key}-R${r}`;
      keys.set(m.row.key, key);
      const { geom, corners, areaKm2 } = mineGeometry(
        shiftRing(s.footprint.ring, o.dE, o.dN),
        s.srid,
        m.licence !== null,
      );
      out.mines.push({
        ...m.row,
        key,
        license_no: m.licence ? key : null,
        mine_name: m.row.mine_name + suffix(r),
        company_credit_code: m.row.company_credit_code
          ? (credit.get(m.row.company_credit_code) ?? null)
          : null,
        area_km2: areaKm2,
        geom,
        corners,
      });
    }
    const codes = new Map<string, string>();
    for (const b of basins) {
      const o =
        b.anchor !== null
          ? (offsets.get(b.anchor) as Offset)
          : offsetFor(
              `basin-${r}-${b.index}`,
              seed,
              b.center,
              b.footprint.outerRadius,
              region(b.row.county_code),
              b.srid,
            );
      const code = `${b.row.code}-R${r}`;
      codes.set(b.row.code, code);
      const ring =
        o.srid === b.srid ? ringToLngLat(shiftRing(b.footprint.ring, o.dE, o.dN), b.srid, 7) : null;
      out.subsidenceAreas.push({
        ...b.row,
        code,
        name_zh: b.row.name_zh + suffix(r),
        geom: ring ? { type: "MultiPolygon", coordinates: [[ring]] } : shiftPolygonal(b.row.geom, o),
        responsibilities: (b.row.responsibilities ?? []).map((x) => ({
          ...x,
          mine_key: keys.get(x.mine_key) ?? x.mine_key,
        })),
      });
    }
    hazards.forEach((h, i) => {
      const p = h.row.geom.coordinates;
      const o =
        h.anchor !== null
          ? (offsets.get(h.anchor) as Offset)
          : offsetFor(
              `hazard-${r}-${i}`,
              seed,
              h.xy,
              1600,
              region(h.row.county_code),
              gkZoneSrid(p[0] as number),
            );
      const n = Number(h.row.unified_code.slice(6));
      out.hazardPoints.push({
        ...h.row,
        unified_code: `${h.row.county_code}${String(r * 1000 + n).padStart(6, "0")}`,
        name_zh: h.row.name_zh + suffix(r),
        mine_key: h.row.mine_key ? (keys.get(h.row.mine_key) ?? null) : null,
        subsidence_code: h.row.subsidence_code ? (codes.get(h.row.subsidence_code) ?? null) : null,
        geom: { type: "Point", coordinates: shift(p, o) },
        shelter: h.row.shelter ? { type: "Point", coordinates: shift(h.row.shelter.coordinates, o) } : null,
        evacuation_route: h.row.evacuation_route
          ? { type: "LineString", coordinates: h.row.evacuation_route.coordinates.map((q) => shift(q, o)) }
          : null,
        extent: h.row.extent ? shiftPolygonal(h.row.extent, o) : null,
      });
    });
  }
  return out;
}

function shiftPolygonal<G extends DatasetSubsidenceArea["geom"]>(g: G, o: Offset): G {
  if (g.type === "Polygon")
    return { ...g, coordinates: g.coordinates.map((ring) => ring.map((p) => shift(p, o))) };
  return { ...g, coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map((p) => shift(p, o)))) };
}
