import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { assignDemoBeat, listMonitoredHazardIds } from "./hazard-monitors.repository.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.drop());

describe("assignDemoBeat", () => {
  it("gives the demo monitor the points nearest the city centre, once", async () => {
    const user = await t.db.kysely
      .selectFrom("users")
      .select("id")
      .where("username", "=", "field")
      .executeTakeFirstOrThrow();
    // seeding gave the demo monitor a beat already: start from none
    await t.db.kysely.deleteFrom("hazard_monitors").where("user_id", "=", user.id).execute();
    expect(await assignDemoBeat(t.db.kysely, "field", 5)).toBe(5);
    expect(await assignDemoBeat(t.db.kysely, "field", 5)).toBe(0);
    expect(await listMonitoredHazardIds(t.db.kysely, user.id)).toHaveLength(5);
  });

  it("does nothing for an unknown user", async () => {
    expect(await assignDemoBeat(t.db.kysely, "nobody-here")).toBe(0);
  });
});
