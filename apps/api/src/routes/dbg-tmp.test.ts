import { createHash } from "node:crypto";
import { canonicalInspectionJson } from "@lianpian/domain";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { fixtureInspection, hazardVersion, insertFixtureHazard } from "../../../../packages/db/src/hazards/hazard.fixtures.ts";
import { loginAs, openTestApp } from "../../../../test/support/test-app.ts";
import { writeFileSync } from "node:fs";

it("dbg", async () => {
  const h = await openTestApp();
  const hazardId = await insertFixtureHazard(h.t.db.kysely);
  const field = await loginAs(h.app, "field");
  const body = fixtureInspection(hazardId, await hazardVersion(h.t.db.kysely, hazardId));
  const hash = createHash("sha256").update(canonicalInspectionJson(body)).digest("hex");
  const u = await h.t.db.kysely.selectFrom("users").select("id").where("username", "=", "field").executeTakeFirstOrThrow();
  await sql`INSERT INTO inspection_claims (client_key, user_id, content_hash) VALUES (${body.client_key}::uuid, ${u.id}::int, ${hash})`.execute(h.t.db.kysely);
  const res = await h.app.inject({ method: "POST", url: "/api/inspections", headers: field, payload: body });
  const claims = await sql`SELECT *, claimed_at::text AS t FROM inspection_claims`.execute(h.t.db.kysely);
  writeFileSync("/tmp/lp/dbg.txt", [res.statusCode, res.body, hash, u.id, JSON.stringify(claims.rows)].join("\n"));
  await h.close();
  expect(1).toBe(1);
});
