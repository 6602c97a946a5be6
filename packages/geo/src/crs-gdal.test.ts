import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prjWkt } from "./crs.ts";

const hasGdal = spawnSync("gdalsrsinfo", ["--version"]).status === 0;

// GDAL (as QGIS and ogrinfo use it) must name the right EPSG code for every .prj and OGC WKT we write.
describe.skipIf(!hasGdal)("GDAL identifies the written WKT", () => {
  const dir = mkdtempSync(join(tmpdir(), "lianpian-prj-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Both ends of each GK series (the entries come from one generator) and the geographic systems.
  const srids = [4326, 4490, 4491, 4501, 4502, 4512, 4513, 4525, 4526, 4533, 4534, 4546, 4547, 4554];

  it.each(["esri", "ogc"] as const)("in the %s flavour", (flavour) => {
    for (const srid of srids) {
      const file = join(dir, `${flavour}-${srid}.prj`);
      writeFileSync(file, prjWkt(srid, flavour));
      const out = spawnSync("gdalsrsinfo", ["-e", file], { encoding: "utf8" }).stdout;
      expect(out, `${flavour} ${srid}`).toContain(`EPSG:${srid}`);
    }
  });
});
