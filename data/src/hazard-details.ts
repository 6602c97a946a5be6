import type { DatasetHazardPoint } from "@lianpian/domain";
import { gkZoneSrid, toProjected } from "@lianpian/geo";
import type { VillageDraft } from "./context-features.ts";
import { distance, fromLocal, roundPosition, type XY } from "./frame.ts";
import { hazardSize, SIGNALS, THREAT_OBJECTS, TRIGGERS } from "./hazard-tables.ts";
import type { MineDraft } from "./mine-rows.ts";
import { fictionalPhone, personName } from "./names.ts";
import { DEMO_AS_OF_YEAR } from "./provenance.ts";
import type { Random } from "./random.ts";
import { blobFootprint, ringToLngLat } from "./shapes.ts";

type Details = Omit<
  DatasetHazardPoint,
  | "unified_code"
  | "name_zh"
  | "hazard_type"
  | "county_code"
  | "township"
  | "village"
  | "danger_grade"
  | "geom"
  | "data_source"
>;

const pos = (xy: XY) => roundPosition(fromLocal(xy), 7);

/** Shelter and route of the 明白卡: to the village square, or to the pit head when no village is near. */
function evacuation(xy: XY, village: VillageDraft, mine: MineDraft | null, rng: Random) {
  const useVillage = !mine || distance(village.xy, xy) < 2500;
  const base = useVillage ? village.xy : mine.site.center;
  const reach = useVillage ? 150 : mine.site.footprint.coreRadius * 0.4;
  const a = rng.float(0, 2 * Math.PI);
  let shelter: XY = [base[0] + reach * rng.next() * Math.cos(a), base[1] + reach * rng.next() * Math.sin(a)];
  if (distance(shelter, xy) < 150) shelter = [xy[0] + 300, xy[1] + 200];
  const name = useVillage
    ? `${village.row.name_zh}${rng.pick(["村委会广场", "小学操场", "文化广场", "避灾安置点"])}`
    : `${mine.row.mine_name}工业广场`;
  const dx = shelter[0] - xy[0];
  const dy = shelter[1] - xy[1];
  const bend = rng.float(-0.2, 0.2);
  const mid: XY = [xy[0] + dx / 2 - dy * bend, xy[1] + dy / 2 + dx * bend];
  return {
    shelter_name: name,
    shelter: { type: "Point" as const, coordinates: pos(shelter) },
    evacuation_route: { type: "LineString" as const, coordinates: [pos(xy), pos(mid), pos(shelter)] },
  };
}

function extent(type: string, xy: XY, sizeM2: number | null, rng: Random): DatasetHazardPoint["extent"] {
  if (type !== "ground_collapse" && type !== "landslide") return null;
  const lngLat = fromLocal(xy);
  const srid = gkZoneSrid(lngLat[0]);
  const radius = sizeM2 !== null ? Math.max(30, Math.sqrt(sizeM2 / Math.PI)) : rng.float(60, 250);
  const fp = blobFootprint(toProjected(lngLat, srid), radius, rng, 10, 0.7);
  return { type: "MultiPolygon", coordinates: [[ringToLngLat(fp.ring, srid, 7)]] };
}

function checks(
  rng: Random,
  writtenOffYear: number | null,
): NonNullable<DatasetHazardPoint["yearly_checks"]> {
  const out: NonNullable<DatasetHazardPoint["yearly_checks"]> = [];
  for (let year = 2021; year <= DEMO_AS_OF_YEAR; year++) {
    if (writtenOffYear !== null && year > writtenOffYear) break;
    const last = year === writtenOffYear;
    out.push({
      year,
      pre_flood_checked_on: `${year}-05-${String(rng.int(6, 28)).padStart(2, "0")}`,
      post_flood_checked_on: `${year}-10-${String(rng.int(8, 30)).padStart(2, "0")}`,
      result: last
        ? "written_off"
        : rng.weighted([
            ["stable", 0.75],
            ["worsened", 0.1],
            ["improved", 0.15],
          ] as const),
    });
  }
  return out;
}

/** Everything of a hazard point that is not its identity or place. */
export function hazardDetails(
  type: string,
  people: number,
  village: VillageDraft,
  xy: XY,
  mine: MineDraft | null,
  rng: Random,
  state: { alert: string; writtenOff: boolean },
): Details {
  const size = hazardSize(type, rng);
  const households = Math.max(1, Math.round(people / rng.float(3, 3.6)));
  const objects = rng.shuffle(THREAT_OBJECTS).slice(0, rng.int(1, 3));
  const property =
    people * rng.float(1.5, 6) +
    (objects.includes("县乡公路") || objects.includes("输电线路") ? rng.float(50, 400) : 0);
  const writtenOffYear = state.writtenOff ? rng.int(2022, 2024) : null;
  const alerting = state.alert !== "none";
  const measures = ["group_monitoring"];
  if (alerting || rng.chance(0.2)) measures.push("professional_monitoring");
  if (rng.chance(0.1)) measures.push("relocation");
  if (rng.chance(0.15)) measures.push("engineering");
  const thresholds = [{ parameter: "rainfall_mm", warn_value: rng.pick([50, 80, 100]) }];
  if (["ground_fissure", "ground_collapse", "collapse", "landslide"].includes(type))
    thresholds.push({ parameter: "crack_change_mm", warn_value: rng.pick([5, 10, 15, 20]) });
  if (["landslide", "unstable_slope"].includes(type))
    thresholds.push({ parameter: "displacement_mm", warn_value: rng.pick([20, 30, 50, 100]) });
  return {
    size_value: size.value,
    size_unit: size.unit,
    scale_grade: size.grade,
    threatened_people: people,
    threatened_households: households,
    threatened_property_wan: Math.round(property * 100) / 100,
    threat_objects: objects.map((o) => (o === "居民房屋" ? `居民房屋${households}户` : o)).join("、"),
    stability: rng.weighted([
      ["unstable", 0.3],
      ["less_stable", 0.5],
      ["stable", 0.2],
    ] as const),
    triggers: [...rng.pick(TRIGGERS[type] ?? [["rainfall"]])],
    monitor_name: personName(rng),
    monitor_phone: fictionalPhone(rng),
    responsible_name: personName(rng),
    responsible_phone: fictionalPhone(rng),
    warning_signal: rng.shuffle(SIGNALS).slice(0, 2).join("、"),
    ...evacuation(xy, village, mine, rng),
    measures,
    current_alert: state.alert,
    alert_raised_at: alerting
      ? `${DEMO_AS_OF_YEAR}-07-${String(rng.int(18, 30))}T${String(rng.int(6, 22)).padStart(2, "0")}:00:00+08:00`
      : null,
    inventory_status: state.writtenOff ? "written_off" : "active",
    written_off_at: writtenOffYear !== null ? `${writtenOffYear}-11-${String(rng.int(10, 28))}` : null,
    extent: extent(type, xy, size.unit === "m2" ? size.value : null, rng),
    thresholds,
    yearly_checks: checks(rng, writtenOffYear),
  };
}
