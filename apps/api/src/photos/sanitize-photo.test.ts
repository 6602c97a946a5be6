import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { PHOTO_MAX_PIXELS, sanitizePhoto } from "./sanitize-photo.ts";

const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 120, g: 90, b: 60 } } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: "secret-camera-serial" } } })
    .toBuffer();

/** A PNG whose header declares `width`×`height` but whose data is tiny: a decompression bomb's signature. */
async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: "#000" } })
    .png()
    .toBuffer();
  const forged = Buffer.from(png);
  forged.writeUInt32BE(width, 16);
  forged.writeUInt32BE(height, 20);
  // IHDR's CRC covers its type and data (bytes 12–28): a real bomb's header is well formed.
  forged.writeUInt32BE(crc32(forged.subarray(12, 29)), 29);
  return forged;
}

describe("sanitizePhoto", () => {
  it("re-encodes a photo, keeping its size and dropping its metadata", async () => {
    const original = await jpeg(800, 600);
    expect(original.includes(Buffer.from("secret-camera-serial"))).toBe(true);
    const result = await sanitizePhoto(original, "image/jpeg");
    if (!result.ok) throw new Error(result.detail);
    expect([result.width, result.height]).toEqual([800, 600]);
    expect(result.bytes.includes(Buffer.from("secret-camera-serial"))).toBe(false);
    expect((await sharp(result.bytes).metadata()).format).toBe("jpeg");
  });

  it("drops what hides after the image (a JPEG-HTML polyglot)", async () => {
    const polyglot = Buffer.concat([
      await jpeg(64, 64),
      Buffer.from("<html><script>alert(1)</script></html>"),
    ]);
    const result = await sanitizePhoto(polyglot, "image/jpeg");
    if (!result.ok) throw new Error(result.detail);
    expect(result.bytes.includes(Buffer.from("<script>"))).toBe(false);
  });

  it("refuses a PNG declaring 196 megapixels without decompressing it", async () => {
    const bomb = await pngDeclaring(14_000, 14_000);
    expect(14_000 * 14_000).toBeGreaterThan(PHOTO_MAX_PIXELS);
    const result = await sanitizePhoto(bomb, "image/png");
    expect(result).toMatchObject({ ok: false, reason: "too_many_pixels" });
  });

  it("refuses bytes that are no image", async () => {
    const result = await sanitizePhoto(Buffer.from("\xff\xd8\xff<html></html>", "latin1"), "image/jpeg");
    expect(result).toMatchObject({ ok: false, reason: "undecodable" });
  });
});
