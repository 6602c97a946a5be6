export * from "./client-key-lock.repository.ts";
export * from "./field-tasks.repository.ts";
export * from "./hazard-alerts.repository.ts";
export * from "./inspection-photos.repository.ts";
export * from "./inspections.repository.ts";
export * from "./point-histories.repository.ts";
export * from "./record-inspection.ts";
