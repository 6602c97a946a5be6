export { type DemoOptions, generateDemoDataset } from "./generate-demo-dataset.ts";
export { PLAN_FIGURES, PLAN_REGIONS, PLAN_SOURCES, PLAN_TARGETS_DATASET } from "./plan-targets.ts";
export { DEMO_SEED, GENERATOR_VERSION } from "./provenance.ts";
export { demoSeedData } from "./seed-data.ts";
