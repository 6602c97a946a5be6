export * from "./enums.ts";
export * from "./regions.ts";
export * from "./roles.ts";
