export * from "./hazard-cards.repository.ts";
export * from "./hazard-monitors.repository.ts";
export * from "./nearest-hazards.repository.ts";
