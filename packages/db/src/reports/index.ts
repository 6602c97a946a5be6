export {
  findReportStatus,
  type IntakeResult,
  insertPublicReport,
  type NewReport,
  type ReportStatusView,
} from "./report-intake.repository.ts";
export {
  type FieldCheckRow,
  findReport,
  findReportPhoto,
  listFieldChecks,
  listReports,
  type NearbyFeatures,
  nearbyForReport,
  type ReportRow,
} from "./report-queries.repository.ts";
export {
  type ActionResult,
  applyReportAction,
  type LinkResult,
  linkReport,
  type ReportAction,
  TaskRefused,
} from "./report-triage.repository.ts";
