import { generateDemoDataset } from "@lianpian/demo-data";
import { geometryProblems } from "./src/dataset-checks.ts";
let bad = 0;
for (let seed = 1; seed <= 30; seed++) {
  try {
    const d = generateDemoDataset({ seed, scale: 1 });
    const city = d.counties.find((c) => c.code === "140500")!.geom;
    const p = geometryProblems(d, city);
    if (p.length || d.subsidenceAreas.length < 60) { bad++; console.log(seed, d.subsidenceAreas.length, p.slice(0, 3)); }
  } catch (e) { bad++; console.log(seed, String(e)); }
}
console.log("bad", bad);
