import { sql } from "kysely";
import { expect } from "vitest";
import type { TestApp } from "../../../../test/support/test-app.ts";

/**
 * For route tests: a citizen reports a widening ground crack at a point, from
 * a client address, as the public page sends it (GPS fix); `more` adds or
 * overrides fields of the body (a contact, another accuracy). Expects 201 and
 * returns the report's tracking code and row id.
 */
export async function sendCitizenReport(
  h: TestApp,
  at: { lng: number; lat: number },
  ip: string,
  more: Record<string, unknown> = {},
): Promise<{ code: string; id: number }> {
  const res = await h.app.inject({
    method: "POST",
    url: "/api/public/reports",
    remoteAddress: ip,
    payload: {
      category: "ground_crack",
      text: "隐患点旁边的裂缝变宽了",
      lng: at.lng,
      lat: at.lat,
      location_source: "gps",
      accuracy_m: 8,
      ...more,
    },
  });
  expect(res.statusCode).toBe(201);
  const code: string = res.json().tracking_code;
  const { rows } = await sql<{
    id: number;
  }>`SELECT id FROM public_reports WHERE tracking_code = ${code}`.execute(h.t.db.kysely);
  return { code, id: rows[0]?.id as number };
}
