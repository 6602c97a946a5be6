import { generateDemoDataset } from "@lianpian/demo-data";
import { validateDataset } from "@lianpian/db";
const d = generateDemoDataset({ seed: 20250601, scale: 30 });
const empty = { counties: new Set<string>(), companies: new Map(), mines: new Map(), subsidence: new Map(), hazards: new Set<string>(), corridors: new Set<string>(), zones: new Set<string>() };
let t = performance.now();
const r = validateDataset(d, empty as never);
console.log("validate ms", Math.round(performance.now() - t), r.length, r.slice(0, 3));
