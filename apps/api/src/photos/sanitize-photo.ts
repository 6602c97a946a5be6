import type { PhotoContentType } from "@lianpian/domain";
import type { FastifyReply } from "fastify";
import sharp, { type Sharp } from "sharp";
import { apiError } from "../errors.ts";

/** Most pixels a stored photo may have (a phone's 50 MP camera, with room); a bigger declaration is a bomb. */
export const PHOTO_MAX_PIXELS = 60_000_000;

export type SanitizedPhoto =
  | { ok: true; bytes: Buffer; contentType: PhotoContentType; width: number; height: number }
  | { ok: false; reason: "undecodable" | "too_many_pixels"; detail: string };

/**
 * Decodes an uploaded photo and encodes it again in its own format, so what
 * is stored is pixels we made: the size is read from the header before any
 * decoding (a PNG declaring 196 megapixels is refused, not decompressed),
 * anything hidden after the image (HTML behind a JPEG's magic bytes) and all
 * metadata (GPS, camera serials) are dropped, and the EXIF orientation is
 * applied to the pixels. sharp works on libuv's threads, off the event loop.
 */
export async function sanitizePhoto(
  bytes: Uint8Array,
  contentType: PhotoContentType,
): Promise<SanitizedPhoto> {
  let image: Sharp;
  let width: number;
  let height: number;
  try {
    image = sharp(bytes, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: "error" });
    const meta = await image.metadata();
    width = meta.autoOrient?.width ?? meta.width ?? 0;
    height = meta.autoOrient?.height ?? meta.height ?? 0;
  } catch (error) {
    return refusal(error);
  }
  if (width * height > PHOTO_MAX_PIXELS)
    return { ok: false, reason: "too_many_pixels", detail: `${width}×${height}` };
  try {
    const oriented = image.rotate();
    const encoded =
      contentType === "image/png"
        ? oriented.png({ compressionLevel: 9 })
        : contentType === "image/webp"
          ? oriented.webp({ quality: 85 })
          : oriented.jpeg({ quality: 85, mozjpeg: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { ok: true, bytes: data, contentType, width: info.width, height: info.height };
  } catch (error) {
    return refusal(error);
  }
}

function refusal(error: unknown): SanitizedPhoto {
  const message = (error as Error).message;
  const reason = /pixel limit/i.test(message) ? "too_many_pixels" : "undecodable";
  return { ok: false, reason, detail: message.slice(0, 200) };
}

/**
 * Sends a file a user uploaded: the type we stored (never sniffed by the
 * browser), shown inline but sandboxed, so even a file that slipped through
 * cannot run script on our origin.
 */
export function sendUserFile(
  reply: FastifyReply,
  contentType: string,
  bytes: Uint8Array,
  cacheControl: string,
) {
  return reply
    .type(contentType)
    .header("x-content-type-options", "nosniff")
    .header(
      "content-security-policy",
      "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    )
    .header("content-disposition", "inline")
    .header("cache-control", cacheControl)
    .send(Buffer.from(bytes));
}

/** The sanitized photo, or our 422 for one that is no image or is too large to decode safely. */
export async function sanitizedPhotoOrThrow(bytes: Uint8Array, contentType: PhotoContentType) {
  const result = await sanitizePhoto(bytes, contentType);
  if (!result.ok)
    throw apiError(result.reason === "too_many_pixels" ? "photo_too_many_pixels" : "photo_unreadable", {
      detail: result.detail,
    });
  return { contentType: result.contentType, bytes: result.bytes };
}
