import { describe, expect, it } from "vitest";
import { faceOf } from "./routes.ts";

describe("faceOf", () => {
  it("serves the planner's map at / and /plan", () => {
    expect(faceOf("/")).toBe("plan");
    expect(faceOf("/plan")).toBe("plan");
    expect(faceOf("/plan/")).toBe("plan");
  });

  it("knows the field and public faces", () => {
    expect(faceOf("/field")).toBe("field");
    expect(faceOf("/public")).toBe("public");
    expect(faceOf("/admin")).toBe("admin");
    expect(faceOf("/admin/")).toBe("admin");
  });

  it("marks unknown paths as not found", () => {
    expect(faceOf("/planx")).toBe("not_found");
    expect(faceOf("/tiles/mines.json")).toBe("not_found");
  });
});
