export * from "./alert-rules.ts";
export * from "./content-hash.ts";
export * from "./direction.ts";
export * from "./field-replies.schema.ts";
export * from "./inspection.schema.ts";
export * from "./inspection-replies.schema.ts";
export * from "./photo-rules.ts";
export * from "./reporting-limits.ts";
