import { generateDemoDataset } from "@lianpian/demo-data";
const t = performance.now();
const d = generateDemoDataset({ seed: 20250601, scale: Number(process.argv[2] ?? 1) });
console.log("ms", Math.round(performance.now() - t));
for (const [k, v] of Object.entries(d)) if (Array.isArray(v)) console.log(k, v.length);
