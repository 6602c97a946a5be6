export * from "./plan-indicators.ts";
export * from "./private-fields.ts";
export * from "./progress-at-year.ts";
export * from "./report-category.ts";
export * from "./report-input.ts";
export * from "./report-resend.ts";
export * from "./report-status.ts";
export * from "./tracking-code.ts";
