import { generateDemoDataset } from "./generate-demo-dataset.ts";
import { PLAN_TARGETS_DATASET } from "./plan-targets.ts";
import { DEMO_SEED } from "./provenance.ts";

/**
 * What the API's start-up is given to seed a database with (it never
 * imports this package): the synthetic Jincheng demo, generated only when an
 * empty database asks for it, and the plans' real figures.
 */
export function demoSeedData() {
  return {
    demoDataset: () => generateDemoDataset({ seed: DEMO_SEED, scale: 1 }),
    planTargets: PLAN_TARGETS_DATASET,
  };
}
