export * from "./enums.ts";
export * from "./regions.ts";
