import type { Generated } from "kysely";
import type { AccountTables, GovernanceTables } from "./schema/account-tables.ts";
import type {
  CountiesTable,
  InfrastructureTable,
  ProtectedAreasTable,
  RiversTable,
  TransportLinesTable,
  VillagesTable,
} from "./schema/context-tables.ts";
import type {
  HazardAlertsTable,
  HazardMonitorsTable,
  InspectionPhotosTable,
  InspectionsTable,
} from "./schema/field-tables.ts";
import type { FileImportTables } from "./schema/file-import-tables.ts";
import type {
  CompaniesTable,
  HazardPointsTable,
  HazardThresholdsTable,
  HazardYearlyChecksTable,
  MineCornersTable,
  MineFundsTable,
  MinesTable,
  SubsidenceAreasTable,
  SubsidenceResponsibilitiesTable,
} from "./schema/mining-tables.ts";
import type {
  CheckDamsTable,
  CorridorsTable,
  TreatmentZonesTable,
  ZoneHistoryTable,
  ZonePartiesTable,
  ZoneTasksTable,
  ZoneYearlyTable,
} from "./schema/restoration-tables.ts";

/**
 * Kysely's view of the tables in db/migrations, one file per topic under
 * schema/ (column-types, context, mining, field, restoration, accounts, file
 * imports). Geometry columns are typed as `Geometry`: they are read through
 * ST_AsGeoJSON and written through ST_GeomFromGeoJSON (see geometry-sql.ts),
 * never as raw values.
 */
export type * from "./schema/account-tables.ts";
export type * from "./schema/column-types.ts";
export type * from "./schema/context-tables.ts";
export type * from "./schema/field-tables.ts";
export type * from "./schema/file-import-tables.ts";
export type * from "./schema/mining-tables.ts";
export type * from "./schema/restoration-tables.ts";

export interface LayerVersionsTable {
  layer: string;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

/** Rate-limit counters shared by every API process (migration 0011). */
export interface RateLimitHitsTable {
  key: string;
  hits: number;
  window_ends: Date;
}

export interface Database extends AccountTables, GovernanceTables, FileImportTables {
  rate_limit_hits: RateLimitHitsTable;
  layer_versions: LayerVersionsTable;
  counties: CountiesTable;
  rivers: RiversTable;
  transport_lines: TransportLinesTable;
  villages: VillagesTable;
  protected_areas: ProtectedAreasTable;
  infrastructure: InfrastructureTable;
  companies: CompaniesTable;
  mines: MinesTable;
  mine_corners: MineCornersTable;
  mine_funds: MineFundsTable;
  subsidence_areas: SubsidenceAreasTable;
  subsidence_responsibilities: SubsidenceResponsibilitiesTable;
  hazard_points: HazardPointsTable;
  hazard_thresholds: HazardThresholdsTable;
  hazard_yearly_checks: HazardYearlyChecksTable;
  inspections: InspectionsTable;
  inspection_photos: InspectionPhotosTable;
  hazard_monitors: HazardMonitorsTable;
  hazard_alerts: HazardAlertsTable;
  corridors: CorridorsTable;
  check_dams: CheckDamsTable;
  treatment_zones: TreatmentZonesTable;
  zone_tasks: ZoneTasksTable;
  zone_parties: ZonePartiesTable;
  zone_yearly: ZoneYearlyTable;
  zone_history: ZoneHistoryTable;
}
