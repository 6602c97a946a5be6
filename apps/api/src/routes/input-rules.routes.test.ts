import { SHAPES } from "@lianpian/db/testing";
import { checkZoneName } from "@lianpian/domain";
import { describe, expect, it } from "vitest";
import { useAnalysisTestApp } from "./analysis-app.fixtures.ts";

/** A zone route test: the zone tests' app (their fixtures, the planner logged in). */
const h = useAnalysisTestApp();

const send = (method: "POST" | "PATCH", url: string, payload: object) =>
  h.app.inject({ method, url, headers: h.planner, payload });

describe("the zone name rule (packages/domain checkZoneName), as the API runs it", () => {
  it("refuses 1 and 101 characters with the rule's field and words, and writes nothing", async () => {
    for (const name of ["名", "  名 ", "名".repeat(101)]) {
      const res = await send("POST", "/api/zones", {
        geometry: SHAPES.zone,
        name_zh: name,
        zone_type: "erosion",
      });
      expect(res.statusCode).toBe(400);
      const rule = checkZoneName(name);
      if (rule.ok) throw new Error("the rule takes it");
      expect(res.json().error).toMatchObject({
        code: "zone_name_invalid",
        details: { field: "/name_zh", message_zh: rule.message_zh, message_en: rule.message_en },
      });
    }
    const list = await h.app.inject({ url: "/api/zones?q=名", headers: h.planner });
    expect(list.json().zones).toEqual([]);
  });

  it("takes 2 and 100 characters, and refuses a rename to 101 on PATCH", async () => {
    const two = await send("POST", "/api/zones", {
      geometry: SHAPES.zone,
      name_zh: "两字",
      zone_type: "erosion",
    });
    expect(two.statusCode).toBe(201);
    const patch = await send("PATCH", `/api/zones/${two.json().id}`, {
      version: 1,
      name_zh: "长".repeat(100),
    });
    expect(patch.statusCode).toBe(200);
    const long = await send("PATCH", `/api/zones/${two.json().id}`, {
      version: 2,
      name_zh: "长".repeat(101),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details.message_zh).toBe("片区名称不超过 100 个字（现为 101）");
  });
});
