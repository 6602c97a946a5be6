import { describe, expect, it } from "vitest";
import { auditQuery } from "./admin-api.ts";

describe("auditQuery", () => {
  it("leaves empty fields out, trims, and sends local times as instants", () => {
    const q = new URLSearchParams(
      auditQuery({
        user: " planner ",
        action: "",
        entity: "zone",
        entity_id: "12",
        from: "2026-03-01T08:00",
      }),
    );
    expect(q.get("user")).toBe("planner");
    expect(q.has("action")).toBe(false);
    expect(q.get("entity_id")).toBe("12");
    expect(q.get("from")).toBe(new Date("2026-03-01T08:00").toISOString());
    expect(q.has("to")).toBe(false);
  });

  it("drops an unreadable time and adds the extra parameters", () => {
    const q = new URLSearchParams(auditQuery({ to: "not a time" }, { format: "csv" }));
    expect(q.has("to")).toBe(false);
    expect(q.get("format")).toBe("csv");
  });
});
