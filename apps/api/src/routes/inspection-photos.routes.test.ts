import { createHash } from "node:crypto";
import { fixtureInspection, hazardVersion, insertFixtureHazard } from "@lianpian/db/testing";
import type { InspectionInput } from "@lianpian/domain";
import { tinyPng } from "@lianpian/domain/testing";
import { sql } from "kysely";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let field: { authorization: string };
let hazardId: number;

const png = (grey: number) => tinyPng(grey);
const pixels = async (bytes: Buffer) => [...(await sharp(bytes).raw().toBuffer())];
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const entry = (b: Buffer, type: "image/png" | "image/jpeg" = "image/png") => ({
  sha256: sha(b),
  content_type: type,
  byte_size: b.length,
});

beforeAll(async () => {
  h = await openTestApp();
  hazardId = await insertFixtureHazard(h.t.db.kysely);
  field = await loginAs(h.app, "field");
});
afterAll(async () => h?.close());

async function inspectionWith(photos: InspectionInput["photos"], headers = field): Promise<string> {
  const body = fixtureInspection(hazardId, await hazardVersion(h.t.db.kysely, hazardId), { photos });
  const res = await h.app.inject({ method: "POST", url: "/api/inspections", headers, payload: body });
  expect(res.statusCode).toBe(201);
  return body.client_key;
}

const put = (key: string, hash: string, body: Buffer, type = "image/png", headers = field) =>
  h.app.inject({
    method: "PUT",
    url: `/api/inspections/${key}/photos/${hash}`,
    headers: { ...headers, "content-type": type },
    payload: body,
  });

async function photoCount(key: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM inspection_photos p JOIN inspections i ON i.id = p.inspection_id
    WHERE i.client_key = ${key}::uuid`.execute(h.t.db.kysely);
  return rows[0]?.n ?? -1;
}

describe("PUT /api/inspections/:key/photos/:sha256", () => {
  it("stores a declared photo once, also when the upload is retried", async () => {
    const photo = png(120);
    const key = await inspectionWith([entry(photo)]);
    const first = await put(key, sha(photo), photo);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      sha256: sha(photo),
      created: true,
      photos_received: 1,
      photos_expected: 1,
    });
    const retry = await put(key, sha(photo), photo);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().created).toBe(false);
    expect(await photoCount(key)).toBe(1);
    const read = await h.app.inject({ url: `/api/inspections/${key}/photos/${sha(photo)}`, headers: field });
    expect(read.statusCode).toBe(200);
    expect(read.headers["content-type"]).toBe("image/png");
    // Stored as pixels the server encoded again: the same image, sandboxed when served.
    expect(await pixels(read.rawPayload)).toEqual(await pixels(photo));
    expect(read.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(read.headers["content-security-policy"])).toContain("sandbox");
    const got = await h.app.inject({ url: `/api/inspections/${key}`, headers: field });
    expect(got.json().inspection.photos_received).toEqual([sha(photo)]);
  });

  it("refuses a cut upload (bytes not matching the hash) and stores nothing", async () => {
    const photo = png(60);
    const key = await inspectionWith([entry(photo)]);
    const cut = await put(key, sha(photo), photo.subarray(0, photo.length - 10));
    expect(cut.statusCode).toBe(422);
    expect(cut.json().error.code).toBe("photo_hash_mismatch");
    expect(await photoCount(key)).toBe(0);
  });

  it("refuses a file that is not an image whatever its header says (415), and stores nothing", async () => {
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n", "ascii");
    const key = await inspectionWith([entry(pdf, "image/jpeg")]);
    const res = await put(key, sha(pdf), pdf, "image/jpeg");
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe("photo_type_mismatch");
    const gif = await put(key, sha(pdf), Buffer.from("GIF89a....", "ascii"), "image/gif");
    expect(gif.statusCode).toBe(415);
    expect(await photoCount(key)).toBe(0);
  });

  it("refuses a photo over 5 MiB (413), and stores nothing", async () => {
    const big = Buffer.concat([png(1), Buffer.alloc(5 * 1024 * 1024)]);
    const key = await inspectionWith([
      { sha256: sha(big), content_type: "image/png", byte_size: 5 * 1024 * 1024 },
    ]);
    const res = await put(key, sha(big), big);
    expect(res.statusCode).toBe(413);
    expect(await photoCount(key)).toBe(0);
  });

  it("refuses a photo the inspection did not declare (422)", async () => {
    const declared = png(10);
    const stray = png(11);
    const key = await inspectionWith([entry(declared)]);
    const res = await put(key, sha(stray), stray);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("photo_not_declared");
    expect(await photoCount(key)).toBe(0);
  });

  it("refuses photos on another user's inspection (403) and from the public (401)", async () => {
    const photo = png(200);
    const admin = await loginAs(h.app, "admin");
    const key = await inspectionWith([entry(photo)], admin);
    expect((await put(key, sha(photo), photo)).statusCode).toBe(403);
    expect((await put(key, sha(photo), photo, "image/png", { authorization: "" })).statusCode).toBe(401);
    expect(
      (await h.app.inject({ url: `/api/inspections/${key}/photos/${sha(photo)}`, headers: field }))
        .statusCode,
    ).toBe(403);
    expect(await photoCount(key)).toBe(0);
  });
});
