/**
 * Limits and type checks of inspection photos. The browser resizes before
 * upload, so a real photo is a few hundred kB; the byte cap only stops abuse.
 */

/** Largest photo the server stores, in bytes (the inspection_photos CHECK says the same). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Most photos one inspection may carry. */
export const PHOTO_MAX_PER_INSPECTION = 6;
/** Longest edge, in pixels, the phone resizes a photo to before upload. */
export const PHOTO_MAX_EDGE_PX = 1600;

export const PHOTO_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/**
 * The image type told by the file's first bytes (its magic number), or null
 * when it is none of the accepted types. The Content-Type header is only a
 * claim; this is what the bytes are.
 * @example sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // "image/jpeg"
 */
export function sniffImageType(bytes: Uint8Array): PhotoContentType | null {
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return "image/jpeg";
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => at(i) === b)) return "image/png";
  const ascii = (from: number, text: string) => [...text].every((c, i) => at(from + i) === c.charCodeAt(0));
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return "image/webp";
  return null;
}

/** Whether a Content-Type header names an accepted photo type (parameters ignored). */
export function isPhotoContentType(value: string | undefined): value is PhotoContentType {
  const bare = value?.split(";")[0]?.trim().toLowerCase();
  return (PHOTO_CONTENT_TYPES as readonly string[]).includes(bare ?? "");
}
